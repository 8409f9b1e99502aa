// React binding for the open map's session: the read-only banner asks it to move editing to this tab.

import { createContext, useContext, type ReactNode } from 'react';
import type { MapSession } from './map-session';

const MapSessionContext = createContext<MapSession | null>(null);

export function MapSessionProvider({ session, children }: { session: MapSession; children: ReactNode }) {
  return <MapSessionContext.Provider value={session}>{children}</MapSessionContext.Provider>;
}

export function useMapSession(): MapSession {
  const session = useContext(MapSessionContext);
  if (!session) throw new Error('useMapSession must be used inside <MapSessionProvider>');
  return session;
}
