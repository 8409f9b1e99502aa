// Settings files: what is exported imports back; anything else is refused with a reason.
import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '../../../src/settings/settings';

describe('settings file', () => {
  it('round-trips the clinic name and step texts', () => {
    const settings = { clinicName: 'Praxis Süd', steps: { skin: { title: 'Die Haut', text: 'Das ist Ihre Haut.' } } };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it('refuses a map file, broken JSON and overlong texts', () => {
    expect(importSettings('{"format":"fascia-map","map":{}}').ok).toBe(false);
    expect(importSettings('{').ok).toBe(false);
    const long = JSON.stringify({ format: 'fascia-map-settings', settings: { clinicName: '', steps: { skin: { title: 'x'.repeat(500), text: '' } } } });
    expect(importSettings(long).ok).toBe(false);
  });
});
