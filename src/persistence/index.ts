// Saving the open map in the browser (IndexedDB) and opening it again.

export {
  createPersistence,
  saveChangeFor,
  STORAGE_FULL_MESSAGE,
  SAVE_FAILED_MESSAGE,
  type LoadOutcome,
  type MapPersistence,
  type SaveChange,
  type SaveStatus,
} from './persistence';
