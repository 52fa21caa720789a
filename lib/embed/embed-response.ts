/**
 * HTTP answers of the card routes: the card itself, or a short message in both languages with a
 * 404 (no such record) or 400 (bad `lang`). Framing is allowed by next.config.js for /embed only.
 */
import { embedStrings } from '../i18n/dictionaries/embeds';
import { otherLocale, type Locale } from '../i18n/locales';
import {
  renderEmbedCard,
  renderEmbedMessage,
  type CardMessage,
  type EmbedCardView,
} from './embed-card';

/** Cards change with the content (a few times a day) and the day (a certificate expiring). */
const cardCacheControl = 'public, max-age=300, s-maxage=300, stale-while-revalidate=600';
const messageCacheControl = 'public, max-age=60';

function htmlResponse(body: string, status: number, cacheControl: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': cacheControl,
      // Cards repeat the pages they come from: search engines should index the pages.
      'X-Robots-Tag': 'noindex',
    },
  });
}

export function embedCardResponse(view: EmbedCardView): Response {
  return htmlResponse(renderEmbedCard(view), 200, cardCacheControl);
}

/** A message in the language asked for, then in the other one. */
function bilingual(
  lang: Locale,
  message: (strings: (typeof embedStrings)[Locale]) => { title: string; body: string },
): [CardMessage, CardMessage] {
  const other = otherLocale(lang);
  return [
    { lang, ...message(embedStrings[lang]) },
    { lang: other, ...message(embedStrings[other]) },
  ];
}

/** 404 for an unknown product or event. */
export function embedNotFoundResponse(lang: Locale): Response {
  const messages = bilingual(lang, (s) => ({ title: s.notFoundTitle, body: s.notFoundBody }));
  return htmlResponse(renderEmbedMessage(messages), 404, messageCacheControl);
}

/** 400 for a `lang` other than vi or en (Vietnamese first: the language asked for is unknown). */
export function embedBadLanguageResponse(): Response {
  const messages = bilingual('vi', (s) => ({ title: s.badLanguageTitle, body: s.badLanguage }));
  return htmlResponse(renderEmbedMessage(messages), 400, messageCacheControl);
}
