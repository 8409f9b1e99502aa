// The app's settings, kept in this browser (localStorage) apart from any map: the clinic's name for reports
// and the clinic's own wording of the patient view's steps. Exported and imported as a small JSON file.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { z } from 'zod';

export const SETTINGS_KEY = 'fascia-map:settings';
export const SETTINGS_FORMAT = 'fascia-map-settings';

/** A step's wording as the clinic chose it; empty fields fall back to the built-in text. */
export interface StepWording {
  readonly title: string;
  readonly text: string;
}

export interface AppSettings {
  /** Shown at the top of printed reports. */
  readonly clinicName: string;
  /** Clinic's wording per patient-view step id; a step not listed uses the built-in text. */
  readonly steps: Readonly<Record<string, StepWording>>;
}

export const DEFAULT_SETTINGS: AppSettings = { clinicName: '', steps: {} };

const wordingSchema = z.object({ title: z.string().max(120), text: z.string().max(2000) });
const settingsSchema = z.object({
  clinicName: z.string().max(200).default(''),
  steps: z.record(z.string().max(40), wordingSchema).default({}),
});

/** Reads settings from untrusted JSON (storage or a file): null when they are not settings. */
export function parseSettings(value: unknown): AppSettings | null {
  const result = settingsSchema.safeParse(value);
  return result.success ? result.data : null;
}

function load(): AppSettings {
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    return parseSettings(JSON.parse(raw)) ?? DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export const settingsStore = createStore<AppSettings>(() => load());

export function saveSettings(next: AppSettings): void {
  settingsStore.setState(next, true);
  try {
    globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(next));
  } catch {
    // Storage refused (private mode, full): the settings still hold for this tab.
  }
}

export function useSettings<T>(selector: (s: AppSettings) => T): T {
  return useStore(settingsStore, selector);
}

/** The settings file's text. */
export function exportSettings(settings: AppSettings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, settings }, null, 2)}\n`;
}

/** Settings from a settings file's text, or a message saying why not. */
export function importSettings(text: string): { ok: true; settings: AppSettings } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON.' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== SETTINGS_FORMAT) {
    return { ok: false, message: 'This is not a Fascia Map settings file.' };
  }
  const settings = parseSettings((parsed as { settings?: unknown }).settings);
  return settings ? { ok: true, settings } : { ok: false, message: 'The settings in this file are not valid.' };
}
