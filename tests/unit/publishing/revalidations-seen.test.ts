import { describe, expect, it, vi } from 'vitest';
import { sameTagState, toTagState } from '../../../cache-handlers/redis-store.mjs';

describe('revalidations seen by this process', () => {
  it('counts each one, and every copy of the module reads the same count', async () => {
    vi.resetModules();
    const first = await import('../../../cache-handlers/revalidations-seen.mjs');
    vi.resetModules();
    const second = await import('../../../cache-handlers/revalidations-seen.mjs');
    const before = second.revalidationsSeen();
    first.noteRevalidation();
    first.noteRevalidation();
    expect(second.revalidationsSeen()).toBe(before + 2);
  });
});

describe('sameTagState (a change read from Redis counts as a revalidation seen)', () => {
  const state = (stale: Record<string, string>, expired: Record<string, string>) =>
    toTagState(stale, expired);

  it('holds for the same times of the same tags', () => {
    expect(
      sameTagState(
        state({ content: '5' }, { content: '7' }),
        state({ content: '5' }, { content: '7' }),
      ),
    ).toBe(true);
    expect(sameTagState(state({}, {}), state({}, {}))).toBe(true);
  });

  it('fails when a time, or the set of tags, differs', () => {
    expect(sameTagState(state({ content: '5' }, {}), state({ content: '6' }, {}))).toBe(false);
    expect(sameTagState(state({}, { content: '7' }), state({ content: '7' }, {}))).toBe(false);
    expect(sameTagState(state({ content: '5' }, {}), state({ content: '5', a: '1' }, {}))).toBe(
      false,
    );
    expect(sameTagState(state({}, {}), state({ content: '5' }, {}))).toBe(false);
  });
});
