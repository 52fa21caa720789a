import { connection } from 'next/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getNow } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isLocale } from '@/lib/i18n/locales';
import {
  broadcastCacheControl,
  broadcastNotFound,
  broadcastSize,
  eventBroadcastCard,
  renderBroadcastCard,
} from '@/lib/og/broadcast-card';

/** GET /{lang}/events/{slug}/broadcast.png: the event's 1920 × 1080 card for television. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string }> },
) {
  // Drawn on request (and cached by HTTP), not for every event at build time.
  await connection();
  const { lang, slug } = await params;
  if (!isLocale(lang)) return broadcastNotFound();
  const [dataset, now, dict] = await Promise.all([getDataset(), getNow(), getDictionary(lang)]);
  const catalogue = getCatalogue(dataset);
  const event = catalogue.event(slug);
  if (!event) return broadcastNotFound();
  const card = await eventBroadcastCard(event, {
    catalogue,
    lang,
    now,
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
