// Builds a new, empty map document for one patient.

import type { MapDocument } from './types';
import { newMapId } from './ids';

export function newMapDocument(input: { readonly id?: string; readonly label: string; readonly createdAt: string }): MapDocument {
  return { id: input.id ?? newMapId(), label: input.label, createdAt: input.createdAt, points: {} };
}
