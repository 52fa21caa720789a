/**
 * A migration's plan without applying it: contentful-migration's own parser turns the migration into
 * the CMA requests it would send, and runs the same checks as `runMigration` (field types, link and
 * validation payloads, display fields, type changes). Used by `npm run contentful:migrate --
 * --dry-run` and by the unit tests, which is why it can read an environment held in memory.
 */
import type { MigrationFunction } from 'contentful-migration';
import {
  createMigrationParser,
  type MakeRequest,
  type PlannedRequest,
} from 'contentful-migration/built/lib/migration-parser';

export type { MakeRequest, PlannedRequest };

export interface PlannedStep {
  /** e.g. "Create Content Type product". */
  heading: string;
  details: string[];
  requests: PlannedRequest[];
}

export interface MigrationPlan {
  steps: PlannedStep[];
  /** Problems that would stop `runMigration`; empty when the migration can be applied. */
  errors: string[];
}

/** What an in-memory environment holds: CMA JSON, as GET would return it. */
export interface EnvironmentSnapshot {
  contentTypes?: { sys: { id: string }; [key: string]: unknown }[];
  editorInterfaces?: Record<string, unknown>;
  locales?: string[];
}

function notFound(url: string): Error {
  // contentful-migration tells a missing editor interface by this name, as the CMA client sets it.
  const error = new Error(`Not found: ${url}`);
  error.name = 'NotFound';
  return error;
}

/**
 * A read-only environment held in memory (empty unless told otherwise), answering the GET requests
 * contentful-migration makes while it plans. Any write throws: planning never writes.
 */
export function inMemoryEnvironment(snapshot: EnvironmentSnapshot = {}): MakeRequest {
  const contentTypes = snapshot.contentTypes ?? [];
  const locales = snapshot.locales ?? ['vi', 'en'];
  const page = (items: unknown[]) => ({ items, total: items.length, skip: 0 });
  return async ({ method, url }) => {
    if (method !== 'GET') throw new Error(`A plan does not write (${method} ${url})`);
    const [pathname = '', query = ''] = url.split('?');
    const editorInterface = /^\/content_types\/([^/]+)\/editor_interface$/.exec(pathname);
    if (editorInterface) {
      const found = snapshot.editorInterfaces?.[editorInterface[1]!];
      if (!found) throw notFound(url);
      return found;
    }
    if (pathname === '/content_types') {
      const ids = new URLSearchParams(query).get('sys.id[in]')?.split(',');
      return page(ids ? contentTypes.filter((type) => ids.includes(type.sys.id)) : contentTypes);
    }
    if (pathname === '/locales') return page(locales.map((code) => ({ code })));
    if (pathname === '/entries' || pathname === '/tags') return page([]);
    throw notFound(url);
  };
}

/** Plans `migration` against the environment that `makeRequest` reads. */
export async function planMigration(
  migration: MigrationFunction,
  makeRequest: MakeRequest,
): Promise<MigrationPlan> {
  const parse = createMigrationParser(makeRequest, {});
  const result = await parse(migration);
  const errors = [
    ...result.stepsValidationErrors,
    ...result.payloadValidationErrors,
    ...result.getValidationErrors(),
  ].map((error) => error.message);
  const steps = result.batches.map((batch) => {
    const message = batch.intent.toPlanMessage();
    return {
      heading: message.heading,
      details: [
        ...message.details,
        ...message.sections.flatMap((section) => [
          section.heading,
          ...section.details.map((detail) => `  ${detail}`),
        ]),
      ],
      requests: batch.requests,
    };
  });
  return { steps, errors };
}
