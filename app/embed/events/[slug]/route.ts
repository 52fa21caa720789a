import type { NextRequest } from 'next/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getDataset, getNow } from '@/lib/content';
import { eventCardView } from '@/lib/embed/embed-card';
import {
  embedBadLanguageResponse,
  embedCardResponse,
  embedNotFoundResponse,
} from '@/lib/embed/embed-response';
import { parseEmbedLanguage } from '@/lib/embed/embed-urls';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';

/**
 * GET /embed/events/{slug}?lang=vi|en: an event's card for other sites to frame. A route handler
 * rather than a page, so the card ships no JavaScript (see lib/embed/html.ts).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const language = parseEmbedLanguage(request.nextUrl.searchParams);
  if (!language.ok) return embedBadLanguageResponse();
  const { lang } = language;
  const [{ slug }, dataset, now, dict] = await Promise.all([
    params,
    getDataset(),
    getNow(),
    getDictionary(lang),
  ]);
  const catalogue = getCatalogue(dataset);
  const event = catalogue.event(slug);
  if (!event) return embedNotFoundResponse(lang);
  return embedCardResponse(
    eventCardView(event, { catalogue, lang, now, dict, siteUrl: getEnv().SITE_URL }),
  );
}
