// Packs the layer meshes into one compressed .glb with glTF-Transform: one node and mesh per layer (named by the
// layer id), quantised with KHR_mesh_quantization and compressed with EXT_meshopt_compression; no Draco. Muscle
// layers also carry _FIBRE, fascia sheets _WEAVE (both VEC2, normalised signed 16-bit).

import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { LayerMesh } from './mesh';

export interface NamedLayerMesh {
  readonly id: string;
  readonly color: string;
  readonly mesh: LayerMesh;
}

export interface GlbFacts {
  readonly modelVersion: string;
  readonly minHeight: number;
  readonly maxHeight: number;
}

function srgbHexToLinear(hex: string): [number, number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [channel((value >> 16) & 255), channel((value >> 8) & 255), channel(value & 255), 1];
}

export async function writeGlb(layers: readonly NamedLayerMesh[], facts: GlbFacts): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const asset = doc.getRoot().getAsset();
  asset.generator = `Fascia Map torso generator (${facts.modelVersion})`;
  asset.extras = { ...facts };
  const buffer = doc.createBuffer();
  const scene = doc.createScene('torso').setExtras({ ...facts });
  doc.getRoot().setDefaultScene(scene);

  for (const layer of layers) {
    const { positions, normals, uvs, regions, indices } = layer.mesh;
    const material = doc
      .createMaterial(layer.id)
      .setBaseColorFactor(srgbHexToLinear(layer.color))
      .setRoughnessFactor(0.8)
      .setMetallicFactor(0);
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(normals).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer))
      .setAttribute('_REGION', doc.createAccessor().setType('SCALAR').setArray(regions).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
    if (layer.mesh.fibres) {
      // Normalised signed 16-bit: x along the fibres 0..1, y across them in metres (always within -1..1).
      const fibres = Int16Array.from(layer.mesh.fibres, (f) => Math.round(Math.max(-1, Math.min(1, f)) * 32767));
      prim.setAttribute(
        '_FIBRE',
        doc.createAccessor().setType('VEC2').setArray(fibres).setNormalized(true).setBuffer(buffer),
      );
    }
    if (layer.mesh.weave) {
      // Normalised signed 16-bit: metres times WEAVE_SCALE across the two fibre families of a fascia sheet.
      const weave = Int16Array.from(layer.mesh.weave, (f) => Math.round(Math.max(-1, Math.min(1, f)) * 32767));
      prim.setAttribute('_WEAVE', doc.createAccessor().setType('VEC2').setArray(weave).setNormalized(true).setBuffer(buffer));
    }
    const mesh = doc.createMesh(layer.id).addPrimitive(prim);
    scene.addChild(doc.createNode(layer.id).setMesh(mesh));
  }

  await MeshoptEncoder.ready;
  await doc.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 14,
      quantizeTexcoord: 16,
    }),
  );
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  return createIO().writeBinary(doc);
}

/** A NodeIO that reads and writes the extensions the model uses (the meshopt decoder/encoder are registered). */
export function createIO(): NodeIO {
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
}
