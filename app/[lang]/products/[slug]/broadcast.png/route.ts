import { connection } from 'next/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getToday } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isLocale } from '@/lib/i18n/locales';
import {
  broadcastCacheControl,
  broadcastNotFound,
  broadcastSize,
  productBroadcastCard,
  renderBroadcastCard,
} from '@/lib/og/broadcast-card';

/** GET /{lang}/products/{slug}/broadcast.png: the product's 1920 × 1080 card for television. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string }> },
) {
  // Drawn on request (and cached by HTTP), not for every product at build time.
  await connection();
  const { lang, slug } = await params;
  if (!isLocale(lang)) return broadcastNotFound();
  const [dataset, today, dict] = await Promise.all([getDataset(), getToday(), getDictionary(lang)]);
  const catalogue = getCatalogue(dataset);
  const product = catalogue.product(slug);
  if (!product) return broadcastNotFound();
  const card = await productBroadcastCard(product, {
    catalogue,
    lang,
    today,
    dict,
    siteUrl: getEnv().SITE_URL,
  });
  return renderBroadcastCard(card, broadcastSize, {
    headers: {
      'Cache-Control': broadcastCacheControl,
      'Content-Disposition': `inline; filename="ocop-${slug}-${lang}.png"`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
