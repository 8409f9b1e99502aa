// "Export as stored": a map that cannot be opened is written to a file exactly as the browser holds it, so
// nothing is lost and it can be sent for recovery. The records are data, never trusted or interpreted here.

import { exportFileSlug } from './export';

export const STORED_RECORDS_FORMAT = 'fascia-map-stored-records';

/** JSON for values IndexedDB may hold that JSON cannot (big integers), without throwing. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export function storedRecordsFile(
  mapId: string,
  label: string,
  records: { summary: unknown; head: unknown; base: unknown; entries: unknown[] },
  now: Date = new Date(),
): { text: string; fileName: string } {
  const text = JSON.stringify({ format: STORED_RECORDS_FORMAT, exportedAt: now.toISOString(), mapId, records }, jsonSafe, 2);
  return { text: `${text}\n`, fileName: `${exportFileSlug(label)}-as-stored-${mapId}.json` };
}
