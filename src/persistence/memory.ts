// The library kept in this tab's memory only, for a browser that lets the app store nothing (no usable
// IndexedDB): maps can be made, edited and exported, and every save says plainly that nothing is stored.

import type { MapDocument } from '../model/types';
import type { HistoryState } from '../history/types';
import { NO_FLAGS, summaryOf, type MapSummary, type SummaryFlags } from './map-summary';
import type { ListedMap, MapPersistence, SaveStatus } from './persistence';

export function createMemoryPersistence(reason: string): MapPersistence {
  const maps = new Map<string, { doc: MapDocument; history: HistoryState; summary: MapSummary }>();
  const listeners = new Set<(status: SaveStatus) => void>();
  const notStored: SaveStatus = { state: 'error', message: reason };
  let opened = false;

  const put = (doc: MapDocument, history: HistoryState, flags: SummaryFlags) => {
    maps.set(doc.id, { doc, history, summary: summaryOf(doc, flags, new Date().toISOString()) });
  };
  const listed = (): ListedMap[] => [...maps.values()].map(({ summary }) => ({ id: summary.id, summary, damage: null }));
  const flagsOf = (id: string): SummaryFlags => {
    const summary = maps.get(id)?.summary;
    return summary ? { demo: summary.demo, deletedAt: summary.deletedAt } : NO_FLAGS;
  };

  return {
    async openLibrary() {
      const firstVisit = !opened;
      opened = true;
      return { status: 'ready', maps: listed(), firstVisit, carriedOver: 0 };
    },
    async listMaps() {
      return listed();
    },
    async loadMap(mapId) {
      const map = maps.get(mapId);
      return map ? { status: 'loaded', doc: map.doc, history: map.history } : { status: 'missing' };
    },
    save(doc, history) {
      put(doc, history, flagsOf(doc.id));
      for (const listener of listeners) listener(notStored);
    },
    async createMap(doc, history, flags) {
      put(doc, history, flags);
      return true;
    },
    async setDeleted(mapId, deletedAt) {
      const map = maps.get(mapId);
      if (!map) return false;
      map.summary = { ...map.summary, deletedAt };
      return true;
    },
    async purgeMap(mapId) {
      return maps.delete(mapId);
    },
    async recordProblem() {
      return true;
    },
    async readStored() {
      return null;
    },
    async setAside() {
      return false;
    },
    async flush() {},
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getStatus() {
      return notStored;
    },
  };
}
