// The exported file's envelope: its format name, schema version and size limit.

/** The "format" field every Fascia Map file carries, so a stray JSON file is recognised and refused. */
export const FILE_FORMAT = 'fascia-map';

/** The document schema this version writes; files and saved maps up to it can be read. */
export const SCHEMA_VERSION = 3;

/** Files larger than this are refused before parsing (a map at the point limit is far smaller). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
