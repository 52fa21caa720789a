/**
 * The embeddable cards: what a product or event card says (a view built from the domain objects)
 * and the complete HTML document that shows it. The document is self-contained: one small inline
 * stylesheet, a system font stack (a web font would cost more than the whole card), at most one
 * small image, and no script at all.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { OcopEvent, Product } from '../content/schema';
import { eventOrganiser } from '../events/event-query';
import type { Dictionary } from '../i18n/dictionary';
import { formatDate } from '../i18n/format';
import { areaLabel } from '../i18n/labels';
import { fill, localize } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { certificateExpiry, isCertificateValid } from '../ocop/certificate';
import { recordPageUrl } from './embed-urls';
import { eventPhase, formatEventRange } from './event-facts';
import { markup, SafeHtml } from './html';

/** Text with the language it is really in (Vietnamese when English is missing). */
export interface CardText {
  text: string;
  lang: Locale;
}

export type CardTone = 'rating' | 'positive' | 'warning' | 'negative' | 'neutral';

export interface CardBadge {
  text: string;
  tone: CardTone;
  /** Glyphs shown before the text and hidden from screen readers (the stars). */
  decoration?: string;
}

export interface EmbedCardView {
  lang: Locale;
  kindLabel: string;
  title: CardText;
  badges: CardBadge[];
  /** A short text after the badges ("until 25 Dec 2026"). */
  badgeNote?: string;
  facts: Array<{ label: string; value: CardText }>;
  image?: { src: string; alt: CardText };
  pageUrl: string;
  linkText: string;
  /** Shown while the site runs on sample data (SPEC.md: sample content says so everywhere). */
  sampleNotice?: string;
}

export interface CardContext {
  catalogue: Catalogue;
  lang: Locale;
  siteUrl: string;
  dict: Dictionary;
}

const statusTones = {
  active: 'positive',
  expiring: 'warning',
  expired: 'negative',
  revoked: 'negative',
} as const satisfies Record<string, CardTone>;

function sampleNotice({ catalogue, dict }: CardContext): string | undefined {
  return catalogue.dataset.settings.isSampleData ? dict.embeds.sampleData : undefined;
}

/** A product's card: name, stars, certificate status, producer and place. */
export function productCardView(
  product: Product,
  context: CardContext & { today: string },
): EmbedCardView {
  const { catalogue, lang, siteUrl, dict, today } = context;
  const producer = catalogue.producer(product.producer);
  const area = catalogue.area(product.area);
  const status = catalogue.status(product, today);
  const image = product.images[0];
  const badges: CardBadge[] = [
    {
      text: fill(dict.stars.count, { count: product.stars }),
      tone: 'rating',
      decoration: `OCOP ${'★'.repeat(product.stars)}`,
    },
  ];
  if (product.isPotentialFiveStar) badges.push({ text: dict.stars.potentialFive, tone: 'warning' });
  badges.push({ text: dict.certificateStatus[status], tone: statusTones[status] });
  const facts: EmbedCardView['facts'] = [];
  if (producer) facts.push({ label: dict.embeds.producer, value: localize(producer.name, lang) });
  if (area) facts.push({ label: dict.embeds.place, value: { text: areaLabel(area, dict), lang } });
  return {
    lang,
    kindLabel: dict.embeds.productKind,
    title: localize(product.name, lang),
    badges,
    badgeNote: isCertificateValid(status)
      ? fill(dict.embeds.validUntil, {
          date: formatDate(certificateExpiry(product.certificate), lang),
        })
      : undefined,
    facts,
    image: image ? { src: image.src, alt: localize(image.alt, lang) } : undefined,
    pageUrl: recordPageUrl(siteUrl, 'product', product.slug, lang),
    linkText: dict.embeds.viewOnSite,
    sampleNotice: sampleNotice(context),
  };
}

/** An event's card: title, kind and status, dates, place and organiser. */
export function eventCardView(
  event: OcopEvent,
  context: CardContext & { now: Date },
): EmbedCardView {
  const { catalogue, lang, siteUrl, dict, now } = context;
  const area = catalogue.area(event.venue.address.area);
  const organiser = catalogue.organisation(eventOrganiser(event, catalogue.dataset));
  const image = event.images[0];
  // The kind is the label above the title; the badges say where the event stands.
  const badges: CardBadge[] = [];
  if (event.status !== 'scheduled') {
    badges.push({
      text: dict.eventStatuses[event.status],
      tone: event.status === 'cancelled' ? 'negative' : 'warning',
    });
  }
  if (event.status !== 'cancelled') {
    const phase = eventPhase(event, now);
    badges.push({
      text: dict.embeds[phase],
      tone: phase === 'ongoing' ? 'positive' : 'neutral',
    });
  }
  const venue = localize(event.venue.name, lang);
  const facts: EmbedCardView['facts'] = [
    {
      label: dict.embeds.when,
      value: { text: formatEventRange(event.start, event.end, lang), lang },
    },
    {
      label: dict.embeds.where,
      value: area ? { ...venue, text: `${venue.text}, ${areaLabel(area, dict)}` } : venue,
    },
  ];
  if (organiser) {
    facts.push({
      label: dict.embeds.organiser,
      value: localize(organiser.shortName ?? organiser.name, lang),
    });
  }
  return {
    lang,
    kindLabel: dict.eventKinds[event.kind],
    title: localize(event.title, lang),
    badges,
    facts,
    image: image ? { src: image.src, alt: localize(image.alt, lang) } : undefined,
    pageUrl: recordPageUrl(siteUrl, 'event', event.slug, lang),
    linkText: dict.embeds.viewOnSite,
    sampleNotice: sampleNotice(context),
  };
}

/**
 * The card's whole stylesheet (about 1.7 KB). It fills the frame it is given: when space runs short
 * the facts are cut, never the link; below 420 px each fact keeps one line, below 340 px the expiry
 * date (also on the full page) is left out, and below 300 px the picture steps aside. Colours are the site's and pass WCAG AA.
 */
export const embedCardCss = [
  '*{box-sizing:border-box}',
  'html,body{margin:0;height:100%}',
  "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif;color:#1c1917;background:#fff}",
  '.c{height:100%;display:flex;flex-direction:column;gap:5px;padding:10px 12px;border:1px solid #d6d3d1;border-radius:8px;overflow:hidden}',
  '.h{display:flex;gap:10px;align-items:flex-start}',
  '.h img{flex:none;width:84px;height:56px;object-fit:cover;border-radius:4px;background:#f5f5f4}',
  '.k{margin:0;font-size:12px;font-weight:600;color:#166534;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}',
  'h1{margin:0;font-size:16px;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}',
  '.b{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:0;padding:0;list-style:none;font-size:12px}',
  '.b li{padding:1px 8px;border-radius:999px;font-weight:600;white-space:nowrap}',
  '.b .n{padding:0;font-weight:400;color:#57534e}',
  '.rating{background:#14532d;color:#fef3c7}',
  '.positive{background:#dcfce7;color:#14532d}',
  '.warning{background:#fef3c7;color:#92400e}',
  '.negative{background:#fee2e2;color:#991b1b}',
  '.neutral{background:#f5f5f4;color:#44403c}',
  'dl{flex:0 1 auto;min-height:0;overflow:hidden;margin:0;display:grid;grid-template-columns:auto 1fr;align-content:start;gap:1px 8px;font-size:13px}',
  'dt{color:#57534e}',
  'dd{margin:0;min-width:0;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}',
  '.f{flex:none;margin:auto 0 0;font-size:13px}',
  'a{color:#166534;font-weight:600;text-underline-offset:.2em}',
  'a:focus-visible{outline:3px solid #b45309;outline-offset:2px}',
  '.s{color:#92400e}',
  '@media (max-width:419px){dd{-webkit-line-clamp:1}}',
  '@media (max-width:339px){.b .n{display:none}}',
  '@media (max-width:299px){.h img{display:none}}',
].join('');

/** `lang` on an element only when its text is in another language than the page. */
function langAttribute(text: CardText, pageLang: Locale): SafeHtml | '' {
  return text.lang === pageLang ? '' : markup` lang="${text.lang}"`;
}

function documentHead(lang: Locale, title: string, canonicalUrl?: string): SafeHtml {
  return markup`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
${canonicalUrl ? markup`<link rel="canonical" href="${canonicalUrl}">` : ''}
<style>${new SafeHtml(embedCardCss)}</style>
</head>
`;
}

/** The complete HTML document of a card. */
export function renderEmbedCard(view: EmbedCardView): string {
  const { lang, image, title } = view;
  const picture = image
    ? markup`<img src="${image.src}" alt="${image.alt.text}"${langAttribute(image.alt, lang)} width="84" height="56" decoding="async">`
    : '';
  const badges = view.badges.map(
    (badge) =>
      markup`<li class="${badge.tone}">${badge.decoration ? markup`<span aria-hidden="true">${badge.decoration}</span> ` : ''}${badge.text}</li>`,
  );
  const note = view.badgeNote ? markup`<li class="n">${view.badgeNote}</li>` : '';
  const facts = view.facts.map(
    ({ label, value }) =>
      markup`<dt>${label}</dt><dd${langAttribute(value, lang)}>${value.text}</dd>`,
  );
  const sample = view.sampleNotice ? markup` · <span class="s">${view.sampleNotice}</span>` : '';
  return markup`${documentHead(lang, title.text, view.pageUrl)}<body>
<main class="c">
<div class="h">${picture}<div><p class="k">${view.kindLabel}${sample}</p><h1${langAttribute(title, lang)}>${title.text}</h1></div></div>
<ul class="b">${badges}${note}</ul>
<dl>${facts}</dl>
<p class="f"><a href="${view.pageUrl}" target="_top">${view.linkText} →</a></p>
</main>
</body>
</html>
`.value;
}

export interface CardMessage {
  lang: Locale;
  title: string;
  body: string;
}

/** The answer for an unknown product or event (404) or a bad `lang` (400), in both languages. */
export function renderEmbedMessage(messages: [CardMessage, ...CardMessage[]]): string {
  const [first, ...others] = messages;
  const title = messages.map((m) => m.title).join(' · ');
  return markup`${documentHead(first.lang, title)}<body>
<main class="c">
<div><h1>${first.title}</h1><p>${first.body}</p></div>
${others.map((m) => markup`<div lang="${m.lang}"><h2 class="k">${m.title}</h2><p>${m.body}</p></div>`)}
</main>
</body>
</html>
`.value;
}
