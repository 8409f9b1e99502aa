// The colour of each trigger-point kind: one vocabulary shared by the 3D markers and the legend.

import type { TriggerPointKind } from './types';

export const KIND_COLORS: Readonly<Record<TriggerPointKind, string>> = {
  active: '#d62839',
  latent: '#f2a541',
  satellite: '#7b4bb7',
};
