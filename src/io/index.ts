// Export and import of Fascia Map files, and the document validation shared with persistence.

export { FILE_FORMAT, SCHEMA_VERSION, MAX_FILE_BYTES } from './format';
export { exportMap, exportFileName } from './export';
export { importMap } from './import';
export { validateDocument, type ValidationResult } from './validate';
export { MIGRATIONS, migrateDocument, type Migration, type MigrationResult } from './migrations';
