/**
 * `npx tsx scripts/check-client-bundle.ts [--dist DIR]`, after `next build`: proves no server-only
 * environment variable reaches the browser. It reads every file the browser can download:
 * - the client chunks (DIR/static): no variable's name (a name there means server code, and with it
 *   `process.env`, was bundled for the browser), no Contentful personal access token, and no
 *   secret's value as set in this environment;
 * - the prerendered pages and their RSC payloads (DIR/server/app): no secret's value (a server
 *   component that passed a token to a client component would put it there).
 * Prints one line per hit (file, variable, what was found) and exits 1 on any, or when there is no
 * build to check. DIR defaults to NEXT_DIST_DIR or `.next`, as in next.config.js.
 *
 * The variable names come from lib/env.ts's schema, so a variable added there is checked here too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvConfig } from '@next/env';
import { parseEnv } from '../lib/env';

/** Read by the scripts only (scripts/contentful-migrate.ts), never by the site: not in lib/env.ts. */
const scriptOnlyVariables = ['CONTENTFUL_MANAGEMENT_TOKEN'];

/** A variable whose value is a credential: the value itself must never be served. */
export const isSecretVariable = (name: string): boolean =>
  /(TOKEN|SECRET|PASSWORD|KEY)$/.test(name);

/**
 * Every variable lib/env.ts validates, in schema order, read off the schema itself: parsing an
 * environment that records which names it is asked for. NEXT_PUBLIC_ names are public by design.
 */
export function serverVariableNames(): string[] {
  const asked = new Set<string>();
  const record = (key: string | symbol) => {
    if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key)) asked.add(key);
  };
  const recordingEnv = new Proxy({} as Record<string, string | undefined>, {
    get: (_, key) => (record(key), undefined),
    has: (_, key) => (record(key), false),
  });
  parseEnv(recordingEnv);
  if (asked.size === 0) throw new Error('lib/env.ts asked for no variable: the check cannot run.');
  return [...asked, ...scriptOnlyVariables].filter((name) => !name.startsWith('NEXT_PUBLIC_'));
}

export interface Marker {
  variable: string;
  /** What gives the variable away: its name, its value, or the shape of such a value. */
  kind: 'name' | 'value' | 'token';
  pattern: RegExp;
}

/** Values shorter than this would match by chance; the check says so rather than guess. */
export const minimumValueLength = 8;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What must not appear in client chunks (`chunks`) and in prerendered pages (`pages`), given the
 * variable names and the environment the build ran with. Pages may name a variable (prose could),
 * so only values are looked for there.
 */
export function markersFor(
  names: readonly string[],
  env: Record<string, string | undefined>,
): { chunks: Marker[]; pages: Marker[]; unchecked: string[] } {
  const nameMarkers: Marker[] = names.map((variable) => ({
    variable,
    kind: 'name',
    // The whole name: CONTENTFUL_HOST must not hit on a CONTENTFUL_HOSTNAME.
    pattern: new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(variable)}(?![A-Za-z0-9_])`),
  }));
  const valueMarkers: Marker[] = [];
  const unchecked: string[] = [];
  for (const variable of names.filter(isSecretVariable)) {
    const value = env[variable]?.trim();
    if (!value) continue;
    if (value.length < minimumValueLength) {
      unchecked.push(variable);
      continue;
    }
    valueMarkers.push({ variable, kind: 'value', pattern: new RegExp(escapeRegExp(value)) });
  }
  // A Contentful personal access token (what CONTENTFUL_MANAGEMENT_TOKEN holds) has a known shape.
  const tokenMarkers: Marker[] = [
    {
      variable: 'CONTENTFUL_MANAGEMENT_TOKEN',
      kind: 'token',
      pattern: /CFPAT-[A-Za-z0-9_-]{20,}/,
    },
  ];
  return {
    chunks: [...nameMarkers, ...tokenMarkers, ...valueMarkers],
    pages: [...tokenMarkers, ...valueMarkers],
    unchecked,
  };
}

export interface Hit {
  file: string;
  variable: string;
  kind: Marker['kind'];
}

/** The markers found in one file's text. */
export function scanText(file: string, text: string, markers: readonly Marker[]): Hit[] {
  return markers
    .filter((marker) => marker.pattern.test(text))
    .map(({ variable, kind }) => ({ file, variable, kind }));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Prerendered output the server sends as is: HTML, RSC payloads, segment prefetches. */
const isPrerenderedOutput = (file: string) =>
  /\.(html|rsc|body|meta)$/.test(file) || file.includes('.segments' + path.sep);

async function scanDir(files: readonly string[], markers: readonly Marker[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const file of files) {
    // latin1 keeps every byte, so binary files (fonts, images) are read without errors.
    hits.push(...scanText(file, await readFile(file, 'latin1'), markers));
  }
  return hits;
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const distDir = path.resolve(values.dist ?? process.env.NEXT_DIST_DIR ?? '.next');
  const staticDir = path.join(distDir, 'static');
  // The .env files `next build` read, so a secret kept there is looked for too.
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

  let chunkFiles: string[];
  try {
    chunkFiles = await filesUnder(staticDir);
  } catch {
    console.error(`No client build at ${staticDir}: run \`next build\` first.`);
    process.exit(1);
  }
  if (chunkFiles.length === 0) {
    console.error(`${staticDir} is empty: run \`next build\` first.`);
    process.exit(1);
  }
  const pageFiles = (await filesUnder(path.join(distDir, 'server', 'app')).catch(() => [])).filter(
    isPrerenderedOutput,
  );

  const names = serverVariableNames();
  const markers = markersFor(names, process.env);
  const hits = [
    ...(await scanDir(chunkFiles, markers.chunks)),
    ...(await scanDir(pageFiles, markers.pages)),
  ];
  for (const variable of markers.unchecked) {
    console.warn(
      `${variable} is set but shorter than ${minimumValueLength} characters: its value was not looked for.`,
    );
  }
  for (const hit of hits) {
    console.error(`${path.relative(process.cwd(), hit.file)}: ${hit.variable} (${hit.kind})`);
  }
  if (hits.length > 0) {
    console.error(`${hits.length} server-only variable(s) found in what the browser downloads.`);
    process.exit(1);
  }
  const valuesChecked = markers.pages.filter((marker) => marker.kind === 'value').length;
  console.log(
    `${chunkFiles.length} client files and ${pageFiles.length} prerendered files checked for ` +
      `${names.length} server-only variable names and ${valuesChecked} secret value(s): none found.`,
  );
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('check-client-bundle')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
