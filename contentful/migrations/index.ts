/**
 * Every migration, in the order they were written. A new file in this folder is added here too (a
 * unit test fails otherwise): a list that TypeScript checks beats loading files by name at run time.
 */
import type { MigrationScript } from '../migration-log';
import { contentModelChecksum, migrateContentModel } from './0001-content-model';

export const migrations: readonly MigrationScript[] = [
  { id: '0001-content-model', run: migrateContentModel, checksum: contentModelChecksum },
];
