// Saving the library of maps in the browser (IndexedDB) and opening them again.

export {
  createPersistence,
  saveChangeFor,
  STORAGE_FULL_MESSAGE,
  SAVE_FAILED_MESSAGE,
  type LibraryOutcome,
  type ListedMap,
  type LoadOutcome,
  type MapPersistence,
  type MapSaver,
  type SaveChange,
  type SaveStatus,
  type StoredRecords,
} from './persistence';
export { type MapSummary, type SummaryFlags } from './map-summary';
