// Gives every unit and scene test a fresh in-memory IndexedDB, so persistence runs for real without a browser.
import 'fake-indexeddb/auto';
