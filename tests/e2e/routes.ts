import { readdirSync } from 'node:fs';

/** Every page that exists so far, in both languages: the axe sweep and the shell checks walk these. */
export const languages = ['vi', 'en'] as const;
export const pagePaths = [
  '',
  '/about',
  '/products',
  '/products?q=toi&stars=4',
  '/products/mach-nha-mantoza',
  '/products/gao-an-tra',
  '/producers',
  '/producers?type=cooperative&region=west&wholesale=true',
  '/producers/htx-nam-duc-nhuan',
  '/producers/tho-cam-y-hoa',
  '/verify',
  '/verify?code=1425%2FQĐ-UBND',
  '/events',
  '/events?when=past',
  '/events?view=calendar&month=2026-12',
  '/events?kind=market-session&region=west',
  '/where-to-buy',
  '/where-to-buy?product=toi-ly-son-phu-sinh&point=diem-ocop-ly-son',
  '/where-to-buy?kind=online-shop',
  '/where-to-buy/cho-kon-tum-sap-ocop',
  '/where-to-buy/gian-hang-ocop-quang-ngai-truc-tuyen',
  '/press',
  '/stats',
  '/press/api',
  '/news',
  '/news?kind=rating-results',
  '/news?page=2',
  '/news?kind=gossip&page=9',
  ...readdirSync('content/articles')
    .filter((file) => file.endsWith('.json'))
    .map((file) => `/news/${file.replace(/\.json$/, '')}`),
  // Every event page: statuses, registrations and photos differ from one to the next.
  ...readdirSync('content/events')
    .filter((file) => file.endsWith('.json'))
    .map((file) => `/events/${file.replace(/\.json$/, '')}`),
];

/** Embeddable cards live outside the language prefix; they must pass axe too (the last is a 404). */
export const embedPaths = [
  '/embed/products/mach-nha-mantoza?lang=vi',
  '/embed/products/toi-ly-son-phu-sinh?lang=en',
  '/embed/events/phien-cho-ocop-ba-to-thang-12-2026?lang=vi',
  '/embed/events/phien-cho-ocop-cuoi-nam-cam-thanh-2026?lang=en',
  '/embed/products/khong-co?lang=en',
];

export const allPages = languages.flatMap((lang) => pagePaths.map((path) => `/${lang}${path}`));
