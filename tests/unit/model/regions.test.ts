// Checks the region catalog: unique ids and indices, ids built from structure and side, the muscles on the layers
// anatomy.md gives, kept indices, renames, aliases, the SNOMED CT codes exactly as anatomy.md gives them, lookups.

import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/anatomy/layers';
import { REGIONS, REGION_RENAMES, isRegionId, regionById, regionByIndex } from '../../../src/anatomy/regions';

/** SNOMED CT codes listed in anatomy.md (DICOM CID 6116 and FHIR examples). */
const ANATOMY_MD_SNOMED: Record<string, string> = {
  trapezius: '31764008',
  'latissimus dorsi': '15665001',
  iliocostalis: '57651003',
  longissimus: '88340001',
  infraspinatus: '72573008',
  supraspinatus: '6423006',
  'teres major': '1193009',
  spinalis: '4317002',
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

  it('names at least 30 muscles on the three muscle layers, each with a left and a right side, on their layers', () => {
    const sided = (layer: string) =>
      new Set(
        REGIONS.filter((r) => r.layer === layer && r.side === 'left' && !r.placeholder)
          .filter((r) => regionById(`${r.structure}.right`)?.layer === layer)
          .map((r) => r.structure),
      );
    const muscles = new Set([...sided('superficialMuscle'), ...sided('intermediateMuscle'), ...sided('deepMuscle')]);
    expect(muscles.size).toBeGreaterThanOrEqual(30);
    const expected: Record<string, string[]> = {
      superficialMuscle: ['upper-trapezius', 'middle-trapezius', 'lower-trapezius', 'latissimus-dorsi', 'gluteus-maximus',
        'deltoid', 'pectoralis-major', 'external-oblique', 'rectus-abdominis', 'sternocleidomastoid'],
      intermediateMuscle: ['levator-scapulae', 'rhomboid-major', 'rhomboid-minor', 'serratus-posterior-inferior',
        'infraspinatus', 'supraspinatus', 'teres-major', 'teres-minor', 'gluteus-medius', 'pectoralis-minor',
        'serratus-anterior', 'internal-oblique', 'scalenes'],
      deepMuscle: ['lumbar-iliocostalis', 'thoracic-iliocostalis', 'longissimus-thoracis', 'spinalis', 'multifidus',
        'quadratus-lumborum', 'gluteus-minimus', 'piriformis', 'transversus-abdominis', 'serratus-posterior-superior'],
    };
    for (const [layer, list] of Object.entries(expected)) {
      for (const needed of list) expect(sided(layer).has(needed), `${needed} on ${layer}`).toBe(true);
    }
    for (const needed of ['thoracolumbar-fascia', 'pectoral-fascia', 'gluteal-aponeurosis', 'rectus-sheath', 'deep-fascia']) {
      expect(sided('deepFascia').has(needed), needed).toBe(true);
    }
    for (const bone of ['scapula', 'clavicle', 'ribs', 'pelvis']) expect(sided('skeleton').has(bone), bone).toBe(true);
    for (const bone of ['sacrum', 'thoracic-vertebrae', 'lumbar-vertebrae']) expect(regionById(`${bone}.midline`)?.layer).toBe('skeleton');
  });

  it('has one placeholder region per muscle layer and side, and none elsewhere', () => {
    const placeholders = REGIONS.filter((r) => r.placeholder).map((r) => `${r.layer}.${r.side}`).sort();
    expect(placeholders).toEqual(
      ['deepMuscle', 'intermediateMuscle', 'superficialMuscle'].flatMap((l) => [`${l}.left`, `${l}.right`]).sort(),
    );
  });

  it('keeps the indices of the walking-skeleton regions and maps retired ids to existing successors', () => {
    const kept: Record<string, number> = {
      'skin-abdomen.left': 9, 'deep-fascia.left': 201, 'thoracolumbar-fascia.left': 211, 'upper-trapezius.right': 302,
      'quadratus-lumborum.left': 343, 'lumbar-iliocostalis.left': 341, 'gluteus-medius.right': 346,
      'latissimus-dorsi.left': 331,
    };
    for (const [id, index] of Object.entries(kept)) expect(regionById(id)?.index, id).toBe(index);
    expect(Object.keys(REGION_RENAMES).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(REGION_RENAMES)) {
      expect(isRegionId(from), `${from} is retired`).toBe(false);
      expect(isRegionId(to), `${to} exists`).toBe(true);
      expect(regionById(to)?.side).toBe(from.slice(from.lastIndexOf('.') + 1));
    }
    expect(REGION_RENAMES['rhomboids.left']).toBe('rhomboid-major.left');
  });

  it('gives search aliases for the names therapists use', () => {
    const aliases = (id: string): readonly string[] => regionById(id)?.aliases ?? [];
    expect(aliases('quadratus-lumborum.left')).toContain('QL');
    expect(aliases('upper-trapezius.right')).toEqual(expect.arrayContaining(['trap', 'traps', 'upper trap']));
    expect(aliases('sternocleidomastoid.left')).toContain('SCM');
    expect(aliases('latissimus-dorsi.left')).toEqual(expect.arrayContaining(['lats', 'lat']));
    expect(aliases('lumbar-iliocostalis.left')).toEqual(expect.arrayContaining(['erector spinae', 'paraspinals']));
    expect(aliases('rectus-abdominis.left')).toEqual(expect.arrayContaining(['abs', 'six-pack']));
    expect(aliases('tensor-fasciae-latae.left')).toContain('TFL');
    expect(aliases('thoracolumbar-fascia.left')).toContain('TLF');
    expect(aliases('gluteus-medius.right')).toContain('glute med');
  });

  it('uses the SNOMED CT codes from anatomy.md and no others', () => {
    const known = new Set(Object.values(ANATOMY_MD_SNOMED));
    for (const r of REGIONS) if (r.snomed !== undefined) expect(known.has(r.snomed), r.id).toBe(true);
    const codeOf = (id: string): string | undefined => regionById(id)?.snomed;
    expect(codeOf('latissimus-dorsi.left')).toBe(ANATOMY_MD_SNOMED['latissimus dorsi']);
    // The parts of trapezius are not the whole muscle: no code rather than the whole muscle's.
    expect(codeOf('upper-trapezius.right')).toBeUndefined();
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
