/**
 * What Lighthouse must score on each page (scripts/lighthouse.ts). Accessibility, best practices
 * and SEO: 100, always. Performance has two figures:
 * - the target the site is held to (95; the map page 90). These shared 2-core machines show it on
 *   most pages, not on every run: 87–99 in three runs of the nine pages on 2026-11-24, with the
 *   framework's compile hints and the first visit in the system's font (without them, 77–93, and
 *   an empty Next 16 app 82–90);
 * - the floor `npm test` enforces, below the lowest score measured here, so that a real regression
 *   (a heavy library, a blocking request) fails the tests while the machine's noise does not.
 *
 * Why the noise: Lighthouse simulates a phone from a trace of the page loading here, and counts
 * blocking time only from the simulated first paint on. Which tasks fall after that paint depends
 * on when the real first paint came, and on these two cores that moves with whatever else runs:
 * the same page's first paint came at 0.6 s in one load and 2.3 s in the next, with the main thread
 * idle in between. A late paint leaves little blocking time and a late largest paint; an early one
 * the reverse. Since the stylesheet is linked rather than inlined (next.config.js), the first
 * paint waits for the whole page's first layout, which no longer counts as blocking time.
 */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthousePage {
  name: string;
  path: string;
  performanceTarget: number;
}

/** Home, catalogue, a product, events, an event, where to buy, news, press and statistics. */
export const lighthousePages: LighthousePage[] = [
  { name: 'home', path: '/vi', performanceTarget: 95 },
  { name: 'catalogue', path: '/vi/products', performanceTarget: 95 },
  { name: 'product', path: '/vi/products/mach-nha-mantoza', performanceTarget: 95 },
  { name: 'events', path: '/vi/events', performanceTarget: 95 },
  { name: 'event', path: '/vi/events/phien-cho-ocop-ba-to-thang-12-2026', performanceTarget: 95 },
  { name: 'where to buy', path: '/vi/where-to-buy', performanceTarget: 90 },
  { name: 'news', path: '/vi/news', performanceTarget: 95 },
  { name: 'press', path: '/vi/press', performanceTarget: 95 },
  { name: 'stats', path: '/vi/stats', performanceTarget: 95 },
];

/**
 * The performance score `npm test` fails under (see above), judged on a page's best of up to three
 * runs (`judgePage`). Measured with Lighthouse on 2026-11-25, four alternating runs of each of the
 * nine pages: 75–98 (mean 91.9) with the stylesheet linked, 74–99 (mean 87.4) with it inlined.
 * Linked, each page's best of its first three runs was 91–98 (inlined, the events page's was 80).
 * 80 leaves room for a busy machine while a real regression (a heavy library, a blocking request)
 * shows. The compile hints and the first visit in the system's font (about 6 points each) and the
 * linked stylesheet each have a browser test of their own (tests/e2e/shell.spec.ts).
 */
export const performanceFloor = 80;

export interface PageScores {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Ids of the pass/fail audits that failed, to say why. */
  failedAudits: string[];
}

export interface Verdict {
  category: Category;
  score: number;
  verdict: 'pass' | 'fail';
  /** For performance: how the score stands against the target. */
  note?: string;
}

/** Each category's score judged against its budget; `strict` gates performance on the target. */
export function scoreVerdicts(
  page: LighthousePage,
  scores: Record<Category, number>,
  strict: boolean,
): Verdict[] {
  return categories.map((category) => {
    const score = scores[category];
    if (category !== 'performance') {
      return { category, score, verdict: score >= 100 ? 'pass' : 'fail' };
    }
    const gate = strict ? page.performanceTarget : performanceFloor;
    const note =
      score >= page.performanceTarget
        ? `target ${page.performanceTarget} met`
        : `target ${page.performanceTarget} missed`;
    return { category, score, verdict: score >= gate ? 'pass' : 'fail', note };
  });
}

/** Runs of one page at most before it fails its budget. */
export const attemptsPerPage = 3;

export interface PageJudgement {
  /** The run the page is judged on: its best performance score. */
  best: PageScores;
  /** Every run's performance score, in order. */
  performanceRuns: number[];
  verdicts: Verdict[];
}

/**
 * Measures a page until its best run is within budget, at most `attemptsPerPage` times, and judges
 * it on that best run (Lighthouse CI's "optimistic" aggregation): the machine's noise only ever
 * lowers a score, so the best of a few runs is the page's own.
 */
export async function judgePage(
  page: LighthousePage,
  measure: () => Promise<PageScores>,
  strict: boolean,
): Promise<PageJudgement> {
  const performanceRuns: number[] = [];
  let best = await measure();
  performanceRuns.push(best.scores.performance);
  let verdicts = scoreVerdicts(page, best.scores, strict);
  while (verdicts.some((v) => v.verdict === 'fail') && performanceRuns.length < attemptsPerPage) {
    const run = await measure();
    performanceRuns.push(run.scores.performance);
    if (run.scores.performance > best.scores.performance) best = run;
    verdicts = scoreVerdicts(page, best.scores, strict);
  }
  return { best, performanceRuns, verdicts };
}
