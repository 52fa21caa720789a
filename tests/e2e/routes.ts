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
  // Every event page: statuses, registrations and photos differ from one to the next.
  ...readdirSync('content/events')
    .filter((file) => file.endsWith('.json'))
    .map((file) => `/events/${file.replace(/\.json$/, '')}`),
];

export const allPages = languages.flatMap((lang) => pagePaths.map((path) => `/${lang}${path}`));
