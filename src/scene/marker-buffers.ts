// The trigger-point markers as flat vertex buffers, one vertex a point, kept in step with the map
// incrementally: an edit rewrites the slots of the points it changed and uploads only that range, so one
// edit at 5,000 points costs what it costs at 100. Which markers are drawn (layer opacity, cross-section,
// comparison) is decided on the GPU from per-vertex layer and scale, so toggling a layer rewrites nothing.

import * as THREE from 'three';
import { LAYER_IDS, type LayerId } from '../anatomy/layers';
import type { Anchor, PointId, TriggerPoint } from '../model/types';
import { MARKER_LIFT } from './marker-style';

/** What a marker looks like, decided per point by the caller (kind colour or change colour; emphasis). */
export interface MarkerLook {
  /** Colour as a hex number (0xRRGGBB), in sRGB like the CSS colours it comes from. */
  readonly color: number;
  /** 1 for a marker, more for an emphasised one, 0 for a point not shown (e.g. outside a comparison). */
  readonly scale: number;
}

export interface MarkerInput {
  readonly points: Readonly<Record<PointId, TriggerPoint>>;
  /** The anchor a drag is previewing for one point, drawn instead of its stored one. */
  readonly drag: { readonly pointId: PointId; readonly anchor: Anchor } | null;
  readonly look: (point: TriggerPoint) => MarkerLook;
  /** Where an anchor lies on the loaded model (re-projected when it was placed on an older model). */
  readonly place: (anchor: Anchor) => Pick<Anchor, 'position' | 'normal'>;
}

/** Writes where a marker is drawn for an anchor (its centre, lifted off the surface) and its unit normal. */
export function markerCentre(
  anchor: Anchor,
  place: (anchor: Anchor) => Pick<Anchor, 'position' | 'normal'>,
  position: THREE.Vector3,
  normal: THREE.Vector3,
): void {
  const placed = place(anchor);
  normal.set(placed.normal[0], placed.normal[1], placed.normal[2]).normalize();
  position.set(placed.position[0], placed.position[1], placed.position[2]).addScaledVector(normal, MARKER_LIFT);
}

const LAYER_INDEX: Readonly<Record<LayerId, number>> = Object.fromEntries(LAYER_IDS.map((id, i) => [id, i])) as Record<LayerId, number>;

/** Per-slot record of what was written, so an unchanged point is skipped without recomputing it. */
interface Written {
  point: TriggerPoint;
  anchor: Anchor;
  color: number;
  scale: number;
}

export class MarkerBuffers {
  readonly geometry = new THREE.BufferGeometry();
  private readonly position: THREE.BufferAttribute;
  private readonly normal: THREE.BufferAttribute;
  private readonly color: THREE.BufferAttribute;
  private readonly scale: THREE.BufferAttribute;
  private readonly layer: THREE.BufferAttribute;
  private readonly slotOf = new Map<PointId, number>();
  private readonly written: (Written | undefined)[] = [];
  private readonly ids: PointId[] = [];
  private readonly tmpColor = new THREE.Color();
  private readonly tmpPosition = new THREE.Vector3();
  private readonly tmpNormal = new THREE.Vector3();
  private dirtyFrom = Infinity;
  private dirtyTo = -1;

  constructor(readonly capacity: number) {
    const attribute = (itemSize: number) => new THREE.BufferAttribute(new Float32Array(capacity * itemSize), itemSize).setUsage(THREE.DynamicDrawUsage);
    this.position = attribute(3);
    this.normal = attribute(3);
    this.color = attribute(3);
    this.scale = attribute(1);
    this.layer = attribute(1);
    this.geometry.setAttribute('position', this.position);
    this.geometry.setAttribute('markerNormal', this.normal);
    this.geometry.setAttribute('markerColor', this.color);
    this.geometry.setAttribute('markerScale', this.scale);
    this.geometry.setAttribute('markerLayer', this.layer);
    this.geometry.setDrawRange(0, 0);
    // Markers are culled per vertex in the shader; a bounding sphere would have to be recomputed per edit.
    this.geometry.boundingSphere = new THREE.Sphere(new THREE.Vector3(), Infinity);
  }

  /** The slot a point is drawn at, or undefined. */
  slot(id: PointId): number | undefined {
    return this.slotOf.get(id);
  }

  /** Marker centre (lifted off the surface) of the point in a slot. */
  positionAt(slot: number): THREE.Vector3 {
    return new THREE.Vector3().fromBufferAttribute(this.position, slot);
  }

  normalAt(slot: number): THREE.Vector3 {
    return new THREE.Vector3().fromBufferAttribute(this.normal, slot);
  }

  scaleAt(slot: number): number {
    return this.scale.getX(slot);
  }

  layerAt(slot: number): LayerId {
    return LAYER_IDS[this.layer.getX(slot)]!;
  }

  /**
   * Brings the buffers in step with the map; returns how many slots were rewritten. Points beyond the
   * capacity are not drawn (the map's limit keeps them within it).
   */
  sync({ points, drag, look, place }: MarkerInput): number {
    let rewritten = 0;
    // Points removed from the map: move the last slot into the hole.
    for (let slot = this.ids.length - 1; slot >= 0; slot--) {
      const id = this.ids[slot]!;
      if (!Object.hasOwn(points, id)) {
        this.remove(slot);
        rewritten++;
      }
    }
    for (const id in points) {
      if (!Object.hasOwn(points, id)) continue;
      const point = points[id]!;
      const anchor = drag && drag.pointId === id ? drag.anchor : point.anchor;
      const { color, scale } = look(point);
      let slot = this.slotOf.get(id);
      if (slot === undefined) {
        if (this.ids.length >= this.capacity) continue;
        slot = this.ids.length;
        this.ids.push(id);
        this.slotOf.set(id, slot);
      }
      const before = this.written[slot];
      if (before && before.point === point && before.anchor === anchor && before.color === color && before.scale === scale) continue;
      this.write(slot, { point, anchor, color, scale }, place);
      rewritten++;
    }
    this.geometry.setDrawRange(0, this.ids.length);
    this.flush();
    return rewritten;
  }

  private write(slot: number, entry: Written, place: MarkerInput['place']): void {
    markerCentre(entry.anchor, place, this.tmpPosition, this.tmpNormal);
    this.normal.setXYZ(slot, this.tmpNormal.x, this.tmpNormal.y, this.tmpNormal.z);
    this.position.setXYZ(slot, this.tmpPosition.x, this.tmpPosition.y, this.tmpPosition.z);
    // Vertex colours are in the renderer's linear working space, like THREE.Color after set().
    this.tmpColor.setHex(entry.color);
    this.color.setXYZ(slot, this.tmpColor.r, this.tmpColor.g, this.tmpColor.b);
    this.scale.setX(slot, entry.scale);
    this.layer.setX(slot, LAYER_INDEX[entry.anchor.layer]);
    this.written[slot] = entry;
    this.markDirty(slot);
  }

  private remove(slot: number): void {
    const last = this.ids.length - 1;
    const id = this.ids[slot]!;
    this.slotOf.delete(id);
    if (slot !== last) {
      const movedId = this.ids[last]!;
      this.ids[slot] = movedId;
      this.slotOf.set(movedId, slot);
      for (const attribute of [this.position, this.normal, this.color, this.scale, this.layer]) {
        const size = attribute.itemSize;
        attribute.array.copyWithin(slot * size, last * size, (last + 1) * size);
      }
      this.written[slot] = this.written[last];
      this.markDirty(slot);
    }
    this.ids.pop();
    this.written.pop();
  }

  private markDirty(slot: number): void {
    this.dirtyFrom = Math.min(this.dirtyFrom, slot);
    this.dirtyTo = Math.max(this.dirtyTo, slot);
  }

  /** Uploads only the slots rewritten since the last flush. */
  private flush(): void {
    if (this.dirtyTo < this.dirtyFrom) return;
    const slots = this.dirtyTo - this.dirtyFrom + 1;
    for (const attribute of [this.position, this.normal, this.color, this.scale, this.layer]) {
      attribute.clearUpdateRanges();
      attribute.addUpdateRange(this.dirtyFrom * attribute.itemSize, slots * attribute.itemSize);
      attribute.needsUpdate = true;
    }
    this.dirtyFrom = Infinity;
    this.dirtyTo = -1;
  }

  dispose(): void {
    this.geometry.dispose();
  }
}
