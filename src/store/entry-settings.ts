// The therapist's entry settings (copy the last point's kind and findings; pen pressure picks the layer),
// kept in this browser's localStorage so they stay set between visits. Nothing about patients is stored here.

import type { EntrySettings } from './editor-store';

const KEY = 'fascia-map:entry-settings';

export const DEFAULT_ENTRY_SETTINGS: EntrySettings = { copyLastPoint: true, penPressureDepth: false };

/** The stored settings, field by field; anything missing or not a boolean falls back to the default. */
export function readEntrySettings(storage: Pick<Storage, 'getItem'> | null = safeStorage()): EntrySettings {
  try {
    const raw = storage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    return {
      copyLastPoint: typeof value.copyLastPoint === 'boolean' ? value.copyLastPoint : DEFAULT_ENTRY_SETTINGS.copyLastPoint,
      penPressureDepth: typeof value.penPressureDepth === 'boolean' ? value.penPressureDepth : DEFAULT_ENTRY_SETTINGS.penPressureDepth,
    };
  } catch {
    return DEFAULT_ENTRY_SETTINGS;
  }
}

export function writeEntrySettings(settings: EntrySettings, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // A full or blocked storage keeps the setting for this visit only.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
