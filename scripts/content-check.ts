/**
 * `npm run content:check [-- --dir DIR]`: validates the content folder. Prints one line per problem
 * (file, field, message) and exits 1 if there is any, so CI and editors catch mistakes before users do.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentUnavailableError } from '../lib/content/content-source';
import { loadLocalContent } from '../lib/content/local/local-source';
import { formatProblem } from '../lib/content/validate';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const contentDir = path.resolve(values.dir ?? process.env.CONTENT_DIR ?? 'content');

async function main() {
  try {
    const { dataset, problems } = await loadLocalContent(contentDir);
    for (const problem of problems) console.error(formatProblem(problem));
    const counts = Object.entries({
      areas: dataset.areas.length,
      rounds: dataset.rounds.length,
      products: dataset.products.length,
      producers: dataset.producers.length,
      events: dataset.events.length,
      retailPoints: dataset.retailPoints.length,
      articles: dataset.articles.length,
    })
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
    console.log(`${path.relative(process.cwd(), contentDir) || '.'}: ${counts}`);
    if (problems.length > 0) {
      console.error(`${problems.length} problem(s) found.`);
      process.exit(1);
    }
    console.log('No problems found.');
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
