// Region search answers the words therapists use: names, parts of names, abbreviations and sides.

import { describe, expect, it } from 'vitest';
import { searchRegions } from '../../../src/anatomy/search';

const ids = (query: string) => searchRegions(query).map((r) => r.id);

describe('searchRegions', () => {
  it('finds a muscle by part of its name', () => {
    expect(ids('quadratus')).toEqual(expect.arrayContaining(['quadratus-lumborum.left', 'quadratus-lumborum.right']));
    expect(ids('quadratus')[0]).toMatch(/^quadratus-lumborum\./);
  });

  it('finds the trapezius parts from "trap"', () => {
    const found = ids('trap');
    expect(found.some((id) => id.startsWith('upper-trapezius.'))).toBe(true);
    expect(found.every((id) => id.includes('trapezius'))).toBe(true);
  });


  it('finds a muscle by its abbreviation', () => {
    expect(ids('QL')).toEqual(['quadratus-lumborum.left', 'quadratus-lumborum.right']);
    expect(ids('SCM')[0]).toMatch(/^sternocleidomastoid\./);
    expect(ids('TLF')[0]).toMatch(/^thoracolumbar-fascia\./);
  });

  it('narrows to a side', () => {
    expect(ids('left gluteus medius')).toEqual(['gluteus-medius.left']);
    expect(ids('gluteus medius right')).toEqual(['gluteus-medius.right']);
  });

  it('returns nothing for no words or no match', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('xylophone')).toEqual([]);
  });
});
