// Prints the anatomical figures of issue 10 measured on models/torso.glb (or, with --generate, on a freshly
// generated model without writing it): the numbers the generator tests hold to their ranges.
// Run: npx tsx tests/tools/figures.ts [--generate]
import { generateTorso } from '../../models/generate/generate';
import { THORACOLUMBAR_LEVELS, vertebraHeight } from '../../src/anatomy/landmarks';
import * as f from '../unit/model/figures';
import { layerVertices, readDocument, readModelBytes } from '../unit/model/read-model';

const bytes = process.argv.includes('--generate') ? (await generateTorso()).glb : readModelBytes();
const layers = layerVertices(await readDocument(bytes));
const fmt = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : String(v));
const spinous = f.spinousDepths(layers, THORACOLUMBAR_LEVELS.map(vertebraHeight));
const show = (name: string, value: unknown): void => console.log(name.padEnd(34), typeof value === 'number' ? fmt(value) : JSON.stringify(value, (_, v) => (typeof v === 'number' ? Number(fmt(v)) : v)));
show('1 shoulder', f.shoulderGirdle(layers));
show('2 spinous depths', spinous);
show('2 spinous median / max', [f.median(spinous), Math.max(...spinous)]);
show('3 paraspinals at L3', f.lumbarParaspinals(layers, vertebraHeight('l3') / 1000));
show('4 rib to crest', f.ribToCrest(layers));
show('4 true rib gaps', f.trueRibGaps(layers));
show('5 pelvis', f.pelvis(layers));
show('6 gluteus medius', f.patch(layers, 'intermediateMuscle', 'gluteus-medius.left'));
show('6 gluteus minimus', f.patch(layers, 'deepMuscle', 'gluteus-minimus.left'));
show('7 splenius vertices', f.vertexCount(layers, 'deepMuscle', 'splenius.left'));
show('7 semispinalis vertices', f.vertexCount(layers, 'deepMuscle', 'semispinalis.left'));
show('7 scalenes height', f.verticalExtent(layers, 'intermediateMuscle', 'scalenes.left'));
show('7 levator share of post. triangle', f.levatorShareOfPosteriorTriangle(layers));
show('8 serratus ant. near ribs (35 mm)', f.shareNearBone(layers, 'intermediateMuscle', 'serratus-anterior.left', ['ribs.left', 'costal-cartilage.left'], 35));
show('8 teres major end to humerus', f.lateralEndToBone(layers, 'intermediateMuscle', 'teres-major.left', 'humerus.left'));
show('10 iliopsoas vertices', f.vertexCount(layers, 'deepMuscle', 'iliopsoas.left'));
