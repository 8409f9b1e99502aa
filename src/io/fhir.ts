// The map as a FHIR R4 Bundle (type "collection") for a clinic's record system: one Patient that carries only
// the pseudonymous label, and one Observation per recorded reading of a trigger point (pain NRS as the value,
// pressure pain threshold, kind, status, layer, laterality and palpation findings as components). Codes are
// used only where anatomy.md names them; everything else is plain text or this app's own code system.

import { regionById } from '../anatomy/regions';
import { layerById } from '../anatomy/layers';
import { FINDING_KEYS, type MapDocument, type Side, type TriggerPoint } from '../model/types';
import { sessionsInOrder, STATUS_LABELS } from '../model/sessions';
import { pointsInOrder } from '../model/selectors';
import { FINDING_LABELS, KIND_LABELS, regionLabel } from '../model/labels';

// Code-system identifiers, as FHIR requires them: names written into the bundle, never addresses the app
// requests (the page fetches nothing off its origin).
export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
/** This app's own codes, for concepts anatomy.md gives no standard code for (never a guessed SNOMED code). */
export const FASCIA_MAP_CODES = 'urn:fascia-map:code';

/** LOINC 72514-3: pain severity on the 0-10 numeric rating scale. */
export const PAIN_NRS_LOINC = '72514-3';

type Json = Record<string, unknown>;

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

function concept(text: string, ...coding: Coding[]): Json {
  return coding.length > 0 ? { coding, text } : { text };
}

/** SNOMED CT qualifier values for laterality (272741003 "Laterality"). */
const LATERALITY: Readonly<Record<Exclude<Side, 'midline'>, Coding>> = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
};

function bodySite(point: TriggerPoint): Json {
  const region = regionById(point.region);
  const text = regionLabel(point.region, point.side);
  return region?.snomed ? concept(text, { system: SNOMED, code: region.snomed, display: region.name }) : concept(text);
}

function localConcept(code: string, text: string): Json {
  return concept(text, { system: FASCIA_MAP_CODES, code, display: text });
}

export interface FhirOptions {
  /** Leaves the label out: the Patient carries nothing but its id. */
  readonly anonymise: boolean;
  readonly now?: Date;
  /** Ids for fullUrls; crypto.randomUUID by default (tests pass a counter). */
  readonly newId?: () => string;
}

/** The FHIR R4 Bundle (as a plain JSON object) for a map. */
export function fhirBundle(doc: MapDocument, options: FhirOptions): Json {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const patientUrl = `urn:uuid:${newId()}`;
  const patient: Json = { resourceType: 'Patient' };
  if (!options.anonymise && doc.label.trim() !== '') patient.name = [{ use: 'anonymous', text: doc.label }];

  const entries: Json[] = [{ fullUrl: patientUrl, resource: patient }];
  const sessions = sessionsInOrder(doc);
  for (const point of pointsInOrder(doc)) {
    for (const session of sessions) {
      const reading = point.readings[session.id];
      if (!reading) continue;
      const components: Json[] = [];
      if (reading.ppt !== null) {
        components.push({
          code: localConcept('pressure-pain-threshold', 'Pressure pain threshold (algometer)'),
          valueQuantity: { value: reading.ppt, unit: 'kg/cm2', system: UCUM, code: 'kg/cm2' },
        });
      }
      components.push({ code: localConcept('trigger-point-kind', 'Trigger point kind'), valueCodeableConcept: localConcept(point.kind, KIND_LABELS[point.kind]) });
      components.push({ code: localConcept('trigger-point-status', 'Status in this session'), valueCodeableConcept: localConcept(reading.status, STATUS_LABELS[reading.status]) });
      components.push({ code: localConcept('tissue-layer', 'Tissue layer'), valueCodeableConcept: localConcept(point.anchor.layer, layerById(point.anchor.layer).label) });
      if (point.side !== 'midline') {
        const side = LATERALITY[point.side];
        components.push({ code: concept('Laterality', { system: SNOMED, code: '272741003', display: 'Laterality' }), valueCodeableConcept: concept(side.display ?? point.side, side) });
      }
      for (const key of FINDING_KEYS) {
        components.push({ code: localConcept(key, FINDING_LABELS[key]), valueBoolean: point.findings[key] });
      }
      if (reading.techniques.length > 0) {
        components.push({ code: localConcept('techniques', 'Techniques applied'), valueString: reading.techniques.join(', ') });
      }
      const observation: Json = {
        resourceType: 'Observation',
        status: 'final',
        category: [concept('Exam', { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'exam', display: 'Exam' })],
        code: concept(
          'Myofascial trigger point: pain on the 0-10 numeric rating scale',
          { system: FASCIA_MAP_CODES, code: 'myofascial-trigger-point', display: 'Myofascial trigger point' },
          { system: LOINC, code: PAIN_NRS_LOINC, display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
        ),
        subject: { reference: patientUrl },
        effectiveDateTime: session.date,
        bodySite: bodySite(point),
        component: components,
      };
      if (reading.pain !== null) observation.valueInteger = reading.pain;
      else observation.dataAbsentReason = concept('Not asked', { system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'not-asked', display: 'Not Asked' });
      entries.push({ fullUrl: `urn:uuid:${newId()}`, resource: observation });
    }
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: (options.now ?? new Date()).toISOString(), entry: entries };
}

export function fhirBundleText(doc: MapDocument, options: FhirOptions): string {
  return `${JSON.stringify(fhirBundle(doc, options), null, 2)}\n`;
}
