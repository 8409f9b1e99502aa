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

/** Most treatment sessions one map may hold (two years of weekly sessions and more). */
export const MAX_SESSIONS = 200;

/** Most readings one map may hold over all its points and sessions, so a map stays savable and exportable. */
export const MAX_READINGS = 100_000;

/** Longest session note, in characters. */
export const MAX_SESSION_NOTE_LENGTH = 2_000;

/** Highest pressure pain threshold accepted, kg/cm² (handheld algometers read up to 10-20). */
export const MAX_PPT = 20;

/** Pressure pain thresholds are recorded to at most two decimals, as algometers display them. */
export const PPT_DECIMALS = 2;

/** Most techniques in a map's list and on one reading. */
export const MAX_TECHNIQUES = 40;

/** Longest technique name, in characters. */
export const MAX_TECHNIQUE_LENGTH = 60;

/** Most home-care recommendations per map, and the longest one in characters. */
export const MAX_HOME_CARE_ITEMS = 30;
export const MAX_HOME_CARE_LENGTH = 500;

/** Most referred-pain zones per map. */
export const MAX_ZONES = 200;

/** Most brush strokes in one zone. */
export const MAX_STROKES_PER_ZONE = 300;

/** Most brush positions in one stroke, and in all strokes of a map together. */
export const MAX_STROKE_POSITIONS = 2_000;
export const MAX_ZONE_POSITIONS = 60_000;

/** Brush radius range in metres (1 to 12 cm). */
export const MIN_BRUSH_RADIUS = 0.01;
export const MAX_BRUSH_RADIUS = 0.12;

/** Earliest and latest session dates a file may carry. */
export const EARLIEST_SESSION_DATE = '1900-01-01';
export const LATEST_SESSION_DATE = '2199-12-31';
