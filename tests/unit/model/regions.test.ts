// Checks the region catalog: unique ids and indices, ids built from structure and side, enough named
// structures with both sides, the SNOMED CT codes exactly as anatomy.md gives them, and the lookups.

import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/anatomy/layers';
import { REGIONS, isRegionId, regionById, regionByIndex } from '../../../src/anatomy/regions';

/** SNOMED CT codes listed in anatomy.md (DICOM CID 6116 and FHIR examples). */
const ANATOMY_MD_SNOMED: Record<string, string> = {
  trapezius: '31764008',
  'latissimus dorsi': '15665001',
  iliocostalis: '57651003',
  longissimus: '88340001',
  infraspinatus: '72573008',
  supraspinatus: '6423006',
  'teres major': '1193009',
  'teres minor': '51159009',
  'serratus anterior': '18346003',
  sternocleidomastoid: '22823000',
  'gluteus medius': '78333006',
  'gluteus maximus': '206007',
};

describe('REGIONS', () => {
  it('has unique ids and unique 16-bit indices, ids being `${structure}.${side}`', () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    expect(new Set(REGIONS.map((r) => r.index)).size).toBe(REGIONS.length);
    for (const r of REGIONS) {
      expect(r.id).toBe(`${r.structure}.${r.side}`);
      expect(Number.isInteger(r.index) && r.index > 0 && r.index <= 65535).toBe(true);
      expect(r.name).toBe(r.name.toLowerCase());
      expect(LAYER_IDS).toContain(r.layer);
    }
  });

  it('names at least 12 muscle and fascia structures, each with a left and a right side', () => {
    const sided = (layer: string) =>
      new Set(
        REGIONS.filter((r) => r.layer === layer && r.side === 'left')
          .filter((r) => regionById(`${r.structure}.right`))
          .map((r) => r.structure),
      );
    expect(sided('muscle').size + sided('deepFascia').size).toBeGreaterThanOrEqual(12);
    expect(sided('muscle').size).toBeGreaterThanOrEqual(12);
    for (const needed of ['quadratus-lumborum', 'gluteus-medius', 'lumbar-iliocostalis', 'upper-trapezius']) {
      expect(sided('muscle').has(needed), needed).toBe(true);
    }
    for (const needed of ['thoracolumbar-fascia', 'pectoral-fascia', 'gluteal-aponeurosis', 'rectus-sheath', 'deep-fascia']) {
      expect(sided('deepFascia').has(needed), needed).toBe(true);
    }
  });

  it('uses the SNOMED CT codes from anatomy.md and no others', () => {
    const known = new Set(Object.values(ANATOMY_MD_SNOMED));
    for (const r of REGIONS) if (r.snomed !== undefined) expect(known.has(r.snomed), r.id).toBe(true);
    const codeOf = (id: string): string | undefined => regionById(id)?.snomed;
    expect(codeOf('latissimus-dorsi.left')).toBe(ANATOMY_MD_SNOMED['latissimus dorsi']);
    expect(codeOf('upper-trapezius.right')).toBe(ANATOMY_MD_SNOMED.trapezius);
    expect(codeOf('lumbar-iliocostalis.left')).toBe(ANATOMY_MD_SNOMED.iliocostalis);
    expect(codeOf('gluteus-medius.right')).toBe(ANATOMY_MD_SNOMED['gluteus medius']);
    expect(codeOf('quadratus-lumborum.left')).toBeUndefined();
    expect(codeOf('thoracolumbar-fascia.left')).toBeUndefined();
  });

  it('carries referral patterns for the muscles anatomy.md lists', () => {
    expect(regionById('quadratus-lumborum.left')?.referral).toContain('sacroiliac joint');
    expect(regionById('upper-trapezius.right')?.referral).toContain('temple');
    expect(regionById('gluteus-medius.right')?.referral).toContain('lateral hip');
    expect(regionById('lumbar-iliocostalis.left')?.referral).toBe('mid-buttock');
  });

  it('looks regions up by id and by index', () => {
    const r = REGIONS[0]!;
    expect(regionById(r.id)).toBe(r);
    expect(regionByIndex(r.index)).toBe(r);
    expect(isRegionId(r.id)).toBe(true);
    expect(isRegionId('no-such.left')).toBe(false);
    expect(regionByIndex(0)).toBeUndefined();
  });
});
