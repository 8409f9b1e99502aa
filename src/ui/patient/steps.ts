// The patient view's guided steps: what each shows (how far the body is peeled, where the camera looks,
// what is drawn and labelled) and the plain-language words the patient reads. A clinic can reword any
// step in the settings; the built-in words below are used where it has not.

import type { StepWording } from '../../settings/settings';

export type PatientStepId = 'skin' | 'superficialFascia' | 'deepFascia' | 'muscles' | 'referral' | 'continuity' | 'release';

/** Where the camera looks from: an angle around the body (0 front, PI back), a height share and a distance share. */
export interface StepCamera {
  readonly angle: number;
  /** 0 = bottom of the body, 1 = top, of the point looked at. */
  readonly heightShare: number;
  /** Camera distance as a share of the distance that fits the whole body. */
  readonly distanceShare: number;
}

export interface PatientStep {
  readonly id: PatientStepId;
  readonly title: string;
  readonly text: string;
  /** Peel level: 0 skin, 1 superficial fascia, 2 deep fascia, 3 superficial muscles (as the editor's peel). */
  readonly peel: number;
  readonly camera: StepCamera;
  /** Draw the fibrous web over the superficial fascia. */
  readonly fibres?: boolean;
  /** Show the patient's trigger points. */
  readonly points?: boolean;
  /** Show referred pain: the map's zones, or a reference pattern. */
  readonly referral?: boolean;
  /** Draw the superficial back line as one continuous path. */
  readonly line?: boolean;
}

const BACK = Math.PI;

export const PATIENT_STEPS: readonly PatientStep[] = [
  {
    id: 'skin',
    title: 'Your skin',
    text: 'This is your back as we see it. Everything we talk about today lies under the skin, layer by layer.',
    peel: 0,
    camera: { angle: BACK - 0.35, heightShare: 0.55, distanceShare: 1 },
  },
  {
    id: 'superficialFascia',
    title: 'The superficial fascia',
    text: 'Just under the skin lies the superficial fascia (a thin, stretchy layer of connective tissue). It is one continuous web over the whole body, so tension in one place can pull on another.',
    peel: 1,
    camera: { angle: BACK - 0.2, heightShare: 0.55, distanceShare: 0.7 },
    fibres: true,
  },
  {
    id: 'deepFascia',
    title: 'The deep fascia',
    text: 'Deeper down, the deep fascia wraps each muscle like a firm sleeve. In the low back it forms the thoracolumbar fascia (a strong diamond-shaped sheet) that holds the back muscles together.',
    peel: 2,
    camera: { angle: BACK, heightShare: 0.42, distanceShare: 0.6 },
  },
  {
    id: 'muscles',
    title: 'Your muscles and the points we found',
    text: 'These are the muscles. The marked spots are the trigger points we found today (small, tight knots in a muscle that are tender when pressed).',
    peel: 3,
    camera: { angle: BACK, heightShare: 0.5, distanceShare: 0.85 },
    points: true,
  },
  {
    id: 'referral',
    title: 'Where your pain goes',
    text: 'A trigger point often hurts somewhere else too (referred pain). The coloured area shows where you feel it.',
    peel: 0,
    camera: { angle: BACK - 0.3, heightShare: 0.45, distanceShare: 0.85 },
    points: true,
    referral: true,
  },
  {
    id: 'continuity',
    title: 'How it is all connected',
    text: 'Muscles and fascia link up into long lines (myofascial lines). This one runs from the ligament under the pelvis, over the sacrum, up the muscles along the spine to the back of the head. That is why a point in one place can cause pain in another.',
    peel: 3,
    camera: { angle: BACK - 0.6, heightShare: 0.55, distanceShare: 1 },
    line: true,
  },
  {
    id: 'release',
    title: 'What release and home care do',
    text: 'Treatment presses and stretches the tight spots so the muscle and its fascia can let go. What you do at home keeps them soft between visits:',
    peel: 3,
    camera: { angle: BACK, heightShare: 0.5, distanceShare: 0.85 },
    points: true,
  },
];

/** The steps with the clinic's wording where it has any (empty fields keep the built-in words). */
export function wordedSteps(wording: Readonly<Record<string, StepWording>>): PatientStep[] {
  return PATIENT_STEPS.map((step) => {
    const own = wording[step.id];
    return { ...step, title: own?.title.trim() || step.title, text: own?.text.trim() || step.text };
  });
}
