/** Lighthouse budgets (scripts/lighthouse/budgets.ts): what passes and what fails a page. */
import { describe, expect, it, vi } from 'vitest';
import {
  attemptsPerPage,
  categories,
  judgePage,
  lighthousePages,
  performanceFloor,
  scoreVerdicts,
} from '../../../scripts/lighthouse/budgets';

const page = lighthousePages.find((p) => p.name === 'product')!;
const map = lighthousePages.find((p) => p.name === 'where to buy')!;
const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
const failing = (verdicts: ReturnType<typeof scoreVerdicts>) =>
  verdicts.filter((v) => v.verdict === 'fail').map((v) => v.category);

describe('scoreVerdicts', () => {
  it('passes a perfect page and says the target is met', () => {
    const verdicts = scoreVerdicts(page, perfect, true);
    expect(failing(verdicts)).toEqual([]);
    expect(verdicts.find((v) => v.category === 'performance')?.note).toBe('target 95 met');
  });

  it('fails accessibility, best practices or SEO anywhere under 100', () => {
    for (const category of categories.filter((c) => c !== 'performance')) {
      expect(failing(scoreVerdicts(page, { ...perfect, [category]: 99 }, false))).toEqual([
        category,
      ]);
    }
  });

  it('holds performance to the floor, and to the target only when strict', () => {
    const slow = { ...perfect, performance: performanceFloor + 5 };
    expect(failing(scoreVerdicts(page, slow, false))).toEqual([]);
    expect(scoreVerdicts(page, slow, false)[0]?.note).toBe('target 95 missed');
    expect(failing(scoreVerdicts(page, slow, true))).toEqual(['performance']);
    expect(
      failing(scoreVerdicts(page, { ...perfect, performance: performanceFloor - 1 }, false)),
    ).toEqual(['performance']);
  });

  it('gives the map page its own target of 90 and the others 95', () => {
    expect(failing(scoreVerdicts(map, { ...perfect, performance: 90 }, true))).toEqual([]);
    expect(failing(scoreVerdicts(page, { ...perfect, performance: 90 }, true))).toEqual([
      'performance',
    ]);
    expect(lighthousePages.map((p) => p.name)).toEqual([
      'home',
      'catalogue',
      'product',
      'events',
      'event',
      'where to buy',
      'news',
      'press',
      'stats',
    ]);
  });
});

describe('judgePage', () => {
  /** A measure that answers these performance scores in turn, and counts its calls. */
  function runs(...performance: number[]) {
    const queue = [...performance];
    const measure = vi.fn(async () => ({
      scores: { ...perfect, performance: queue.shift()! },
      failedAudits: [],
    }));
    return measure;
  }

  it('measures a page within budget once', async () => {
    const measure = runs(80, 20);
    const judged = await judgePage(page, measure, false);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(judged.performanceRuns).toEqual([80]);
    expect(failing(judged.verdicts)).toEqual([]);
  });

  it('measures again a page under budget and judges it on its best run', async () => {
    const measure = runs(60, 90, 20);
    const judged = await judgePage(page, measure, false);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(judged.performanceRuns).toEqual([60, 90]);
    expect(judged.best.scores.performance).toBe(90);
    expect(failing(judged.verdicts)).toEqual([]);
  });

  it(`fails a page that stays under budget in ${attemptsPerPage} runs, on its best score`, async () => {
    const measure = runs(60, 66, 62, 99);
    const judged = await judgePage(page, measure, false);
    expect(measure).toHaveBeenCalledTimes(attemptsPerPage);
    expect(judged.performanceRuns).toEqual([60, 66, 62]);
    expect(judged.best.scores.performance).toBe(66);
    expect(failing(judged.verdicts)).toEqual(['performance']);
  });

  it('holds a strict run to the target, and the map page to its own', async () => {
    expect(failing((await judgePage(page, runs(94, 93, 92), true)).verdicts)).toEqual([
      'performance',
    ]);
    expect(failing((await judgePage(map, runs(85, 90), true)).verdicts)).toEqual([]);
  });
});
