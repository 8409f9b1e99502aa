// The zod schema of a map document (current schema version), with a plain-words rule for every field so a refused file
// tells the therapist what is wrong and where. Lenient where a default is obvious (notes, findings, pain),
// strict where a guess would put a point somewhere it was not.

import * as z from 'zod';
import { LAYER_IDS } from '../anatomy/layers';
import { isRegionId } from '../anatomy/regions';
import { isUrlSafeId } from '../model/ids';
import { isOrderKey } from '../model/order';
import {
  BARYCENTRIC_SLACK,
  MAX_HEIGHT,
  MAX_LABEL_LENGTH,
  MAX_MODEL_VERSION_LENGTH,
  MAX_NOTES_LENGTH,
} from '../model/limits';
import type { TriggerPointKind } from '../model/types';
import { describeValue } from './untrusted';

// No generated code: zod's fast path for objects compiles parsers with `new Function`, and even its probe
// for whether that is allowed shows up as an eval violation under the app's Content-Security-Policy.
// Each z.object() reads this setting when it is built, so it must run before the schemas below.
z.config({ jitless: true });

const MAX_DATE_LENGTH = 40;

/** Error option: the rule in words, then what was found, e.g. "Pain must be ... (found 12)". */
function rule(words: string) {
  return { error: (issue: { input?: unknown }) => `${words} (found ${describeValue(issue.input)})` };
}

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_DATE_LENGTH && Number.isFinite(Date.parse(value));
}

const number = (words: string, min: number, max: number) => z.number(rule(words)).min(min).max(max);
const vector3 = (words: string, min = -Infinity, max = Infinity) => {
  // z.number() refuses Infinity and NaN, so "finite" needs no rule of its own.
  const component = min === -Infinity ? z.number(rule(words)) : number(words, min, max);
  return z.tuple([component, component, component], rule(words));
};

const anchorSchema = z.object(
  {
    layer: z.enum(LAYER_IDS, rule(`Unknown body layer; known layers are ${LAYER_IDS.join(', ')}`)),
    angle: number('The angle around the body must be a number from -π to π', -Math.PI, Math.PI),
    height: number(`The height on the body must be a number of metres from 0 to ${MAX_HEIGHT}`, 0, MAX_HEIGHT),
    position: vector3('The position must be a list of 3 numbers'),
    normal: vector3('The normal must be a list of 3 numbers'),
    face: z.number(rule('The face index must be a whole number of 0 or more')).int().min(0),
    barycentric: vector3(
      'The barycentric coordinates must be a list of 3 numbers from 0 to 1',
      -BARYCENTRIC_SLACK,
      1 + BARYCENTRIC_SLACK,
    ),
    modelVersion: z.string(rule('The model version must be text')).max(MAX_MODEL_VERSION_LENGTH),
  },
  rule('Each point needs an anchor saying where it sits on the body'),
);

const finding = z.boolean(rule('A finding must be true or false')).default(false);

const KINDS = ['active', 'latent', 'satellite'] as const satisfies readonly TriggerPointKind[];

const pointSchema = z.object(
  {
    id: z.string(rule('Point ids may only use letters, digits, - and _')).refine(isUrlSafeId, rule('Point ids may only use letters, digits, - and _')),
    anchor: anchorSchema,
    region: z.string(rule('Unknown body region')).refine(isRegionId, rule('Unknown body region')),
    side: z.enum(['left', 'right', 'midline'], rule('Side must be left, right or midline')),
    kind: z.enum(KINDS, rule('Unknown kind of trigger point; it must be active, latent or satellite')),
    painNrs: z
      .number(rule('Pain must be a whole number from 0 to 10'))
      .int()
      .min(0)
      .max(10)
      .nullable()
      .default(null),
    findings: z
      .object(
        { tautBand: finding, localTwitchResponse: finding, jumpSign: finding, familiarPainReproduced: finding },
        rule('Findings must be an object of true/false values'),
      )
      .default({ tautBand: false, localTwitchResponse: false, jumpSign: false, familiarPainReproduced: false }),
    notes: z
      .string(rule(`Notes must be text of at most ${MAX_NOTES_LENGTH.toLocaleString('en')} characters`))
      .max(MAX_NOTES_LENGTH)
      .default(''),
    order: z.string(rule('The list order of the point is damaged')).refine(isOrderKey, rule('The list order of the point is damaged')),
    createdAt: z.string(rule('The date the point was placed must be a date and time')).refine(isDateTime, rule('The date the point was placed must be a date and time')),
  },
  rule('Each point must be an object'),
);

export const mapDocumentSchema = z.object(
  {
    id: z.string(rule("The map's id may only use letters, digits, - and _")).refine(isUrlSafeId, rule("The map's id may only use letters, digits, - and _")),
    label: z
      .string(rule(`The map's name must be text of at most ${MAX_LABEL_LENGTH} characters`))
      .max(MAX_LABEL_LENGTH),
    createdAt: z.string(rule("The map's creation date must be a date and time")).refine(isDateTime, rule("The map's creation date must be a date and time")),
    points: z.record(z.string(), pointSchema, rule("The map's points must be an object keyed by point id")),
  },
  rule('The map must be an object'),
);
