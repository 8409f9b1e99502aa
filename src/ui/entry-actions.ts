// Fast entry at the table, from the keyboard: digits set the selected point's pain (1 then 0 is 10), K cycles
// its kind, F then a letter toggles a finding, M mirrors it to the other side, arrow keys move between points
// (turning the camera to each), L cycles the active layer, ? lists every shortcut.

import type { EditorAction } from './actions';
import type { EditorState, EditorStore } from '../store/editor-store';
import type { BodyModel } from '../scene/body-model';
import { LAYER_IDS, layerById } from '../anatomy/layers';
import { FINDING_LABELS, KIND_LABELS, regionLabel } from '../model/labels';
import { placePoint, setFinding, setKind } from '../model/operations';
import { setPain } from '../model/reading-operations';
import { readingIn, shownSession } from '../model/sessions';
import { pointsInOrder } from '../model/selectors';
import { newTriggerPoint } from '../model/points';
import { newPointId } from '../model/ids';
import { orderAfter } from '../model/order';
import { TRIGGER_POINT_KINDS, type FindingKey, type TriggerPoint } from '../model/types';

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;

/** Keys that move inside a form control (a radio group, a slider, a list box) belong to the control. */
function inFormControl(e: KeyboardEvent): boolean {
  const t = e.target as { tagName?: unknown } | null;
  return typeof t?.tagName === 'string' && ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName);
}

function selectedPoint(s: EditorState): TriggerPoint | undefined {
  return s.doc && s.selection && Object.hasOwn(s.doc.points, s.selection) ? s.doc.points[s.selection] : undefined;
}

const canEditSelected = (s: EditorState) => !s.readOnly && selectedPoint(s) !== undefined;

/** Keys pressed within this time of each other are one entry: "1" then "0" is pain 10; "F" then "T" a finding. */
export const KEY_SEQUENCE_MS = 900;

let lastDigit: { key: string; at: number; point: string } | null = null;
let findingPending: { at: number } | null = null;
let painBurst = 0;

export const painKeyAction: EditorAction = {
  name: 'painKey',
  label: 'Set pain 0-10',
  shortcut: '0-9 (1 then 0 for 10)',
  keyTest: (e) => plain(e) && /^[0-9]$/.test(e.key) && findingPending === null,
  isEnabled: canEditSelected,
  perform: (editor, context) => {
    const state = editor.store.getState();
    const point = selectedPoint(state);
    const key = context?.event?.key;
    if (!point || !state.doc || !key) return;
    const now = Date.now();
    const ten = key === '0' && lastDigit?.key === '1' && lastDigit.point === point.id && now - lastDigit.at < KEY_SEQUENCE_MS;
    if (!ten) painBurst += 1;
    lastDigit = { key, at: now, point: point.id };
    const session = shownSession(state.doc, state.sessionView.shown);
    // "1" then "0" is one step: the 10 replaces the 1 in the same undo step.
    editor.commit({ ...setPain(point.id, session.id, ten ? 10 : Number(key)), coalesceKey: `pain-key:${point.id}:${painBurst}` });
  },
};

export const cycleKindAction: EditorAction = {
  name: 'cycleKind',
  label: 'Next kind (latent, active, satellite)',
  shortcut: 'K',
  keyTest: (e) => plain(e) && e.key.toLowerCase() === 'k',
  isEnabled: canEditSelected,
  perform: (editor) => {
    const point = selectedPoint(editor.store.getState());
    if (!point) return;
    const order = ['latent', 'active', 'satellite'] as const;
    const next = order[(order.indexOf(point.kind) + 1) % order.length]!;
    editor.commit(setKind(point.id, next));
  },
};

/** The second key after F, and the finding it toggles. */
export const FINDING_KEYS_BY_LETTER: Readonly<Record<string, FindingKey>> = {
  t: 'tautBand',
  l: 'localTwitchResponse',
  j: 'jumpSign',
  p: 'familiarPainReproduced',
};

export const findingPrefixAction: EditorAction = {
  name: 'findingPrefix',
  label: 'Toggle a finding: F, then T (taut band), L (local twitch), J (jump sign) or P (familiar pain)',
  shortcut: 'F, then T / L / J / P',
  keyTest: (e) => plain(e) && e.key.toLowerCase() === 'f' && findingPending === null,
  isEnabled: canEditSelected,
  perform: (editor) => {
    findingPending = { at: Date.now() };
    editor.notify({ kind: 'info', message: 'Finding: press T taut band, L local twitch response, J jump sign or P familiar pain reproduced.' });
  },
};

export const findingKeyAction: EditorAction = {
  name: 'findingKey',
  label: 'Toggle the finding named by the key after F',
  keyTest: (e) => plain(e) && findingPending !== null,
  isEnabled: canEditSelected,
  perform: (editor, context) => {
    const pending = findingPending;
    findingPending = null;
    editor.notify(null);
    const key = context?.event?.key.toLowerCase() ?? '';
    if (key === 'escape') return;
    const point = selectedPoint(editor.store.getState());
    if (!pending || !point || Date.now() - pending.at > 4 * KEY_SEQUENCE_MS) return;
    const finding = Object.hasOwn(FINDING_KEYS_BY_LETTER, key) ? FINDING_KEYS_BY_LETTER[key] : undefined;
    if (!finding) {
      editor.notify({ kind: 'info', message: `“${key.toUpperCase()}” names no finding; nothing was changed (T, L, J or P after F).` });
      return;
    }
    editor.commit(setFinding(point.id, finding, !point.findings[finding]));
  },
};

export const mirrorAction: EditorAction = {
  name: 'mirrorPoint',
  label: 'Mirror the point to the other side',
  shortcut: 'M',
  keyTest: (e) => plain(e) && e.key.toLowerCase() === 'm',
  isEnabled: canEditSelected,
  perform: (editor, context) => mirrorSelected(editor, context?.model?.anchorAt.bind(context.model) ?? null),
};

/** Places a copy of the selected point at the same spot on the other side (kind, findings and reading too). */
export function mirrorSelected(editor: EditorStore, anchorAt: BodyModel['anchorAt'] | null): void {
  const state = editor.store.getState();
  const point = selectedPoint(state);
  if (!point || !state.doc || !anchorAt) return;
  if (point.side === 'midline') {
    editor.notify({ kind: 'info', message: `${regionLabel(point.region, point.side)} is on the midline: it has no other side to mirror to.` });
    return;
  }
  const { layer, angle, height } = point.anchor;
  const spot = anchorAt(layer, -angle, height);
  if (!spot) {
    editor.notify({ kind: 'info', message: `There is no ${layerById(layer).label.toLowerCase()} at the mirrored spot; nothing was placed.` });
    return;
  }
  const session = shownSession(state.doc, state.sessionView.shown);
  const reading = readingIn(point, session.id);
  const last = pointsInOrder(state.doc).at(-1);
  const mirrored = newTriggerPoint({
    id: newPointId(),
    anchor: spot.anchor,
    region: spot.region,
    side: spot.side,
    kind: point.kind,
    findings: point.findings,
    session: session.id,
    pain: reading.pain,
    order: orderAfter(last?.order ?? null),
    createdAt: new Date().toISOString(),
  });
  const edit = placePoint(mirrored);
  if (editor.commit({ ...edit, label: `Mirror point to ${regionLabel(spot.region, spot.side)}` })) editor.focusPoint(mirrored.id);
}

function stepPoint(editor: EditorStore, by: 1 | -1): void {
  const { doc, selection } = editor.store.getState();
  if (!doc) return;
  const points = pointsInOrder(doc);
  if (points.length === 0) return;
  const at = selection ? points.findIndex((p) => p.id === selection) : -1;
  const next = at < 0 ? (by === 1 ? 0 : points.length - 1) : (at + by + points.length) % points.length;
  editor.focusPoint(points[next]!.id);
}

export const nextPointAction: EditorAction = {
  name: 'nextPoint',
  label: 'Next point',
  shortcut: '↓ or →',
  keyTest: (e) => plain(e) && (e.key === 'ArrowDown' || e.key === 'ArrowRight') && !inFormControl(e),
  isEnabled: (s) => Boolean(s.doc && Object.keys(s.doc.points).length > 0),
  perform: (editor) => stepPoint(editor, 1),
};

export const previousPointAction: EditorAction = {
  name: 'previousPoint',
  label: 'Previous point',
  shortcut: '↑ or ←',
  keyTest: (e) => plain(e) && (e.key === 'ArrowUp' || e.key === 'ArrowLeft') && !inFormControl(e),
  isEnabled: (s) => Boolean(s.doc && Object.keys(s.doc.points).length > 0),
  perform: (editor) => stepPoint(editor, -1),
};

export const cycleLayerAction: EditorAction = {
  name: 'cycleLayer',
  label: 'Next active layer',
  shortcut: 'L',
  keyTest: (e) => plain(e) && e.key.toLowerCase() === 'l' && findingPending === null,
  isEnabled: (s) => s.doc !== null,
  perform: (editor) => {
    const { activeLayer } = editor.store.getState();
    const next = LAYER_IDS[(LAYER_IDS.indexOf(activeLayer) + 1) % LAYER_IDS.length]!;
    editor.setActiveLayer(next);
    editor.notify({ kind: 'info', message: `Active layer: ${layerById(next).label}` });
  },
};

export const shortcutsAction: EditorAction = {
  name: 'shortcuts',
  label: 'Keyboard shortcuts',
  shortcut: '?',
  keyTest: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
  isEnabled: () => true,
  perform: (editor) => editor.setShortcutsOpen(true),
};

/** The entry actions in the order their key tests are tried (the finding's second key first). */
export const ENTRY_ACTIONS: readonly EditorAction[] = [
  findingKeyAction,
  painKeyAction,
  cycleKindAction,
  findingPrefixAction,
  mirrorAction,
  nextPointAction,
  previousPointAction,
  cycleLayerAction,
  shortcutsAction,
];

/** For the shortcuts list: what the kinds and findings are called. */
export const ENTRY_WORDS = { kinds: TRIGGER_POINT_KINDS.map((k) => KIND_LABELS[k]), findings: FINDING_LABELS };

/** Forgets half-typed sequences (tests; leaving a map). */
export function resetEntryKeys(): void {
  lastDigit = null;
  findingPending = null;
}
