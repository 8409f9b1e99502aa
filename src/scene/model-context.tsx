// Gives scene components the loaded body model (loaded once, before the viewport mounts).

import { createContext, useContext } from 'react';
import type { BodyModel } from './body-model';

export const BodyModelContext = createContext<BodyModel | null>(null);

export function useBodyModel(): BodyModel {
  const model = useContext(BodyModelContext);
  if (!model) throw new Error('useBodyModel must be used inside <BodyModelContext.Provider>');
  return model;
}
