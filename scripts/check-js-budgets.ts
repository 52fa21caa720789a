/**
 * `npx tsx scripts/check-js-budgets.ts [--dist DIR]`, after `next build`: the gzipped JS each route
 * loads first, against the empty Next app's (scripts/bench/bundles.ts) and the route's budget.
 * Prints one line per route and exits 1 when a route is over its budget or the build has no bundle
 * report. DIR defaults to NEXT_DIST_DIR or `.next`, as in next.config.js.
 */
import { parseArgs } from 'node:util';
import { budgetOf, emptyAppBaselineGzKB, readRouteBundles } from './bench/bundles';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const distDir = values.dist ?? process.env.NEXT_DIST_DIR ?? '.next';

async function main(): Promise<number> {
  const bundles = await readRouteBundles(distDir).catch((error: Error) => {
    console.error(`No bundle report to check: ${error.message}`);
    return [];
  });
  if (bundles.length === 0) return 1;

  console.log(
    `Empty app: ${emptyAppBaselineGzKB} kB. Per route, first-load JS (gzip) and over it:`,
  );
  let over = 0;
  for (const { route, gzKB, overBaselineKB } of bundles.sort((a, b) => b.gzKB - a.gzKB)) {
    const budget = budgetOf(route);
    const verdict = overBaselineKB > budget ? 'OVER BUDGET' : 'ok';
    if (overBaselineKB > budget) over += 1;
    console.log(
      `  ${route.padEnd(30)} ${gzKB.toFixed(1).padStart(6)} kB  +${overBaselineKB.toFixed(1).padStart(5)} of +${budget} kB  ${verdict}`,
    );
  }
  if (over > 0) {
    console.error(`${over} route(s) over their JS budget: see scripts/bench/bundles.ts.`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code));
