/**
 * Migration 0001: the content model of lib/content/contentful/model.ts, with its validations and
 * Vietnamese editor help.
 *
 * It is TypeScript that imports the model rather than a copy of it, so it cannot drift from the
 * model the site reads with: `npm run contentful:migrate` runs it under tsx and hands the function
 * to contentful-migration's `runMigration({ migrationFunction })`. (The contentful-migration CLI
 * alone cannot load it; use the npm script.)
 *
 * Because it follows the model, it brings a space to the model rather than replaying one step: a
 * content type or field that is missing is created, one that exists is edited to match. The runner
 * therefore runs it again whenever `contentModelChecksum` changes, i.e. whenever model.ts changes.
 * What a sync must not guess (deleting or renaming a field, moving values between fields) belongs in
 * a numbered migration of its own; fields that Contentful has and the model lacks are left alone
 * and listed.
 */
import { createHash } from 'node:crypto';
import type { IFieldOptions, MigrationContext, MigrationFunction } from 'contentful-migration';
import {
  inDependencyOrder,
  toContentTypeDefinition,
  toEditorInterface,
  toFieldControl,
  toFieldDefinition,
} from '../../lib/content/contentful/content-type-definitions';
import { contentModel } from '../../lib/content/contentful/model';

/** Changes whenever a definition or an editor setting derived from the model changes. */
export const contentModelChecksum = createHash('sha256')
  .update(
    JSON.stringify(
      contentModel.map((spec) => [toContentTypeDefinition(spec), toEditorInterface(spec)]),
    ),
  )
  .digest('hex')
  .slice(0, 16);

interface ExistingContentType {
  sys: { id: string };
  fields: { id: string; deleted?: boolean }[];
}

/** The model's content types that the environment already has, with their field ids. */
async function readExistingFields(context?: MigrationContext): Promise<Map<string, Set<string>>> {
  // Without a context (a bare call in a test) the environment is taken to be empty.
  if (!context) return new Map();
  const ids = contentModel.map((spec) => spec.id).join(',');
  const response = (await context.makeRequest({
    method: 'GET',
    url: `/content_types?sys.id[in]=${ids}&limit=${contentModel.length}`,
  })) as { items: ExistingContentType[] };
  return new Map(
    response.items.map((type) => [
      type.sys.id,
      new Set(type.fields.filter((field) => !field.deleted).map((field) => field.id)),
    ]),
  );
}

export const migrateContentModel: MigrationFunction = async (migration, context) => {
  const existing = await readExistingFields(context);
  // Link validations name their target types, so targets are created first.
  for (const spec of inDependencyOrder(contentModel)) {
    const fieldsInSpace = existing.get(spec.id);
    const options = {
      name: spec.name,
      description: spec.description,
      displayField: spec.displayField,
    };
    const contentType = fieldsInSpace
      ? migration.editContentType(spec.id, options)
      : migration.createContentType(spec.id, options);
    // All fields before any editor control: contentful-migration joins consecutive changes of one
    // content type into a single save, and a control in between would split it into one save per
    // field, each published without the display field.
    let previousId: string | undefined;
    for (const field of spec.fields) {
      const { id, ...definition } = toFieldDefinition(field);
      // The CMA payload and contentful-migration's options are the same JSON; its typings only
      // narrow `in` to string[] | number[], which every field's list already is.
      const fieldOptions = definition as IFieldOptions;
      if (fieldsInSpace?.has(id)) {
        contentType.editField(id, fieldOptions);
        // Keep the editor form in model order when fields were added to an existing type.
        if (previousId) contentType.moveField(id).afterField(previousId);
        else contentType.moveField(id).toTheTop();
      } else {
        contentType.createField(id, fieldOptions);
      }
      previousId = id;
    }
    for (const field of spec.fields) {
      const control = toFieldControl(field, spec);
      contentType.changeFieldControl(field.id, 'builtin', control.widgetId, control.settings);
    }
    const unknown = [...(fieldsInSpace ?? [])].filter(
      (id) => !spec.fields.some((field) => field.id === id),
    );
    if (unknown.length > 0) {
      console.warn(
        `  ${spec.id}: ${unknown.join(', ')} not in model.ts; left as is (remove with a migration)`,
      );
    }
  }
};
