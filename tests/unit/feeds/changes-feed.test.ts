import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset, Product } from '@/lib/content/schema';
import { getCertificateChanges, productCertificateChanges } from '@/lib/feeds/certificate-changes';
import { buildChangesRss, changesFeedSize } from '@/lib/feeds/changes-feed';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';

const siteUrl = 'https://ocop.example';
const today = '2026-11-23';
let dataset: Dataset;
let vi: Dictionary;
let en: Dictionary;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  vi = await getDictionary('vi');
  en = await getDictionary('en');
});

const product = (slug: string) => dataset.products.find((p) => p.slug === slug)!;
const summary = (p: Product, day = today) =>
  productCertificateChanges(p, day).map((c) => `${c.date} ${c.kind} ${c.stars ?? ''}`.trim());

describe('certificate changes', () => {
  it('reads recognitions, upgrades and revocations from the history', () => {
    expect(summary(product('nuoc-mam-ca-com-mo-duc'))).toEqual([
      '2020-11-13 certified 3',
      // The first certificate lapsed before the re-evaluation.
      '2023-11-13 expired 3',
      '2023-12-25 re-recognised 3',
      '2025-09-19 upgraded 4',
    ]);
    expect(summary(product('gao-an-tra'))).toEqual([
      '2020-11-13 certified 3',
      '2023-11-13 expired 3',
      '2024-06-14 revoked',
    ]);
  });

  it('adds expiries 36 months after the decision, up to today only', () => {
    expect(summary(product('mach-nha-kim-hong'))).toEqual([
      '2020-11-13 certified 3',
      '2023-11-13 expired 3',
    ]);
    // Certified on 2023-12-25: it expires on 2026-12-25, after "today".
    expect(summary(product('mach-nha-mantoza'))).toEqual(['2023-12-25 certified 4']);
    expect(summary(product('mach-nha-mantoza'), '2026-12-25')).toEqual([
      '2023-12-25 certified 4',
      '2026-12-25 expired 4',
    ]);
  });

  it('does not call a certificate expired when it was renewed in time or revoked first', () => {
    const base = product('mach-nha-kim-hong');
    const renewed: Product = {
      ...base,
      certificate: {
        ...base.certificate,
        decisionDate: '2023-11-10',
        history: [
          { kind: 'certified', date: '2020-11-13', stars: 3 },
          { kind: 're-recognised', date: '2023-11-10', stars: 3 },
        ],
      },
    };
    expect(summary(renewed, '2026-01-01')).toEqual([
      '2020-11-13 certified 3',
      '2023-11-10 re-recognised 3',
    ]);
    const revoked: Product = {
      ...base,
      certificate: {
        ...base.certificate,
        history: [
          { kind: 'certified', date: '2020-11-13', stars: 3 },
          { kind: 'revoked', date: '2022-01-10' },
        ],
      },
    };
    expect(summary(revoked)).toEqual(['2020-11-13 certified 3', '2022-01-10 revoked']);
  });

  it('uses the expiry date a certificate gives, and its decision when there is no history', () => {
    const base = product('mach-nha-kim-hong');
    const p: Product = {
      ...base,
      certificate: { ...base.certificate, expiresOn: '2022-05-01', history: [] },
    };
    expect(summary(p)).toEqual(['2020-11-13 certified 3', '2022-05-01 expired 3']);
  });

  it('lists every product newest first, with every kind present in the sample content', () => {
    const changes = getCertificateChanges(dataset, today);
    const dates = changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(changes.map((c) => c.kind))).toEqual(
      new Set(['certified', 're-recognised', 'upgraded', 'revoked', 'expired']),
    );
    expect(changes.every((c) => c.date <= today)).toBe(true);
  });
});

describe('certification changes feed (RSS 2.0), read back by rss-parser', () => {
  const parser = new Parser();

  it('has one item per change, newest first, linking to the product page', async () => {
    const feed = await parser.parseString(
      buildChangesRss(dataset, { lang: 'vi', siteUrl, today, dict: vi }),
    );
    const changes = getCertificateChanges(dataset, today).slice(0, changesFeedSize);
    expect(feed.title).toBe('Thay đổi chứng nhận OCOP · OCOP Quảng Ngãi');
    expect(feed.feedUrl).toBe(`${siteUrl}/feeds/changes.xml`);
    expect(feed.items).toHaveLength(changes.length);
    const times = feed.items.map((i) => Date.parse(i.isoDate!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.link).toMatch(/^https:\/\/ocop\.example\/vi\/products\/[a-z0-9-]+$/);
    }
  });

  it('names the change in the title and gives the decision', async () => {
    const feed = await parser.parseString(
      buildChangesRss(dataset, { lang: 'vi', siteUrl, today, dict: vi }),
    );
    const upgrade = feed.items.find(
      (i) =>
        i.guid ===
        'tag:ocop.quangngai.vn,2026:vi/certificates/nuoc-mam-ca-com-mo-duc/upgraded/2025-09-19',
    );
    expect(upgrade?.title).toBe('Nước mắm cá cơm Mộ Đức: Nâng hạng lên 4 sao');
    expect(upgrade?.content).toContain('Quyết định 1126/QĐ-UBND ngày 19/09/2025.');
    expect(upgrade?.categories).toEqual(['upgraded']);
    const expiry = feed.items.find(
      (i) =>
        i.guid ===
        'tag:ocop.quangngai.vn,2026:vi/certificates/mach-nha-kim-hong/expired/2023-11-13',
    );
    expect(expiry?.title).toBe('Mạch nha Kim Hồng: Giấy chứng nhận hết hạn');
    // Midnight in the province is 17:00 UTC the day before.
    expect(expiry?.isoDate).toBe('2023-11-12T17:00:00.000Z');
  });

  it('gives each change a guid of product, kind and date that stays put', async () => {
    const build = (site: string) =>
      parser.parseString(buildChangesRss(dataset, { lang: 'en', siteUrl: site, today, dict: en }));
    const guids = (await build(siteUrl)).items.map((i) => i.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect((await build('https://moved.example')).items.map((i) => i.guid)).toEqual(guids);
    expect(guids).toContain(
      'tag:ocop.quangngai.vn,2026:en/certificates/gao-an-tra/revoked/2024-06-14',
    );
  });

  it('speaks English with ?lang=en', async () => {
    const feed = await parser.parseString(
      buildChangesRss(dataset, { lang: 'en', siteUrl, today, dict: en }),
    );
    expect(feed.title).toBe('OCOP certification changes · OCOP Quảng Ngãi');
    const revoked = feed.items.find((i) => i.guid?.endsWith('/gao-an-tra/revoked/2024-06-14'));
    expect(revoked?.title).toBe('Ấn Trà rice: Certificate revoked');
    expect(revoked?.link).toBe(`${siteUrl}/en/products/gao-an-tra`);
  });
});
