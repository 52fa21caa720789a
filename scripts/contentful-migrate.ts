/**
 * `npm run contentful:migrate [-- --dry-run] [-- --verbose]`: brings a Contentful environment to the
 * content model of lib/content/contentful/model.ts.
 *
 * 1. Locales: Vietnamese default, English optional without fallback (contentful/locale-setup.ts).
 * 2. The migration log: the `migrationLog` content type, which records what has run (see
 *    contentful/migration-log.ts), so a rerun skips what the environment already has.
 * 3. The pending migrations of contentful/migrations/, each with contentful-migration's
 *    `runMigration`, and a log entry once each succeeds.
 *
 * Reads CONTENTFUL_SPACE_ID, CONTENTFUL_ENVIRONMENT (default master) and CONTENTFUL_MANAGEMENT_TOKEN,
 * a personal access token: the delivery and preview tokens the site uses cannot change a model,
 * which is why this token is not in lib/env.ts and the site never sees it. CONTENTFUL_MANAGEMENT_HOST
 * (default api.contentful.com) serves spaces hosted in the EU (api.eu.contentful.com).
 *
 * `--dry-run` changes nothing. With the variables set it reads the environment and prints what would
 * change; without them it prints the plan for an empty environment.
 */
import { parseArgs } from 'node:util';
import { createClient, type PlainClientAPI } from 'contentful-management';
import { runMigration } from 'contentful-migration';
import { planLocaleChanges, type LocaleChange } from '../contentful/locale-setup';
import {
  migrationLogContentType,
  migrationLogContentTypeId,
  pendingMigrations,
  toLogEntryId,
  type AppliedMigration,
  type MigrationScript,
} from '../contentful/migration-log';
import { inMemoryEnvironment, planMigration, type MakeRequest } from '../contentful/migration-plan';
import { migrations } from '../contentful/migrations';
import { defaultLocale } from '../lib/content/contentful/model';

const usage = 'usage: npm run contentful:migrate [-- --dry-run] [-- --verbose]';

interface Settings {
  spaceId: string;
  environmentId: string;
  accessToken: string;
  host: string;
}

const explanations = {
  CONTENTFUL_SPACE_ID: 'the space id (Settings → General settings)',
  CONTENTFUL_MANAGEMENT_TOKEN:
    'a personal access token, CFPAT-… (avatar → Account settings → CMA tokens); the delivery and preview tokens cannot change a content model',
} as const;

/** The settings from the environment, or undefined in a dry run that has none. */
function readSettings(env: NodeJS.ProcessEnv, isDryRun: boolean): Settings | undefined {
  const read = (name: string) => env[name]?.trim() || undefined;
  const spaceId = read('CONTENTFUL_SPACE_ID');
  const accessToken = read('CONTENTFUL_MANAGEMENT_TOKEN');
  const environmentId = read('CONTENTFUL_ENVIRONMENT') ?? 'master';
  const host = read('CONTENTFUL_MANAGEMENT_HOST') ?? 'api.contentful.com';
  if (spaceId && accessToken) {
    const deliveryTokens = [read('CONTENTFUL_ACCESS_TOKEN'), read('CONTENTFUL_PREVIEW_TOKEN')];
    if (deliveryTokens.includes(accessToken)) {
      throw new Error(
        `CONTENTFUL_MANAGEMENT_TOKEN is one of the site's delivery tokens; it must be ${explanations.CONTENTFUL_MANAGEMENT_TOKEN}`,
      );
    }
    return { spaceId, environmentId, accessToken, host };
  }
  if (isDryRun && !spaceId && !accessToken) return undefined;
  const missing = (['CONTENTFUL_SPACE_ID', 'CONTENTFUL_MANAGEMENT_TOKEN'] as const)
    .filter((name) => !read(name))
    .map((name) => `  ${name}: ${explanations[name]}`);
  throw new Error(`Missing environment variables:\n${missing.join('\n')}\n${usage}`);
}

const isMessage = (value: unknown): value is { message: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { message?: unknown }).message === 'string';

/** What went wrong, readably: a CMA error carries its response as JSON in its `message`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // runMigration throws one error that holds the list (validation or request errors).
  const listed = (error as Error & { errors?: unknown[] }).errors;
  if (Array.isArray(listed) && listed.length > 0) {
    const lines = listed.map((item) => `  ${isMessage(item) ? item.message : String(item)}`);
    return `${error.message}:\n${lines.join('\n')}`;
  }
  try {
    const parsed = JSON.parse(error.message) as {
      status?: number;
      statusText?: string;
      message?: string;
      details?: { errors?: unknown[] };
      request?: { method?: string; url?: string };
    };
    const where = parsed.request ? ` (${parsed.request.method} ${parsed.request.url})` : '';
    const details = parsed.details?.errors?.length
      ? `\n  ${JSON.stringify(parsed.details.errors)}`
      : '';
    const hint =
      parsed.status === 401 || parsed.status === 403
        ? "\n  Check CONTENTFUL_MANAGEMENT_TOKEN: a personal access token (CFPAT-…) of a user who may edit this space's content model. The delivery and preview tokens cannot."
        : '';
    return `${parsed.status} ${parsed.statusText}: ${parsed.message}${where}${details}${hint}`;
  } catch {
    return error.message;
  }
}

const isNotFound = (error: unknown) => error instanceof Error && error.name === 'NotFound';

async function readLocaleChanges(client: PlainClientAPI): Promise<LocaleChange[]> {
  const { items } = await client.locale.getMany({ query: { limit: 1000 } });
  const existing = items.map((locale) => ({
    id: locale.sys.id,
    code: locale.code,
    name: locale.name,
    default: locale.default,
    optional: locale.optional,
    fallbackCode: locale.fallbackCode,
  }));
  const isDefaultRight = existing.some((locale) => locale.default && locale.code === defaultLocale);
  // Entries only matter when the default locale must be renamed; skip the request otherwise.
  const hasEntries =
    !isDefaultRight && (await client.entry.getMany({ query: { limit: 1 } })).total > 0;
  return planLocaleChanges(existing, hasEntries);
}

async function applyLocaleChange(client: PlainClientAPI, change: LocaleChange): Promise<void> {
  if (change.kind === 'create') {
    await client.locale.create({}, { ...change.locale });
    return;
  }
  const current = await client.locale.get({ localeId: change.localeId });
  await client.locale.update({ localeId: change.localeId }, { ...current, ...change.set });
}

/** Creates and publishes the log's content type unless the environment has it. */
async function ensureMigrationLog(client: PlainClientAPI): Promise<boolean> {
  const contentTypeId = migrationLogContentTypeId;
  try {
    const found = await client.contentType.get({ contentTypeId });
    if (!found.sys.publishedVersion) await client.contentType.publish({ contentTypeId }, found);
    return false;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const created = await client.contentType.createWithId({ contentTypeId }, migrationLogContentType);
  await client.contentType.publish({ contentTypeId }, created);
  return true;
}

async function readMigrationLog(client: PlainClientAPI): Promise<AppliedMigration[]> {
  try {
    const { items } = await client.entry.getMany({
      query: { content_type: migrationLogContentTypeId, limit: 1000 },
    });
    return items.map((entry) => ({
      id: String(entry.fields.migration?.[defaultLocale] ?? ''),
      checksum: entry.fields.checksum?.[defaultLocale] as string | undefined,
      appliedAt: String(entry.fields.appliedAt?.[defaultLocale] ?? ''),
    }));
  } catch (error) {
    // A dry run on an environment that has never been migrated has no log type yet.
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function recordMigration(client: PlainClientAPI, script: MigrationScript): Promise<void> {
  const entryId = toLogEntryId(script.id);
  const fields = {
    migration: { [defaultLocale]: script.id },
    appliedAt: { [defaultLocale]: new Date().toISOString() },
    ...(script.checksum ? { checksum: { [defaultLocale]: script.checksum } } : {}),
  };
  try {
    const current = await client.entry.get({ entryId });
    await client.entry.update({ entryId }, { ...current, fields });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await client.entry.createWithId(
      { contentTypeId: migrationLogContentTypeId, entryId },
      { fields },
    );
  }
}

function describeStatus(script: MigrationScript, applied: readonly AppliedMigration[]): string {
  const logged = applied.find((entry) => entry.id === script.id);
  if (!logged) return 'not applied';
  if (script.checksum && logged.checksum !== script.checksum) {
    return `applied ${logged.appliedAt}, model changed since`;
  }
  return `applied ${logged.appliedAt}, up to date`;
}

async function printPlan(script: MigrationScript, makeRequest: MakeRequest, isVerbose: boolean) {
  const plan = await planMigration(script.run, makeRequest);
  const requestCount = plan.steps.reduce((sum, step) => sum + step.requests.length, 0);
  console.log(`  ${script.id}: ${plan.steps.length} step(s), ${requestCount} request(s)`);
  for (const step of plan.steps) {
    const fieldCount = step.details.filter((line) => /^(Create|Update) field /.test(line)).length;
    console.log(`    ${step.heading}${fieldCount ? ` (${fieldCount} fields)` : ''}`);
    if (isVerbose) for (const line of step.details) console.log(`      ${line}`);
  }
  for (const error of plan.errors) console.error(`    error: ${error}`);
  if (plan.errors.length > 0) throw new Error(`${script.id} would fail; nothing was changed`);
}

/** A dry run with no credentials: what every migration would do to an empty environment. */
async function dryRunOffline(isVerbose: boolean) {
  console.log('Dry run without CONTENTFUL_SPACE_ID and CONTENTFUL_MANAGEMENT_TOKEN:');
  console.log('the plan for an empty environment; nothing is read or changed.\n');
  console.log(`Locales: ${defaultLocale} as default, en optional without fallback.`);
  console.log(`Migration log: content type ${migrationLogContentTypeId}.`);
  console.log('Migrations:');
  for (const script of pendingMigrations(migrations, [])) {
    await printPlan(script, inMemoryEnvironment(), isVerbose);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const isDryRun = values['dry-run'];
  const settings = readSettings(process.env, isDryRun);
  if (!settings) return dryRunOffline(values.verbose);

  const { spaceId, environmentId, accessToken, host } = settings;
  const client = createClient(
    { accessToken, host, application: 'ocop-quang-ngai.contentful-migrate/1.0' },
    { type: 'plain', defaults: { spaceId, environmentId } },
  );
  console.log(`${isDryRun ? 'Dry run: ' : ''}space ${spaceId}, environment ${environmentId}`);

  const localeChanges = await readLocaleChanges(client);
  if (localeChanges.length === 0) console.log('Locales: up to date.');
  for (const change of localeChanges) {
    if (!isDryRun) await applyLocaleChange(client, change);
    console.log(`Locales: ${isDryRun ? 'would ' : ''}${change.description}`);
  }

  if (isDryRun) {
    console.log(`Migration log: content type ${migrationLogContentTypeId} (created if missing).`);
  } else if (await ensureMigrationLog(client)) {
    console.log(`Migration log: created content type ${migrationLogContentTypeId}.`);
  }

  const applied = await readMigrationLog(client);
  console.log('Migrations:');
  for (const script of migrations)
    console.log(`  ${script.id}: ${describeStatus(script, applied)}`);
  const pending = pendingMigrations(migrations, applied);
  if (pending.length === 0) {
    console.log('Nothing to migrate.');
    return;
  }

  if (isDryRun) {
    // Planned against the environment as it is now: a later migration's plan does not yet see
    // what the earlier ones would change.
    const readOnly: MakeRequest = async ({ method, url }) => {
      if (method !== 'GET') throw new Error(`A dry run does not write (${method} ${url})`);
      return client.raw.get(
        `https://${host}/spaces/${spaceId}/environments/${environmentId}${url}`,
      );
    };
    console.log('Would apply:');
    for (const script of pending) await printPlan(script, readOnly, values.verbose);
    return;
  }

  for (const script of pending) {
    console.log(`\nApplying ${script.id}…`);
    await runMigration({
      migrationFunction: script.run,
      spaceId,
      environmentId,
      accessToken,
      host,
      // The plan is printed by runMigration itself; asking to confirm would block CI.
      yes: true,
    });
    await recordMigration(client, script);
    console.log(`Recorded ${script.id} in the migration log.`);
  }
  console.log(`\nDone: ${pending.length} migration(s) applied.`);
}

main().catch((error: unknown) => {
  console.error(`\ncontentful:migrate failed: ${describeError(error)}`);
  process.exit(1);
});
