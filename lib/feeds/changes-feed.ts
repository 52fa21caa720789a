/**
 * The certification changes feed (RSS 2.0): products certified, re-recognised, upgraded, revoked or
 * whose certificate expired, newest first, each item linking to the product page.
 */
import { Feed } from 'feed';
import type { Dataset } from '../content/schema';
import type { Dictionary } from '../i18n/dictionary';
import { formatDate } from '../i18n/format';
import { fill, localizedString } from '../i18n/localize';
import type { Locale } from '../i18n/locales';
import { element, hastToHtml } from '../news/markdown';
import { provinceMidnight } from '../time/province-time';
import { getCertificateChanges, type CertificateChange } from './certificate-changes';
import { feedUrl } from './feed-urls';
import { certificateChangeId, changesFeedId } from './ids';
import { withSampleNote } from './news-feed';

/** The feed lists the latest changes; a product page keeps its full history. */
export const changesFeedSize = 200;

export interface ChangesFeedOptions {
  lang: Locale;
  siteUrl: string;
  /** The province's date (YYYY-MM-DD): changes after it are not news yet. */
  today: string;
  dict: Dictionary;
}

/** "Tỏi Lý Sơn DORI: Công nhận 4 sao". */
export function changeTitle(change: CertificateChange, lang: Locale, dict: Dictionary): string {
  return fill(dict.news.changeTitle, {
    product: localizedString(change.product.name, lang),
    change: fill(dict.news.changeKinds[change.kind], {
      stars: change.stars ?? change.product.stars,
    }),
  });
}

function changeDescription(change: CertificateChange, lang: Locale, dict: Dictionary): string {
  const date = formatDate(change.date, lang);
  const decision = change.decisionNumber ?? '—';
  const sentence =
    change.kind === 'expired'
      ? fill(dict.news.changeExpired, { decision, date })
      : change.decisionNumber
        ? fill(dict.news.changeDecision, { decision, date })
        : date;
  const paragraphs = [sentence, ...(change.note ? [localizedString(change.note, lang)] : [])];
  return paragraphs.map((text) => hastToHtml(element('p', {}, text))).join('\n');
}

/** RSS 2.0 of the latest certification changes up to `today`. */
export function buildChangesRss(dataset: Dataset, options: ChangesFeedOptions): string {
  const { lang, siteUrl, today, dict } = options;
  const { settings } = dataset;
  const changes = getCertificateChanges(dataset, today).slice(0, changesFeedSize);
  const newest = changes[0];
  const feed = new Feed({
    id: changesFeedId(lang),
    title: fill(dict.news.changesFeedTitle, { site: localizedString(settings.siteName, lang) }),
    description: withSampleNote(
      fill(dict.news.changesFeedDescription, { province: settings.province.name }),
      settings.isSampleData,
      dict,
    ),
    link: `${siteUrl}/${lang}/products`,
    language: lang,
    // Dated by the newest change, so the same content gives the same document.
    updated: newest ? provinceMidnight(newest.date) : new Date(0),
    generator: false,
    feedLinks: { rss: feedUrl(siteUrl, 'changes.xml', lang) },
  });
  for (const change of changes) {
    const id = certificateChangeId(lang, change.product.slug, change.kind, change.date);
    feed.addItem({
      id,
      guid: id,
      title: changeTitle(change, lang, dict),
      link: `${siteUrl}/${lang}/products/${change.product.slug}`,
      date: provinceMidnight(change.date),
      description: changeDescription(change, lang, dict),
      // The kind as a stable keyword, for readers that filter (e.g. only revocations).
      category: [{ name: change.kind }],
    });
  }
  return feed.rss2();
}
