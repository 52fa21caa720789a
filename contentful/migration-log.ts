/**
 * Which migrations an environment has had, kept in the environment itself: one entry of the content
 * type `migrationLog` per migration, with a fixed entry id (`migration-<id>`). Entries stay drafts,
 * so the Delivery API and the site never see them, and reading the log is one query. Keeping it in
 * the environment (rather than in a file here) means a cloned environment carries its own history,
 * and a rerun against any environment skips what that environment already has.
 */
import type { MigrationFunction } from 'contentful-migration';

export interface MigrationScript {
  /** The file name without its extension, e.g. `0001-content-model`; runs in this order. */
  id: string;
  run: MigrationFunction;
  /**
   * Makes the migration repeatable: it runs again whenever this value differs from the logged one.
   * Migrations without it run once.
   */
  checksum?: string;
}

export interface AppliedMigration {
  id: string;
  checksum?: string;
  appliedAt: string;
}

export const migrationLogContentTypeId = 'migrationLog';

/** The log's content type, as the CMA takes it. Not part of the domain model, so not in model.ts. */
export const migrationLogContentType = {
  name: 'Nhật ký cập nhật mô hình',
  description:
    'Do npm run contentful:migrate ghi: mỗi mục là một lần cập nhật mô hình nội dung. Đừng sửa hay xóa.',
  displayField: 'migration',
  fields: [
    {
      id: 'migration',
      name: 'Bản cập nhật',
      type: 'Symbol',
      localized: false,
      required: true,
      validations: [{ unique: true }],
    },
    { id: 'checksum', name: 'Mã kiểm tra', type: 'Symbol', localized: false, required: false },
    { id: 'appliedAt', name: 'Thời điểm áp dụng', type: 'Date', localized: false, required: true },
  ],
};

/** Contentful entry ids allow letters, digits, `-`, `_` and `.`, up to 64 characters. */
export function toLogEntryId(migrationId: string): string {
  const id = `migration-${migrationId}`;
  if (!/^[a-zA-Z0-9._-]{1,64}$/.test(id)) {
    throw new Error(`Migration id ${migrationId} cannot name a Contentful entry`);
  }
  return id;
}

/**
 * The migrations still to run, in the order to run them: those run once that have not run, by id,
 * then the repeatable ones whose checksum changed. Repeatable ones go last (as in Flyway) because
 * they bring the environment to the current model, which a one-off migration written for an earlier
 * model (a rename, a move of values) must find still in its earlier state.
 */
export function pendingMigrations(
  scripts: readonly MigrationScript[],
  applied: readonly AppliedMigration[],
): MigrationScript[] {
  const logged = new Map(applied.map((entry) => [entry.id, entry]));
  const byId = (a: MigrationScript, b: MigrationScript) => a.id.localeCompare(b.id);
  const once = scripts.filter((script) => script.checksum === undefined && !logged.has(script.id));
  const repeatable = scripts.filter(
    (script) =>
      script.checksum !== undefined && logged.get(script.id)?.checksum !== script.checksum,
  );
  return [...once.sort(byId), ...repeatable.sort(byId)];
}
