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
  MAX_BRUSH_RADIUS,
  MAX_HEIGHT,
  MAX_HOME_CARE_ITEMS,
  MAX_HOME_CARE_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MODEL_VERSION_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_POINTS,
  MAX_PPT,
  MAX_SESSIONS,
  MAX_SESSION_NOTE_LENGTH,
  MAX_STROKES_PER_ZONE,
  MAX_STROKE_POSITIONS,
  MAX_TECHNIQUES,
  MAX_TECHNIQUE_LENGTH,
  MIN_BRUSH_RADIUS,
} from '../model/limits';
import type { PointStatus, TriggerPointKind } from '../model/types';
import { DEFAULT_TECHNIQUES, isPpt, isSessionDate } from '../model/sessions';
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
const STATUSES = ['present', 'improved', 'released', 'notAssessed'] as const satisfies readonly PointStatus[];

const id = (words: string) => z.string(rule(words)).refine(isUrlSafeId, rule(words));

const techniqueName = z
  .string(rule(`A technique must be text of 1 to ${MAX_TECHNIQUE_LENGTH} characters`))
  .min(1)
  .max(MAX_TECHNIQUE_LENGTH);

const readingSchema = z.object(
  {
    pain: z
      .number(rule('Pain must be a whole number from 0 to 10'))
      .int()
      .min(0)
      .max(10)
      .nullable()
      .default(null),
    ppt: z
      .number(rule(`The pressure pain threshold must be a number of kg/cm² above 0 and at most ${MAX_PPT}, with at most 2 decimals`))
      .nullable()
      .refine(isPpt, rule(`The pressure pain threshold must be a number of kg/cm² above 0 and at most ${MAX_PPT}, with at most 2 decimals`))
      .default(null),
    status: z.enum(STATUSES, rule('A reading\'s status must be present, improved, released or notAssessed')),
    techniques: z
      .array(techniqueName, rule('Techniques must be a list of names'))
      .max(MAX_TECHNIQUES, rule(`A reading can list at most ${MAX_TECHNIQUES} techniques`))
      .default([]),
  },
  rule('Each reading must be an object'),
);

const pointSchema = z.object(
  {
    id: z.string(rule('Point ids may only use letters, digits, - and _')).refine(isUrlSafeId, rule('Point ids may only use letters, digits, - and _')),
    anchor: anchorSchema,
    region: z.string(rule('Unknown body region')).refine(isRegionId, rule('Unknown body region')),
    side: z.enum(['left', 'right', 'midline'], rule('Side must be left, right or midline')),
    kind: z.enum(KINDS, rule('Unknown kind of trigger point; it must be active, latent or satellite')),
    session: id('The session a point was found in must be a session id'),
    readings: z.record(z.string(), readingSchema, rule("A point's readings must be an object keyed by session id")),
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

const sessionSchema = z.object(
  {
    id: id('Session ids may only use letters, digits, - and _'),
    number: z.number(rule(`A session number must be a whole number from 1 to ${MAX_SESSIONS}`)).int().min(1).max(MAX_SESSIONS),
    date: z.string(rule('A session date must be a real date written YYYY-MM-DD, from 1900 to 2199')).refine(isSessionDate, rule('A session date must be a real date written YYYY-MM-DD, from 1900 to 2199')),
    note: z.string(rule(`A session note must be text of at most ${MAX_SESSION_NOTE_LENGTH.toLocaleString('en')} characters`)).max(MAX_SESSION_NOTE_LENGTH).default(''),
  },
  rule('Each session must be an object'),
);

const coordinate = z.number(rule(`A brush position must be a number of metres within ${MAX_HEIGHT} of the body's origin`)).min(-MAX_HEIGHT).max(MAX_HEIGHT);

const strokeSchema = z.object(
  {
    radius: number(`A brush radius must be from ${MIN_BRUSH_RADIUS} to ${MAX_BRUSH_RADIUS} metres`, MIN_BRUSH_RADIUS, MAX_BRUSH_RADIUS),
    erase: z.boolean(rule('Whether a stroke erases must be true or false')),
    path: z
      .array(coordinate, rule('A stroke path must be a list of x, y, z numbers'))
      .min(3, rule('A stroke path needs at least one position'))
      .max(MAX_STROKE_POSITIONS * 3, rule(`A stroke may have at most ${MAX_STROKE_POSITIONS.toLocaleString('en')} positions`))
      .refine((path) => path.length % 3 === 0, rule('A stroke path must hold whole x, y, z triples')),
  },
  rule('Each stroke must be an object'),
);

const zoneSchema = z.object(
  {
    id: id('Zone ids may only use letters, digits, - and _'),
    session: id('The session of a zone must be a session id'),
    points: z.array(id('A zone links points by their ids'), rule('The points of a zone must be a list of point ids')).max(MAX_POINTS),
    strokes: z
      .array(strokeSchema, rule('The strokes of a zone must be a list'))
      .max(MAX_STROKES_PER_ZONE, rule(`A zone may have at most ${MAX_STROKES_PER_ZONE} strokes`)),
    createdAt: z.string(rule('The date a zone was painted must be a date and time')).refine(isDateTime, rule('The date a zone was painted must be a date and time')),
  },
  rule('Each zone must be an object'),
);

export const mapDocumentSchema = z.object(
  {
    id: z.string(rule("The map's id may only use letters, digits, - and _")).refine(isUrlSafeId, rule("The map's id may only use letters, digits, - and _")),
    label: z
      .string(rule(`The map's name must be text of at most ${MAX_LABEL_LENGTH} characters`))
      .max(MAX_LABEL_LENGTH),
    createdAt: z.string(rule("The map's creation date must be a date and time")).refine(isDateTime, rule("The map's creation date must be a date and time")),
    sessions: z.record(z.string(), sessionSchema, rule("The map's sessions must be an object keyed by session id")),
    points: z.record(z.string(), pointSchema, rule("The map's points must be an object keyed by point id")),
    zones: z.record(z.string(), zoneSchema, rule("The map's zones must be an object keyed by zone id")).default({}),
    homeCare: z
      .array(
        z.string(rule(`Home-care advice must be text of 1 to ${MAX_HOME_CARE_LENGTH} characters`)).min(1).max(MAX_HOME_CARE_LENGTH),
        rule('Home care must be a list of texts'),
      )
      .max(MAX_HOME_CARE_ITEMS, rule(`A map may have at most ${MAX_HOME_CARE_ITEMS} home-care recommendations`))
      .default([]),
    techniques: z
      .array(techniqueName, rule('The technique list must be a list of names'))
      .max(MAX_TECHNIQUES, rule(`The technique list may have at most ${MAX_TECHNIQUES} names`))
      .default([...DEFAULT_TECHNIQUES]),
  },
  rule('The map must be an object'),
);
