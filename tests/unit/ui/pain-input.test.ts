// Pain typed at the field is a whole number from 0 to 10 or nothing; anything else is refused in words,
// never rounded, clamped or dropped silently.
import { describe, expect, it } from 'vitest';
import { readPainInput } from '../../../src/ui/Inspector';

describe('readPainInput', () => {
  it('takes whole numbers from 0 to 10, and an empty field as "not rated"', () => {
    for (let pain = 0; pain <= 10; pain++) expect(readPainInput(String(pain), false)).toEqual({ ok: true, value: pain });
    expect(readPainInput(' 7 ', false)).toEqual({ ok: true, value: 7 });
    expect(readPainInput('', false)).toEqual({ ok: true, value: null });
  });

  it.each(['12', '5.5', '-1', '1e1', '11', '007', '10.0', '+3'])('refuses %s with a message naming it', (typed) => {
    const read = readPainInput(typed, false);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/whole number from 0 to 10/);
  });

  it('refuses what the browser could not read as a number, rather than clearing the rating', () => {
    expect(readPainInput('', true)).toMatchObject({ ok: false, message: expect.stringMatching(/not a number/) });
  });
});
