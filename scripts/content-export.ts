/**
 * `npm run content:export -- --out FILE [--dir DIR] [--site-url URL]`: writes the content folder as
 * a file for Contentful's `contentful-import`, so a new space is seeded from the sample data with
 *
 *   npx contentful-import --space-id SPACE --management-token TOKEN --content-file FILE
 *
 * Pictures stored on this site (`/images/…`) are given as `--site-url` + path, where the import
 * fetches them; the default is SITE_URL. Records with problems are left out, as on the site, and
 * listed; the exit code is 1 then, so a half export is never mistaken for a whole one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentUnavailableError } from '../lib/content/content-source';
import { toContentfulExport } from '../lib/content/contentful/export';
import { loadLocalContent } from '../lib/content/local/local-source';
import { formatProblem } from '../lib/content/validate';
import { parseEnv } from '../lib/env';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    dir: { type: 'string' },
    'site-url': { type: 'string' },
  },
});

async function main() {
  if (!values.out) {
    console.error('Usage: npm run content:export -- --out FILE [--dir DIR] [--site-url URL]');
    process.exit(2);
  }
  const env = parseEnv({ ...process.env, CONTENT_SOURCE: 'local' });
  const contentDir = path.resolve(values.dir ?? env.CONTENT_DIR);
  const siteUrl = (values['site-url'] ?? env.SITE_URL).replace(/\/+$/, '');
  try {
    const { dataset, problems } = await loadLocalContent(contentDir);
    const file = toContentfulExport(dataset, siteUrl);
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await writeFile(values.out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(
      `${values.out}: ${file.contentTypes.length} content types, ${file.entries.length} entries, ` +
        `${file.assets.length} assets, locales ${file.locales.map((l) => l.code).join(', ')}`,
    );
    if (problems.length > 0) {
      for (const problem of problems) console.error(formatProblem(problem));
      console.error(`${problems.length} problem(s): the records concerned were left out.`);
      process.exit(1);
    }
  } catch (error) {
    if (error instanceof ContentUnavailableError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
