/**
 * The four picture routes (broadcast card and Open Graph image, for products and events) in one
 * place: they differ only in the record they look up and the size they draw at.
 */
import { connection } from 'next/server';
import { getCatalogue } from '../catalogue/catalogue';
import { getDataset, getNow, getToday } from '../content';
import { getEnv } from '../env';
import { getDictionary } from '../i18n/dictionary';
import { isLocale } from '../i18n/locales';
import {
  broadcastCacheControl,
  broadcastNotFound,
  eventBroadcastCard,
  productBroadcastCard,
  renderBroadcastCard,
  type BroadcastCard,
  type BroadcastContext,
} from './broadcast-card';
import { broadcastSize, openGraphSize, type CardFormat } from './card-urls';

export type CardRouteParams = { params: Promise<{ lang: string; slug: string }> };

const sizes = { broadcast: broadcastSize, og: openGraphSize } as const;

async function respond(
  { params }: CardRouteParams,
  format: CardFormat,
  buildCard: (slug: string, context: BroadcastContext) => Promise<BroadcastCard | undefined>,
): Promise<Response> {
  // Drawn on request (and cached by HTTP), not for every record at build time.
  await connection();
  const { lang, slug } = await params;
  if (!isLocale(lang)) return broadcastNotFound();
  const [dataset, dict] = await Promise.all([getDataset(), getDictionary(lang)]);
  const context = { catalogue: getCatalogue(dataset), lang, dict, siteUrl: getEnv().SITE_URL };
  const card = await buildCard(slug, context);
  if (!card) return broadcastNotFound();
  return renderBroadcastCard(card, sizes[format], {
    headers: {
      'Cache-Control': broadcastCacheControl,
      'Content-Disposition': `inline; filename="ocop-${slug}-${lang}${format === 'og' ? '-og' : ''}.png"`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}

export function productCardResponse(route: CardRouteParams, format: CardFormat) {
  return respond(route, format, async (slug, context) => {
    const product = context.catalogue.product(slug);
    if (!product) return undefined;
    return productBroadcastCard(product, { ...context, today: await getToday() });
  });
}

export function eventCardResponse(route: CardRouteParams, format: CardFormat) {
  return respond(route, format, async (slug, context) => {
    const event = context.catalogue.event(slug);
    if (!event) return undefined;
    return eventBroadcastCard(event, { ...context, now: await getNow() });
  });
}
