// The editor store: the open map document, its undo history and the editor's session state
// (selection, active layer, layer visibility, camera requests). Every document change goes through commit().

import { createStore } from 'zustand/vanilla';
import type { LayerId } from '../anatomy/layers';
import { LAYERS } from '../anatomy/layers';
import type { Anchor, MapDocument, PointId, RegionId, SessionId, Side, Stroke, ZoneId } from '../model/types';
import type { HistoryState } from '../history/types';
import type { Edit } from '../model/operations';
import { applyEdit, emptyHistory, jumpTo, record, redo, undo, DEFAULT_HISTORY_CAP } from '../history/history';
import { saveChangeFor, type MapSaver, type SaveChange, type SaveStatus } from '../persistence';
import { newEntryId } from '../model/ids';
import { movePoint } from '../model/operations';
import { peelToUncover } from './layer-view';
import { readEntrySettings } from './entry-settings';

export type ViewName = 'front' | 'back' | 'left' | 'right';

export interface LayerView {
  readonly visible: boolean;
  /** 0..1; below 1 the layer is drawn see-through. */
  readonly opacity: number;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly message: string;
  /** A button the message offers, e.g. exporting damaged records. */
  readonly action?: { readonly label: string; readonly perform: () => void };
}

/** A marker being dragged: shown at the preview anchor until pointer-up commits one "Move point" step. */
export interface PointDrag {
  readonly pointId: PointId;
  readonly anchor: Anchor;
  readonly region: RegionId;
  readonly side: Side;
}

/** What a click on the body does: place a trigger point, show what structure is there, or paint a referred-pain zone. */
export type Tool = 'place' | 'explore' | 'paint';

/** Where a click would place a point right now (the cursor preview), or why it would not. */
export type PlacePreview =
  | { readonly kind: 'place'; readonly layer: LayerId; readonly region: RegionId; readonly side: Side }
  | { readonly kind: 'miss'; readonly layer: LayerId; readonly reason: string };

/** How points are entered at the table; kept per browser with the app's settings. */
export interface EntrySettings {
  /** New points copy the kind and findings of the point placed last. */
  readonly copyLastPoint: boolean;
  /** A pen's pressure picks the layer while placing: light on the skin, firm on the deep muscles. */
  readonly penPressureDepth: boolean;
}

/** The brush that paints referred-pain zones on the skin. */
export interface Brush {
  /** Radius in metres. */
  readonly radius: number;
  readonly erase: boolean;
}

/**
 * Which session the editor shows and what of it: the session readings are recorded in (null follows the
 * current one), two sessions compared, the zone being painted, and a reference referral pattern shown.
 * None of it is part of the map or its history.
 */
export interface SessionView {
  readonly shown: SessionId | null;
  readonly compare: { readonly from: SessionId; readonly to: SessionId } | null;
  readonly zone: ZoneId | null;
  readonly brush: Brush;
  /** The stroke being painted, drawn before pointer-up commits it. */
  readonly stroke: Stroke | null;
  /** The region whose typical referral is drawn as a hatched reference overlay. */
  readonly reference: RegionId | null;
}

/** The x-ray lens: a circular cut-away through the layers outside the active layer. */
export interface Lens {
  readonly enabled: boolean;
  /** Radius in CSS pixels. */
  readonly radius: number;
}

/** A horizontal cross-section: everything above `height` (metres) is cut away. */
export interface CrossSection {
  readonly enabled: boolean;
  readonly height: number;
}

export interface EditorState {
  readonly doc: MapDocument | null;
  readonly history: HistoryState;
  /** Selected trigger point; never recorded in history and never clears redo. */
  readonly selection: PointId | null;
  /** Region under the pointer on the active layer, for the hover read-out. */
  readonly hoverRegion: RegionId | null;
  readonly activeLayer: LayerId;
  readonly layers: Readonly<Record<LayerId, LayerView>>;
  readonly drag: PointDrag | null;
  /** A camera jump the viewport should perform; the nonce lets the same view be asked twice. */
  readonly viewRequest: { readonly view: ViewName; readonly nonce: number } | null;
  readonly notice: Notice | null;
  readonly saveStatus: SaveStatus;
  readonly tool: Tool;
  /** How far the body is peeled, 0 (nothing) to the number of layers above the deepest muscles. */
  readonly peel: number;
  readonly lens: Lens;
  readonly crossSection: CrossSection;
  /** The region shown in the region card (from exploring or searching); never recorded. */
  readonly selectedRegion: RegionId | null;
  /** A camera move to a region the viewport should perform. */
  readonly focusRequest: { readonly region: RegionId; readonly nonce: number } | null;
  /**
   * Another tab or window is editing this map: this one shows it and follows its changes, but changes
   * nothing (no edit, undo or redo) until the therapist takes editing over.
   */
  readonly readOnly: boolean;
  readonly sessionView: SessionView;
  readonly placePreview: PlacePreview | null;
  /** A camera move to face a point, asked for by selecting it from the table, a search or the keyboard. */
  readonly pointFocus: { readonly point: PointId; readonly nonce: number } | null;
  readonly entry: EntrySettings;
  /** The layer a pen press would place on now (shown while pressing). */
  readonly penLayer: LayerId | null;
  /** The "?" list of keyboard shortcuts is open. */
  readonly shortcutsOpen: boolean;
}

export const READ_ONLY_EDIT_MESSAGE =
  'Nothing was changed: this map is being edited in another tab or window. Use “Edit here instead” to edit it in this tab.';

/** Fascia starts as a see-through sheet, so peeling the skin shows the muscles beneath the fascia. */
const FASCIA_OPACITY = 0.5;

function initialLayers(): Record<LayerId, LayerView> {
  const entries = LAYERS.map((l) => [l.id, { visible: true, opacity: l.tissue === 'fascia' ? FASCIA_OPACITY : 1 }] as const);
  return Object.fromEntries(entries) as Record<LayerId, LayerView>;
}

export function createEditorStore(persistence: MapSaver | null) {
  const store = createStore<EditorState>(() => ({
    doc: null,
    history: emptyHistory(),
    selection: null,
    hoverRegion: null,
    activeLayer: 'skin',
    layers: initialLayers(),
    drag: null,
    viewRequest: null,
    notice: null,
    saveStatus: persistence?.getStatus() ?? { state: 'idle' },
    tool: 'place',
    peel: 0,
    lens: { enabled: false, radius: 110 },
    crossSection: { enabled: false, height: 1.2 },
    selectedRegion: null,
    focusRequest: null,
    readOnly: false,
    sessionView: { shown: null, compare: null, zone: null, brush: { radius: 0.04, erase: false }, stroke: null, reference: null },
    placePreview: null,
    pointFocus: null,
    entry: readEntrySettings(),
    penLayer: null,
    shortcutsOpen: false,
  }));

  const unsubscribe = persistence?.subscribe((saveStatus) => store.setState({ saveStatus }));

  function save(doc: MapDocument, history: HistoryState, change: SaveChange) {
    persistence?.save(doc, history, change);
  }

  /** Applies one labelled edit as one undoable step and persists only what changed. */
  function commit(edit: Edit): boolean {
    const { doc, history, readOnly } = store.getState();
    if (!doc) return false;
    if (readOnly) {
      store.setState({ notice: { kind: 'error', message: READ_ONLY_EDIT_MESSAGE } });
      return false;
    }
    const applied = applyEdit(doc, edit, { id: newEntryId(), at: new Date().toISOString() });
    if (!applied) return false;
    const { history: nextHistory, change } = record(history, applied.entry, { cap: DEFAULT_HISTORY_CAP });
    const selection = store.getState().selection;
    store.setState({
      doc: applied.doc,
      history: nextHistory,
      selection: selection && applied.doc.points[selection] ? selection : null,
    });
    save(applied.doc, nextHistory, saveChangeFor(change));
    return true;
  }

  function moveInHistory(result: { doc: MapDocument; history: HistoryState } | null) {
    if (!result) return;
    if (store.getState().readOnly) {
      store.setState({ notice: { kind: 'error', message: READ_ONLY_EDIT_MESSAGE } });
      return;
    }
    const selection = store.getState().selection;
    store.setState({
      doc: result.doc,
      history: result.history,
      selection: selection && result.doc.points[selection] ? selection : null,
      drag: null,
    });
    save(result.doc, result.history, { kind: 'cursor' });
  }

  return {
    store,
    commit,
    /** Stops following the save status (the map was closed); saves already queued still complete. */
    dispose() {
      unsubscribe?.();
    },
    /** Opens a document as the current map, with the history it came with. */
    open(doc: MapDocument, history: HistoryState, opts: { persist: boolean }) {
      store.setState((s) => ({ doc, history, selection: null, drag: null, sessionView: { ...s.sessionView, shown: null, compare: null, zone: null, stroke: null, reference: null } }));
      if (opts.persist) save(doc, history, { kind: 'all' });
    },
    /** Another tab edits this map (true), or this tab took editing over (false). */
    setReadOnly(readOnly: boolean) {
      store.setState({ readOnly, drag: null });
    },
    /**
     * Shows the map as storage now holds it (another tab changed it, or editing was taken over): the view and
     * a still-existing selection stay, nothing is saved, and nothing enters this tab's history.
     */
    replaceFromStorage(doc: MapDocument, history: HistoryState) {
      const selection = store.getState().selection;
      store.setState({ doc, history, drag: null, selection: selection && doc.points[selection] ? selection : null });
    },
    undo() {
      const { doc, history } = store.getState();
      if (doc) moveInHistory(undo(doc, history));
    },
    redo() {
      const { doc, history } = store.getState();
      if (doc) moveInHistory(redo(doc, history));
    },
    jumpTo(cursor: number) {
      const { doc, history } = store.getState();
      if (doc && cursor !== history.cursor) moveInHistory(jumpTo(doc, history, cursor));
    },
    select(selection: PointId | null) {
      store.setState({ selection });
    },
    hover(hoverRegion: RegionId | null) {
      if (store.getState().hoverRegion !== hoverRegion) store.setState({ hoverRegion });
    },
    setActiveLayer(activeLayer: LayerId) {
      store.setState((s) => ({ activeLayer, layers: { ...s.layers, [activeLayer]: { ...s.layers[activeLayer], visible: true } } }));
    },
    setLayerVisible(layer: LayerId, visible: boolean) {
      store.setState((s) => ({ layers: { ...s.layers, [layer]: { ...s.layers[layer], visible } } }));
    },
    setLayerOpacity(layer: LayerId, opacity: number) {
      const clamped = Math.min(1, Math.max(0, opacity));
      store.setState((s) => ({ layers: { ...s.layers, [layer]: { ...s.layers[layer], opacity: clamped } } }));
    },
    startDrag(drag: PointDrag) {
      if (!store.getState().readOnly) store.setState({ drag });
    },
    updateDrag(drag: PointDrag) {
      if (store.getState().drag) store.setState({ drag });
    },
    /** Pointer-up: one "Move point" step if the point moved at all. */
    finishDrag() {
      const { drag, doc } = store.getState();
      store.setState({ drag: null });
      if (!drag || !doc) return;
      const point = doc.points[drag.pointId];
      if (!point) return;
      const moved = drag.anchor.position.some((v, i) => Math.abs(v - point.anchor.position[i]!) > 1e-6);
      if (moved) commit(movePoint(drag.pointId, drag.anchor, drag.region, drag.side));
    },
    /** Escape during a drag: the point goes back where it was and nothing enters history. */
    cancelDrag() {
      store.setState({ drag: null });
    },
    requestView(view: ViewName) {
      const nonce = (store.getState().viewRequest?.nonce ?? 0) + 1;
      store.setState({ viewRequest: { view, nonce } });
    },
    setTool(tool: Tool) {
      store.setState({ tool });
    },
    setPeel(peel: number) {
      store.setState({ peel: Math.max(0, peel) });
    },
    setLens(lens: Partial<Lens>) {
      store.setState((s) => ({ lens: { ...s.lens, ...lens } }));
    },
    setCrossSection(crossSection: Partial<CrossSection>) {
      store.setState((s) => ({ crossSection: { ...s.crossSection, ...crossSection } }));
    },
    /** Shows a region's card; with focus, also turns the camera to it and makes its layer visible. */
    selectRegion(region: RegionId | null, opts: { focus?: boolean } = {}) {
      if (!region || !opts.focus) {
        store.setState({ selectedRegion: region });
        return;
      }
      const nonce = (store.getState().focusRequest?.nonce ?? 0) + 1;
      store.setState({ selectedRegion: region, focusRequest: { region, nonce } });
    },
    notify(notice: Notice | null) {
      store.setState({ notice });
    },
    /**
     * Selects a point and turns the camera to face it, peeling away the layers that cover it (from the
     * table, a search or the keyboard; a click on the marker itself needs neither).
     */
    focusPoint(id: PointId) {
      const { doc, layers, peel, pointFocus } = store.getState();
      const point = doc && Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
      if (!point) return;
      const layer = point.anchor.layer;
      const uncover = peelToUncover(layer, peel);
      store.setState({
        selection: id,
        // The next click nearby goes on the same layer as the point in view.
        activeLayer: layer,
        pointFocus: { point: id, nonce: (pointFocus?.nonce ?? 0) + 1 },
        peel: uncover,
        layers: layers[layer].visible ? layers : { ...layers, [layer]: { ...layers[layer], visible: true } },
      });
    },
    setPlacePreview(placePreview: PlacePreview | null) {
      const current = store.getState().placePreview;
      if (JSON.stringify(current) !== JSON.stringify(placePreview)) store.setState({ placePreview });
    },
    setEntrySettings(change: Partial<EntrySettings>) {
      store.setState((s) => ({ entry: { ...s.entry, ...change } }));
    },
    setShortcutsOpen(shortcutsOpen: boolean) {
      store.setState({ shortcutsOpen });
    },
    setPenLayer(penLayer: LayerId | null) {
      if (store.getState().penLayer !== penLayer) store.setState({ penLayer });
    },
    setSessionView(change: Partial<SessionView>) {
      store.setState((s) => ({ sessionView: { ...s.sessionView, ...change } }));
    },
  };
}

export type EditorStore = ReturnType<typeof createEditorStore>;
