import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import {
  embedCardCss,
  eventCardView,
  productCardView,
  renderEmbedCard,
  renderEmbedMessage,
  type EmbedCardView,
} from '@/lib/embed/embed-card';
import { embedCardUrl, parseEmbedLanguage, recordPageUrl } from '@/lib/embed/embed-urls';
import { eventPhase, formatEventRange } from '@/lib/embed/event-facts';
import { escapeHtml, markup } from '@/lib/embed/html';
import { en } from '@/lib/i18n/dictionaries/en';
import { vi } from '@/lib/i18n/dictionaries/vi';

const siteUrl = 'https://ocop.example.gov.vn';
const today = '2026-11-23';
const now = new Date('2026-11-23T10:00:00+07:00');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

const productCard = (slug: string, lang: 'vi' | 'en' = 'vi') =>
  renderEmbedCard(
    productCardView(catalogue.product(slug)!, {
      catalogue,
      lang,
      siteUrl,
      dict: lang === 'vi' ? vi : en,
      today,
    }),
  );
const eventCard = (slug: string, lang: 'vi' | 'en' = 'vi') =>
  renderEmbedCard(
    eventCardView(catalogue.event(slug)!, {
      catalogue,
      lang,
      siteUrl,
      dict: lang === 'vi' ? vi : en,
      now,
    }),
  );

describe('the HTML writer', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const name = '<script>alert(1)</script>';
    expect(markup`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
  it('passes nested markup through and renders nothing for false, null and undefined', () => {
    const items = ['a', 'b&c'].map((x) => markup`<li>${x}</li>`);
    expect(markup`<ul>${items}${false}${null}${undefined}${0}</ul>`.value).toBe(
      '<ul><li>a</li><li>b&amp;c</li>0</ul>',
    );
  });
});

describe('the card language', () => {
  const lang = (query: string) => parseEmbedLanguage(new URLSearchParams(query));
  it('is Vietnamese by default and English when asked', () => {
    expect(lang('')).toEqual({ ok: true, lang: 'vi' });
    expect(lang('lang=en')).toEqual({ ok: true, lang: 'en' });
  });
  it('refuses anything else, so a wrong embed code shows at once', () => {
    for (const query of ['lang=fr', 'lang=EN', 'lang=', 'lang=vi&lang=en']) {
      expect(lang(query), query).toEqual({ ok: false });
    }
  });
  it('is written into the card URL; the page URL carries it in the path', () => {
    expect(embedCardUrl(siteUrl, 'event', 'x', 'vi')).toBe(`${siteUrl}/embed/events/x?lang=vi`);
    expect(recordPageUrl(siteUrl, 'product', 'x', 'en')).toBe(`${siteUrl}/en/products/x`);
  });
});

describe('a product card', () => {
  it('shows name, stars, certificate status, producer and place, and links to the page in the top window', () => {
    const html = productCard('mach-nha-mantoza');
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).toContain('<h1>Mạch nha Quảng Ngãi Mantoza</h1>');
    expect(html).toContain('<span aria-hidden="true">OCOP ★★★★</span> 4 sao');
    expect(html).toContain('<li class="warning">Sắp hết hạn</li><li class="n">đến 25/12/2026</li>');
    expect(html).toContain('<dt>Nhà sản xuất</dt><dd>Công ty Cổ phần Đường Quảng Ngãi');
    expect(html).toContain('<dd>phường Trương Quang Trọng</dd>');
    expect(html).toContain(
      `<a href="${siteUrl}/vi/products/mach-nha-mantoza" target="_top">Xem trên OCOP Quảng Ngãi →</a>`,
    );
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}/vi/products/mach-nha-mantoza">`);
    expect(html).toContain('src="/images/groups/food.svg"');
    expect(html).toContain('Dữ liệu mẫu');
  });

  it('is in English when asked, and marks the potential five stars', () => {
    const html = productCard('toi-ly-son-phu-sinh', 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Potential 5 stars');
    expect(html).toContain('View on OCOP Quảng Ngãi');
  });

  it('says when a certificate no longer holds, without an expiry note', () => {
    expect(productCard('gao-an-tra')).toContain('<li class="negative">Đã thu hồi</li></ul>');
    expect(productCard('mach-nha-kim-hong', 'en')).toContain(
      '<li class="negative">Expired</li></ul>',
    );
  });

  it('carries no script and only its own small stylesheet', () => {
    for (const slug of catalogue.dataset.products.map((p) => p.slug)) {
      const html = productCard(slug);
      expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
      expect(Buffer.byteLength(html)).toBeLessThan(5_000);
    }
    expect(Buffer.byteLength(embedCardCss)).toBeLessThan(2_500);
  });
});

describe('an event card', () => {
  it('shows the dates, the place and the organiser', () => {
    const html = eventCard('phien-cho-ocop-ba-to-thang-12-2026');
    expect(html).toContain('<p class="k">Phiên chợ OCOP');
    expect(html).toContain('<li class="negative">Đã hủy</li></ul>');
    expect(html).toContain('<dt>Thời gian</dt><dd>07:00 19/12/2026 – 21:00 20/12/2026</dd>');
    expect(html).toContain('<dd>Sân vận động Ba Tơ (địa điểm mẫu), xã Ba Tơ</dd>');
    expect(html).toContain('<dt>Tổ chức</dt><dd>');
  });

  it('says whether the event is to come, under way or over', () => {
    expect(eventCard('phien-cho-ocop-cuoi-nam-cam-thanh-2026', 'en')).toContain(
      '<li class="positive">Happening now</li>',
    );
    expect(eventCard('hoi-cho-ocop-quang-ngai-2023', 'en')).toContain(
      '<li class="neutral">Ended</li>',
    );
    const postponed = eventCard('phien-cho-ocop-dak-ha-2027');
    expect(postponed).toContain(
      '<li class="warning">Hoãn</li><li class="neutral">Sắp diễn ra</li>',
    );
  });
});

describe('text in another language than the card', () => {
  it('is marked with its own lang attribute', () => {
    const view: EmbedCardView = {
      lang: 'en',
      kindLabel: 'OCOP product',
      title: { text: 'Tỏi Lý Sơn', lang: 'vi' },
      badges: [],
      facts: [{ label: 'Producer', value: { text: 'HTX Lý Sơn', lang: 'vi' } }],
      pageUrl: `${siteUrl}/en/products/x`,
      linkText: 'View',
    };
    const html = renderEmbedCard(view);
    expect(html).toContain('<h1 lang="vi">Tỏi Lý Sơn</h1>');
    expect(html).toContain('<dd lang="vi">HTX Lý Sơn</dd>');
  });
});

describe('the message page', () => {
  it('says it in both languages, the second marked with its language', () => {
    const html = renderEmbedMessage([
      { lang: 'en', title: 'Not found', body: 'Gone.' },
      { lang: 'vi', title: 'Không tìm thấy', body: 'Không có.' },
    ]);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Not found</h1>');
    expect(html).toContain('<div lang="vi"><h2 class="k">Không tìm thấy</h2>');
  });
});

describe('event times', () => {
  it('are one range in the province time zone, with plain spaces', () => {
    expect(formatEventRange('2026-12-19T00:00:00Z', '2026-12-19T14:00:00Z', 'vi')).toBe(
      '07:00–21:00 19/12/2026',
    );
    expect(formatEventRange('2026-12-19T07:00:00+07:00', '2026-12-20T21:00:00+07:00', 'en')).toBe(
      '19 Dec 2026, 07:00 – 20 Dec 2026, 21:00',
    );
  });
  it('place an event before, during or after', () => {
    const event = { start: '2026-12-19T07:00:00+07:00', end: '2026-12-20T21:00:00+07:00' };
    expect(eventPhase(event, new Date('2026-12-18T12:00:00+07:00'))).toBe('upcoming');
    expect(eventPhase(event, new Date('2026-12-20T20:59:00+07:00'))).toBe('ongoing');
    expect(eventPhase(event, new Date('2026-12-20T21:00:00+07:00'))).toBe('ended');
  });
});
