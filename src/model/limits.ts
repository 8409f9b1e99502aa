// How big a map and its texts may get. Operations stay inside these limits and import refuses anything
// beyond them, so a document the editor made can always be saved, exported and opened again.

/** Longest free-text notes on one point, in characters. */
export const MAX_NOTES_LENGTH = 10_000;

/** Longest map label, in characters. */
export const MAX_LABEL_LENGTH = 200;

/** Most trigger points one map may hold. */
export const MAX_POINTS = 5_000;

/** Heights are metres above the floor: generous for any adult model, small enough to catch garbage. */
export const MAX_HEIGHT = 3;

/** Barycentric coordinates computed on a triangle's edge may stray this far outside 0..1 by rounding. */
export const BARYCENTRIC_SLACK = 1e-3;

/** Longest model version string an anchor may carry. */
export const MAX_MODEL_VERSION_LENGTH = 100;

/** Most maps one library may hold (deleted maps waiting in "Recently deleted" count too). */
export const MAX_MAPS = 1_000;

/** How long a deleted map is kept, restorable, before it is removed for good (days). */
export const DELETED_MAP_RETENTION_DAYS = 7;
