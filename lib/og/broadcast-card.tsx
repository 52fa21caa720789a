/**
 * Broadcast cards: a product's or event's key facts as a picture a television graphics desk can put
 * on air as it is (1920 × 1080), and, from the same drawing, each page's Open Graph image
 * (1200 × 630). Everything scales with the height, so one layout serves every size of about 16:9.
 * Text keeps inside the title-safe area (5 % of the width, 5 % of the height in from each edge).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { Catalogue } from '../catalogue/catalogue';
import { imageMediaTypes } from '../media-types';
import type { Image, OcopEvent, Product } from '../content/schema';
import { eventPhase, formatEventDays, formatEventHours } from '../embed/event-facts';
import { eventOrganiser } from '../events/event-query';
import type { Dictionary } from '../i18n/dictionary';
import { areaLabel } from '../i18n/labels';
import { fill, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { getOgFonts, ogFontFamily } from './fonts';

export { broadcastSize, openGraphSize } from './card-urls';

/** Cards follow the content (a few changes a day) and the date (a certificate expiring). */
export const broadcastCacheControl =
  'public, max-age=600, s-maxage=3600, stale-while-revalidate=86400';

/** 404 for an unknown language, product or event: plain text, the URL promised a picture. */
export function broadcastNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

type Tone = 'positive' | 'warning' | 'negative' | 'neutral';

/** What a card shows, already in one language. */
export interface BroadcastCard {
  lang: Locale;
  /** "OCOP product", "Fair"… */
  kindLabel: string;
  title: string;
  /** Products: the number of stars drawn as glyphs, with their words beside them. */
  stars?: { count: number; text: string };
  chips: Array<{ text: string; tone: Tone }>;
  /** Lines under the title: dates, hours, producer, place. The first is the most prominent. */
  lines: string[];
  /** The picture as a data URL (read from disk or fetched), or none. */
  image?: { dataUrl: string; credit: string };
  /** "Source: OCOP Quảng Ngãi · ocop.example.gov.vn" */
  source: string;
  sampleNotice?: string;
}

export interface BroadcastContext {
  catalogue: Catalogue;
  lang: Locale;
  siteUrl: string;
  dict: Dictionary;
}

const publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'public');

/**
 * A record's picture as a data URL, which the renderer embeds without fetching. Site paths are read
 * from public/ (never outside it); remote pictures are fetched with a short time limit. Whatever
 * fails, the card is drawn without a picture rather than not at all.
 */
export async function loadImageDataUrl(src: string): Promise<string | undefined> {
  try {
    let bytes: Buffer;
    let type: string;
    if (src.startsWith('/')) {
      const file = path.join(publicDir, decodeURIComponent(src.split('?')[0] ?? ''));
      if (!file.startsWith(`${publicDir}${path.sep}`)) return undefined;
      bytes = await readFile(file);
      const extension = path.extname(file).toLowerCase();
      type = imageMediaTypes[extension] ?? '';
    } else {
      const response = await fetch(src, { signal: AbortSignal.timeout(3000) });
      type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
      if (!response.ok) return undefined;
      bytes = Buffer.from(await response.arrayBuffer());
    }
    // The renderer draws SVG, PNG and JPEG; other formats (WebP, AVIF) are left out.
    if (!['image/svg+xml', 'image/png', 'image/jpeg'].includes(type)) return undefined;
    return `data:${type};base64,${bytes.toString('base64')}`;
  } catch {
    return undefined;
  }
}

async function cardImage(image: Image | undefined, dict: Dictionary) {
  if (!image) return undefined;
  const dataUrl = await loadImageDataUrl(image.src);
  if (!dataUrl) return undefined;
  return {
    dataUrl,
    credit: fill(dict.embeds.broadcast.imageCredit, {
      credit: image.credit,
      license: image.license,
    }),
  };
}

/** "Nguồn: OCOP Quảng Ngãi · ocop.example.gov.vn": on air the site's address is what people note. */
function sourceLine({ catalogue, lang, dict, siteUrl }: BroadcastContext): string {
  return fill(dict.embeds.broadcast.source, {
    site: localizedString(catalogue.dataset.settings.siteName, lang),
    url: siteUrl.replace(/^https?:\/\//, ''),
  });
}

function sampleNotice({ catalogue, dict }: BroadcastContext): string | undefined {
  return catalogue.dataset.settings.isSampleData ? dict.sampleNotice.title : undefined;
}

/** A product's card: name, stars, producer and place, its picture and the credit. */
export async function productBroadcastCard(
  product: Product,
  context: BroadcastContext & { today: string },
): Promise<BroadcastCard> {
  const { catalogue, lang, dict, today } = context;
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const producer = catalogue.producer(product.producer);
  const area = catalogue.area(product.area);
  const status = catalogue.status(product, today);
  const chips: BroadcastCard['chips'] = [];
  if (product.isPotentialFiveStar) chips.push({ text: dict.stars.potentialFive, tone: 'warning' });
  // A valid certificate goes without saying on air; any other status must be seen.
  if (status !== 'active') {
    chips.push({
      text: dict.certificateStatus[status],
      tone: status === 'expiring' ? 'warning' : 'negative',
    });
  }
  const place = area
    ? `${areaLabel(area, dict)}, ${catalogue.dataset.settings.province.name}`
    : catalogue.dataset.settings.province.name;
  return {
    lang,
    kindLabel: dict.embeds.productKind,
    title: text(product.name),
    stars: {
      count: product.stars,
      text: fill(dict.embeds.broadcast.stars, { count: product.stars }),
    },
    chips,
    lines: [producer ? text(producer.name) : '', place].filter(Boolean),
    image: await cardImage(product.images[0], dict),
    source: sourceLine(context),
    sampleNotice: sampleNotice(context),
  };
}

/** An event's card: title, status, days and hours, venue and organiser, picture and credit. */
export async function eventBroadcastCard(
  event: OcopEvent,
  context: BroadcastContext & { now: Date },
): Promise<BroadcastCard> {
  const { catalogue, lang, dict, now } = context;
  const text = (value: { vi: string; en?: string }) => localizedString(value, lang);
  const area = catalogue.area(event.venue.address.area);
  const organiser = catalogue.organisation(eventOrganiser(event, catalogue.dataset));
  const chips: BroadcastCard['chips'] = [];
  if (event.status !== 'scheduled') {
    chips.push({
      text: dict.eventStatuses[event.status],
      tone: event.status === 'cancelled' ? 'negative' : 'warning',
    });
  }
  if (event.status !== 'cancelled') {
    const phase = eventPhase(event, now);
    chips.push({ text: dict.embeds[phase], tone: phase === 'ongoing' ? 'positive' : 'neutral' });
  }
  const venue = [text(event.venue.name), area && areaLabel(area, dict)].filter(Boolean).join(', ');
  return {
    lang,
    kindLabel: dict.eventKinds[event.kind],
    title: text(event.title),
    chips,
    lines: [
      formatEventDays(event.start, event.end, lang),
      formatEventHours(event.start, event.end, lang),
      venue,
      organiser ? text(organiser.name) : '',
    ].filter(Boolean),
    image: await cardImage(event.images[0], dict),
    source: sourceLine(context),
    sampleNotice: sampleNotice(context),
  };
}

const colours = {
  panel: '#14532d',
  text: '#fefce8',
  muted: '#bbf7d0',
  gold: '#fbbf24',
  chips: {
    positive: { background: '#dcfce7', color: '#14532d' },
    warning: { background: '#fef3c7', color: '#92400e' },
    negative: { background: '#fee2e2', color: '#991b1b' },
    neutral: { background: '#f5f5f4', color: '#292524' },
  },
} as const;

const starPath =
  'M32 4l8.6 17.5 19.4 2.8-14 13.6 3.3 19.2L32 48l-17.3 9.1 3.3-19.2-14-13.6 19.4-2.8z';

/** The drawing, at any size of about 16:9 (satori's subset of CSS: flexbox, no grid). */
export function BroadcastCardArt({
  card,
  size,
}: {
  card: BroadcastCard;
  size: { width: number; height: number };
}) {
  const u = size.height / 1080;
  const px = (value: number) => Math.round(value * u);
  const titleSize = card.title.length > 70 ? 64 : card.title.length > 40 ? 76 : 92;
  const [firstLine, ...otherLines] = card.lines;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: colours.panel,
        color: colours.text,
        fontFamily: ogFontFamily,
      }}
    >
      {card.image && (
        <div style={{ display: 'flex', position: 'relative', width: '46%', height: '100%' }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- drawn by satori, not shown by a browser */}
          <img
            src={card.image.dataUrl}
            alt=""
            width={Math.round(size.width * 0.46)}
            height={size.height}
            style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
          <div
            style={{
              position: 'absolute',
              left: 0,
              right: 0,
              bottom: 0,
              display: 'flex',
              padding: `${px(18)}px ${px(40)}px ${px(54)}px ${Math.round(size.width * 0.05)}px`,
              background: 'rgba(28, 25, 23, 0.72)',
              color: '#fafaf9',
              fontSize: px(26),
            }}
          >
            {card.image.credit}
          </div>
        </div>
      )}
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: `${px(72)}px ${Math.round(size.width * 0.05)}px ${px(60)}px ${px(72)}px`,
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column', gap: px(28) }}>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: px(20),
              fontSize: px(32),
              fontWeight: 700,
              color: colours.gold,
              textTransform: 'uppercase',
              letterSpacing: px(2),
            }}
          >
            <span>{card.kindLabel}</span>
            {card.sampleNotice && (
              <span
                style={{
                  fontSize: px(24),
                  padding: `${px(4)}px ${px(14)}px`,
                  border: `${px(2)}px solid ${colours.gold}`,
                  borderRadius: px(8),
                  textTransform: 'none',
                  letterSpacing: 0,
                }}
              >
                {card.sampleNotice}
              </span>
            )}
          </div>
          <div
            style={{
              display: 'block',
              fontSize: px(titleSize),
              fontWeight: 700,
              lineHeight: 1.12,
              lineClamp: 3,
            }}
          >
            {card.title}
          </div>
          {card.stars && (
            <div style={{ display: 'flex', alignItems: 'center', gap: px(14) }}>
              {Array.from({ length: card.stars.count }, (_, index) => (
                <svg key={index} width={px(64)} height={px(64)} viewBox="0 0 64 64">
                  <path d={starPath} fill={colours.gold} />
                </svg>
              ))}
              <span style={{ marginLeft: px(12), fontSize: px(44), fontWeight: 700 }}>
                {card.stars.text}
              </span>
            </div>
          )}
          {card.chips.length > 0 && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: px(16) }}>
              {card.chips.map((chip) => (
                <span
                  key={chip.text}
                  style={{
                    ...colours.chips[chip.tone],
                    padding: `${px(6)}px ${px(22)}px`,
                    borderRadius: px(40),
                    fontSize: px(34),
                    fontWeight: 700,
                  }}
                >
                  {chip.text}
                </span>
              ))}
            </div>
          )}
          <div style={{ display: 'flex', flexDirection: 'column', gap: px(10) }}>
            {firstLine && (
              <div style={{ display: 'flex', fontSize: px(44), fontWeight: 700 }}>{firstLine}</div>
            )}
            {otherLines.map((line) => (
              <div key={line} style={{ display: 'flex', fontSize: px(36), color: colours.muted }}>
                {line}
              </div>
            ))}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: px(26), color: colours.muted }}>{card.source}</div>
      </div>
    </div>
  );
}

/** The card as a PNG response of the given size (Be Vietnam Pro, every Vietnamese letter). */
export async function renderBroadcastCard(
  card: BroadcastCard,
  size: { width: number; height: number },
  init: { headers?: Record<string, string> } = {},
): Promise<ImageResponse> {
  const fonts = await getOgFonts();
  return new ImageResponse(<BroadcastCardArt card={card} size={size} />, {
    ...size,
    fonts,
    headers: init.headers,
  });
}
