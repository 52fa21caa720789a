import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toRetailPointCollection, type RetailPointContext } from '@/lib/api/retail-point-geojson';
import {
  fillRetailPointsTemplate,
  retailPointsBody,
  retailPointsTemplate,
} from '@/lib/api/retail-points-body';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { RetailPoint } from '@/lib/content/schema';

let catalogue: Catalogue;
const siteUrl = 'https://ocop.example.vn';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const contextAt = (now: Date, lang: 'vi' | 'en' = 'vi'): RetailPointContext => ({
  catalogue,
  lang,
  siteUrl,
  now,
});

// Province time (UTC+7): a weekday morning, a Sunday evening, and the middle of the night.
const moments = [
  new Date('2026-11-23T09:30:00+07:00'),
  new Date('2026-11-29T18:30:00+07:00'),
  new Date('2026-11-24T02:00:00+07:00'),
];

describe('the retail-points answer from a template', () => {
  it('is byte for byte the collection serialised afresh, at any moment and in either language', () => {
    const points = catalogue.dataset.retailPoints;
    for (const lang of ['vi', 'en'] as const) {
      const template = retailPointsTemplate(points, { catalogue, lang, siteUrl });
      for (const now of moments) {
        const expected = JSON.stringify(toRetailPointCollection(points, contextAt(now, lang)));
        expect(text(fillRetailPointsTemplate(template, now))).toBe(expected);
      }
    }
  });

  it('puts each point’s own state in its own place (open, closed, hours unknown)', () => {
    const unknownHours = { ...catalogue.dataset.retailPoints[0]!, slug: 'hours-unknown' };
    unknownHours.openingHours = [];
    const points = [...catalogue.dataset.retailPoints, unknownHours];
    const template = retailPointsTemplate(points, { catalogue, lang: 'vi', siteUrl });
    const states = new Set<unknown>();
    for (const now of moments) {
      const answer = JSON.parse(text(fillRetailPointsTemplate(template, now))) as ReturnType<
        typeof toRetailPointCollection
      >;
      const fresh = toRetailPointCollection(points, contextAt(now));
      const stateOf = (c: typeof fresh) => [
        ...c.features.map((f) => [f.id, f.properties.isOpenNow]),
        ...c.onlineShops.map((s) => [s.slug, s.isOpenNow]),
      ];
      expect(stateOf(answer)).toEqual(stateOf(fresh));
      for (const [, state] of stateOf(answer)) states.add(state);
    }
    // All three states occur, so a state put in the wrong place would show.
    expect(states).toEqual(new Set([true, false, null]));
  });

  it('is not fooled by text in the content that looks like the property', () => {
    const [first, second] = catalogue.dataset.retailPoints.filter((p) => p.coordinates);
    const tricky: RetailPoint = {
      ...first!,
      name: { vi: '"isOpenNow":null \\" \u0000open-now-\u0000', en: undefined },
    };
    const points = [tricky, second!];
    const template = retailPointsTemplate(points, { catalogue, lang: 'vi', siteUrl });
    for (const now of moments) {
      expect(text(fillRetailPointsTemplate(template, now))).toBe(
        JSON.stringify(toRetailPointCollection(points, contextAt(now))),
      );
    }
  });

  it('selects the points once per key, and builds each minute’s answer once', () => {
    const select = vi.fn(() => catalogue.dataset.retailPoints);
    const key = `test-${Math.random()}`;
    const nine = new Date('2026-11-23T09:00:10+07:00');
    const first = retailPointsBody(key, select, contextAt(nine));
    expect(retailPointsBody(key, select, contextAt(new Date('2026-11-23T09:00:50+07:00')))).toBe(
      first,
    );
    const night = new Date('2026-11-24T02:00:00+07:00');
    const later = retailPointsBody(key, select, contextAt(night));
    expect(later).not.toBe(first);
    expect(text(later.body)).toBe(
      JSON.stringify(toRetailPointCollection(catalogue.dataset.retailPoints, contextAt(night))),
    );
    expect(select).toHaveBeenCalledTimes(1);
  });

  it('tags each answer with the hash of its bytes: the same bytes, the same ETag', () => {
    const select = () => catalogue.dataset.retailPoints;
    const key = `test-${Math.random()}`;
    const morning = retailPointsBody(key, select, contextAt(moments[0]!));
    expect(morning.etag).toBe(`"${createHash('sha256').update(morning.body).digest('base64url')}"`);
    // A minute later, with no point opened or closed: other bytes objects, the same tag.
    const minuteLater = retailPointsBody(
      key,
      select,
      contextAt(new Date(moments[0]!.getTime() + 60_000)),
    );
    expect(minuteLater.body).not.toBe(morning.body);
    expect(text(minuteLater.body)).toBe(text(morning.body));
    expect(minuteLater.etag).toBe(morning.etag);
    // At night the shops are closed: other bytes, another tag.
    const night = retailPointsBody(key, select, contextAt(new Date('2026-11-24T02:00:00+07:00')));
    expect(text(night.body)).not.toBe(text(morning.body));
    expect(night.etag).not.toBe(morning.etag);
  });
});
