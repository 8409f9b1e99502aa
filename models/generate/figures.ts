// Which adult figure each part of the generated body follows, where the number comes from and the range it must
// land in on the generated geometry. tests/unit/model/anatomy-figures.test.ts measures every entry on the model and
// holds it to this range (issue 10); the landmark table (src/anatomy/landmarks.ts) and the outlines are drawn to
// meet them. Millimetres unless the unit says otherwise.

export interface PartFigure {
  /** The part of the body the figure is about. */
  readonly part: string;
  /** What is measured, in words. */
  readonly figure: string;
  /** The adult figure it follows and where from. */
  readonly follows: string;
  /** The range the generated geometry must land in (either end may be open). */
  readonly min?: number;
  readonly max?: number;
}

export const PART_FIGURES = {
  acromionReach: {
    part: 'scapula: acromion', figure: 'lateral reach of the scapula (acromion tip) from the midline',
    follows: 'biacromial breadth ~370-410 mm (anatomy.md, ANSUR II): acromion ~180-200 mm out', min: 170, max: 215,
  },
  clavicleReach: {
    part: 'clavicle', figure: 'lateral end of the clavicle from the midline',
    follows: 'the clavicle runs from the sternoclavicular joint to the acromioclavicular joint', min: 150,
  },
  humeralHeadToGlenoid: {
    part: 'proximal humerus', figure: 'gap between the humeral head and the scapula (glenoid)',
    follows: 'the head sits in the glenoid cavity', max: 5,
  },
  spinousMedian: {
    part: 'thoracic and lumbar spinous processes', figure: 'tissue over T1-L5 spinous processes, median',
    follows: 'the most palpated landmarks: ~10-20 mm of skin, fat and fascia', max: 20,
  },
  spinousMax: {
    part: 'thoracic and lumbar spinous processes', figure: 'tissue over T1-L5 spinous processes, deepest',
    follows: 'none buried', max: 30,
  },
  erectorWidth: {
    part: 'lumbar erector spinae (longissimus + iliocostalis)', figure: 'width per side at L3',
    follows: 'adult ~60-80 mm (MRI cross-sections at L3)', min: 60,
  },
  multifidusWidth: {
    part: 'lumbar multifidus', figure: 'width per side at L3', follows: 'adult ~20-25 mm beside the spinous processes', min: 20,
  },
  quadratusOuter: {
    part: 'quadratus lumborum', figure: 'lateral edge from the midline at L3', follows: 'adult ~75-90 mm', min: 75,
  },
  erectorDepth: {
    part: 'lumbar erector spinae', figure: 'depth of its surface under the skin at L3 (median)',
    follows: 'just under the thoracolumbar fascia: skin + subcutis ~10-25 mm', max: 25,
  },
  ribAboveCrest: {
    part: 'ribs 11-12', figure: 'lowest rib above the iliac crest',
    follows: 'the 12th rib ends about L2, leaving the flank between rib and crest where QL lies', min: 25,
  },
  trueRibGap: {
    part: 'ribs 1-7 and costal cartilages', figure: 'gap from each true rib (with its cartilage) to the sternum',
    follows: 'ribs 1-7 reach the sternum through their costal cartilages', max: 10,
  },
  pubicGap: {
    part: 'pubic bones', figure: 'gap between left and right pubic bone', follows: 'they meet at the symphysis (disc ~4-6 mm)', max: 10,
  },
  crestSagitta: {
    part: 'iliac wing', figure: 'bow of the iliac crest seen from above (depth of its curve)',
    follows: 'the crest curves round the side from PSIS to ASIS; a flat paddle would be straight', min: 25,
  },
  tuberosityDrop: {
    part: 'ischium', figure: 'ischial tuberosity below the acetabulum', follows: 'sitting bones ~70-90 mm below the hip joint', min: 50,
  },
  tuberosityWidth: {
    part: 'ischium', figure: 'thickness of the ischial tuberosity', follows: 'a knob ~25-30 mm across', min: 20,
  },
  gluteusMinimusShare: {
    part: 'gluteus minimus', figure: 'area as a share of gluteus medius (unit: ratio)',
    follows: 'minimus is the smallest gluteal, under the front part of medius', max: 0.6,
  },
  gluteusMinimusBehindMedius: {
    part: 'gluteus minimus', figure: 'degrees its back edge stays in front of medius\' back edge',
    follows: 'it does not reach back to the PSIS', min: 25,
  },
  scalenesLength: {
    part: 'scalenes', figure: 'vertical extent', follows: 'from the C3-C6 transverse processes to ribs 1-2, ~80-110 mm', min: 60,
  },
  levatorShare: {
    part: 'levator scapulae', figure: 'share of the posterior triangle\'s floor (unit: ratio)',
    follows: 'the floor is splenius, levator and the scalenes together', max: 0.5,
  },
  serratusOnRibs: {
    part: 'serratus anterior', figure: 'share of its vertices within 35 mm of a rib (unit: ratio)',
    follows: 'it lies on the ribs of the lateral chest wall, not in the arm', min: 0.95,
  },
  teresMajorToHumerus: {
    part: 'teres major', figure: 'gap from its lateral end to the humerus', follows: 'it inserts on the humerus', max: 20,
  },
} as const satisfies Record<string, PartFigure>;

export type FigureKey = keyof typeof PART_FIGURES;

/** Whether a measured value lies in a figure's range. */
export function inRange(key: FigureKey, value: number): boolean {
  const figure: PartFigure = PART_FIGURES[key];
  return (figure.min === undefined || value >= figure.min) && (figure.max === undefined || value <= figure.max);
}
