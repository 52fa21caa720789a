import type { NextRequest } from 'next/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getToday } from '@/lib/content';
import { productCardView } from '@/lib/embed/embed-card';
import {
  embedBadLanguageResponse,
  embedCardResponse,
  embedNotFoundResponse,
} from '@/lib/embed/embed-response';
import { parseEmbedLanguage } from '@/lib/embed/embed-urls';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /embed/products/{slug}?lang=vi|en: a product's card for other sites to frame. A route
 * handler rather than a page, so the card ships no JavaScript (see lib/embed/html.ts).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const language = parseEmbedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return embedBadLanguageResponse();
  const { lang } = language;
  const [{ slug }, dataset, today, dict] = await Promise.all([
    params,
    getDataset(),
    getToday(),
    getDictionary(lang),
  ]);
  const catalogue = getCatalogue(dataset);
  const product = catalogue.product(slug);
  if (!product) return embedNotFoundResponse(lang);
  return embedCardResponse(
    productCardView(product, { catalogue, lang, today, dict, siteUrl: getEnv().SITE_URL }),
  );
}
