/** Lighthouse budgets (scripts/lighthouse/budgets.ts): what passes and what fails a page. */
import { describe, expect, it } from 'vitest';
import {
  categories,
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
