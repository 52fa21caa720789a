import { describe, expect, it, vi } from 'vitest';
import { cachedJsonBody } from '@/lib/api/body-cache';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('cached JSON bodies', () => {
  it('builds an answer once per key and serves the same bytes again, as UTF-8', () => {
    const build = vi.fn(() => ({ type: 'FeatureCollection', name: 'Chợ Ba Tơ', features: [] }));
    const first = cachedJsonBody('v1|2026-11-23T10:00|kind=market', build);
    const again = cachedJsonBody('v1|2026-11-23T10:00|kind=market', build);
    expect(again).toBe(first);
    expect(JSON.parse(text(first))).toEqual({
      type: 'FeatureCollection',
      name: 'Chợ Ba Tơ',
      features: [],
    });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again when anything in the key differs (content version, minute, parameters)', () => {
    const build = vi.fn(() => ({ ok: true }));
    cachedJsonBody('v1|2026-11-23T10:00|', build);
    cachedJsonBody('v2|2026-11-23T10:00|', build);
    cachedJsonBody('v2|2026-11-23T10:01|', build);
    expect(build).toHaveBeenCalledTimes(3);
  });
});
