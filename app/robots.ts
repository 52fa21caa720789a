import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

/** /robots.txt: everything public may be crawled; the editors' and Contentful's routes may not. */
export default function robots(): MetadataRoute.Robots {
  const site = getEnv().SITE_URL;
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/draft', '/api/revalidate'] },
    sitemap: `${site}/sitemap.xml`,
  };
}
