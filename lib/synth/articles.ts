/**
 * Synthetic news: product stories, press releases about events and announcements of rating results,
 * each with a short Markdown body in Vietnamese and English.
 */
import type { z } from 'zod';
import type { ArticleKind, articleSchema } from '../content/schema';
import { type GenerationContext, illustrationCredit, referenceDate } from './context';
import { addDays, earlierDate, provinceDateTime } from './dates';
import { createSlugRegistry, personName } from './names';
import type { ProductRecord } from './products';
import type { Random } from './random';
import type { EventRecord } from './events';

/** An article as stored: the JSON record and its two Markdown bodies. */
export interface ArticleFiles {
  record: Omit<z.input<typeof articleSchema>, 'body'>;
  body: { vi: string; en: string };
}

const kindWeights: [ArticleKind, number][] = [
  ['news', 60],
  ['press-release', 25],
  ['rating-results', 15],
];

/** A Markdown list of product names. */
function productList(names: string[]): string {
  return names.map((name) => `- ${name}`).join('\n');
}

interface Story {
  title: { vi: string; en: string };
  lead: { vi: string; en: string };
  body: { vi: string; en: string };
  /** The day the article refers to; it is published a few days later. */
  date: string;
  relatedProducts: string[];
  relatedEvents: string[];
  round?: string;
  organisation: string;
}

/**
 * Generates `count` articles. News items follow a certification, press releases precede an event,
 * and rating results announce a round; none is dated after the reference date.
 */
export function generateArticles(
  random: Random,
  context: GenerationContext,
  products: readonly ProductRecord[],
  events: readonly EventRecord[],
  count: number,
): ArticleFiles[] {
  const slugs = createSlugRegistry();
  const press = context.settings.organisations.find((o) => o.role === 'press')?.slug;
  const decidedRounds = context.rounds.filter((r) => r.decisionDate && r.decisionNumber);
  const productBySlug = new Map(products.map((p) => [p.slug, p]));
  const productsByRound = new Map<string, ProductRecord[]>();
  for (const product of products) {
    const round = product.certificate.round;
    if (!round) continue;
    const list = productsByRound.get(round) ?? [];
    list.push(product);
    productsByRound.set(round, list);
  }
  const note = { vi: '*Dữ liệu tổng hợp.*', en: '*Synthetic data.*' };

  // News reports a certification that still stands.
  const newsworthy = products.filter(
    (p) => !p.certificate.history?.some((e) => e.kind === 'revoked'),
  );

  const newsStory = (): Story => {
    const product = random.pick(newsworthy.length > 0 ? newsworthy : products);
    const names = { vi: product.name.vi, en: product.name.en ?? product.name.vi };
    return {
      title: {
        vi: `${names.vi} đạt OCOP ${product.stars} sao`,
        en: `${names.en} earns ${product.stars} OCOP stars`,
      },
      lead: {
        vi: `Sản phẩm ${names.vi} vừa được công nhận OCOP ${product.stars} sao theo quyết định ${product.certificate.decisionNumber}.`,
        en: `${names.en} has been certified with ${product.stars} OCOP stars by decision ${product.certificate.decisionNumber}.`,
      },
      body: {
        vi: `Sản phẩm **${names.vi}** được hội đồng đánh giá ${String(product.score).replace('.', ',')} điểm.\n\n## Nơi mua\n\nSản phẩm có bán tại các điểm giới thiệu sản phẩm OCOP của tỉnh.\n\n${note.vi}`,
        en: `**${names.en}** scored ${product.score} points with the council.\n\n## Where to buy\n\nIt is sold at the province's OCOP showcases.\n\n${note.en}`,
      },
      date: product.certificate.decisionDate,
      relatedProducts: [product.slug],
      relatedEvents: [],
      organisation: press ?? context.settings.programmeOwner,
    };
  };

  const pressRelease = (): Story => {
    const event = random.pick(events);
    const shown = event.products?.slice(0, 6) ?? [];
    const names = shown.map((slug) => productBySlug.get(slug)?.name.vi ?? slug);
    return {
      title: {
        vi: `Thông cáo báo chí: ${event.title.vi}`,
        en: `Press release: ${event.title.en ?? event.title.vi}`,
      },
      lead: {
        vi: `${event.title.vi} diễn ra từ ngày ${event.start.slice(0, 10)} với ${event.participants?.length ?? 0} chủ thể tham gia.`,
        en: `The ${event.title.en ?? event.title.vi} opens on ${event.start.slice(0, 10)} with ${event.participants?.length ?? 0} producers.`,
      },
      body: {
        vi: `Ban tổ chức trân trọng thông báo ${event.title.vi}.\n\n## Sản phẩm trưng bày\n\n${productList(names)}\n\n${note.vi}`,
        en: `The organisers announce the ${event.title.en ?? event.title.vi}.\n\n## Products on show\n\n${productList(names)}\n\n${note.en}`,
      },
      date: addDays(event.start.slice(0, 10), -10),
      relatedProducts: shown,
      relatedEvents: [event.slug],
      organisation: context.settings.defaultOrganiser,
    };
  };

  const ratingResults = (): Story => {
    const round = random.pick(decidedRounds);
    const certified = random.sample(productsByRound.get(round.slug) ?? [], 8);
    return {
      title: {
        vi: `Kết quả đánh giá, phân hạng sản phẩm OCOP đợt ${round.number} năm ${round.year}`,
        en: `OCOP evaluation results, round ${round.number} of ${round.year}`,
      },
      lead: {
        vi: `Quyết định ${round.decisionNumber} ngày ${round.decisionDate} công nhận các sản phẩm OCOP đợt ${round.number} năm ${round.year}.`,
        en: `Decision ${round.decisionNumber} of ${round.decisionDate} certifies the OCOP products of round ${round.number} of ${round.year}.`,
      },
      body: {
        vi: `## Một số sản phẩm được công nhận\n\n${productList(certified.map((p) => p.name.vi))}\n\n${note.vi}`,
        en: `## Some of the certified products\n\n${productList(certified.map((p) => p.name.en ?? p.name.vi))}\n\n${note.en}`,
      },
      date: round.decisionDate!,
      relatedProducts: certified.map((p) => p.slug),
      relatedEvents: [],
      round: round.slug,
      organisation: context.settings.programmeOwner,
    };
  };

  return Array.from({ length: count }, (): ArticleFiles => {
    let kind = random.weighted(kindWeights);
    if (kind === 'press-release' && events.length === 0) kind = 'news';
    const story =
      kind === 'news' ? newsStory() : kind === 'press-release' ? pressRelease() : ratingResults();
    const published = earlierDate(addDays(story.date, random.int(1, 10)), referenceDate);
    return {
      record: {
        slug: slugs.claim(story.title.vi),
        kind,
        title: story.title,
        lead: story.lead,
        publishedAt: provinceDateTime(published, '09:00'),
        author: personName(random),
        heroImage: {
          src: `/images/news/${kind}.svg`,
          alt: { vi: `Minh họa: ${story.title.vi}`, en: `Illustration: ${story.title.en}` },
          credit: illustrationCredit,
          license: 'CC BY 4.0',
          width: 1200,
          height: 675,
        },
        relatedProducts: story.relatedProducts,
        relatedEvents: story.relatedEvents,
        ...(story.round ? { round: story.round } : {}),
        isFreeToRepublish: kind === 'press-release',
        source: {
          organisation: story.organisation,
          checkedOn: earlierDate(addDays(published, random.int(0, 30)), referenceDate),
        },
      },
      body: {
        vi: `${story.lead.vi}\n\n${story.body.vi}\n`,
        en: `${story.lead.en}\n\n${story.body.en}\n`,
      },
    };
  });
}
