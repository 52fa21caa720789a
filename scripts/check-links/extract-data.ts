/**
 * Links in the site's machine-readable files: JSON (JSON Feed, GeoJSON, API answers, oEmbed), CSV
 * downloads, iCalendar feeds and robots.txt. Each is read with a parser for its format; a value is a
 * link when it is written as one (an absolute web URL, or a site path under a URL-ish key).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { extractHtmlLinks } from './extract-html';
import { isAbsoluteWebUrl, type FoundLink } from './urls';

/** JSON keys whose string is HTML (JSON Feed `content_html`, oEmbed `html`): read as HTML. */
const htmlJsonKeys = new Set(['content_html', 'html']);

/** JSON keys whose value is a link even when written as a site path (`/images/x.svg`). */
const isUrlishKey = (key: string) => /(url|href|src|link)$/i.test(key);

const isSitePath = (value: string) => value.startsWith('/') && !value.startsWith('//');

/**
 * Every link in a JSON value: absolute web URLs anywhere, site paths under URL-ish keys, and the
 * links inside HTML-valued keys. Sources read as paths with arrays collapsed (`items[].url`).
 */
export function extractJsonLinks(value: unknown): FoundLink[] {
  const links: FoundLink[] = [];
  const walk = (node: unknown, path: string, key: string) => {
    if (typeof node === 'string') {
      if (htmlJsonKeys.has(key)) {
        for (const link of extractHtmlLinks(node).links) {
          links.push({ href: link.href, source: `json ${path} ${link.source}` });
        }
      } else if (isAbsoluteWebUrl(node) || (isUrlishKey(key) && isSitePath(node))) {
        links.push({ href: node, source: `json ${path}` });
      }
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item, `${path}[]`, key);
    } else if (node !== null && typeof node === 'object') {
      for (const [childKey, child] of Object.entries(node)) {
        walk(child, path === '' ? childKey : `${path}.${childKey}`, childKey);
      }
    }
  };
  walk(value, '', '');
  return links;
}

/** Every absolute web URL in a CSV file's cells, named by column (the first row is the header). */
export function extractCsvLinks(csv: string): FoundLink[] {
  const rows = parseCsv(csv, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const [header = [], ...records] = rows;
  const links: FoundLink[] = [];
  for (const record of records) {
    record.forEach((cell, column) => {
      if (isAbsoluteWebUrl(cell)) {
        links.push({
          href: cell.trim(),
          source: `csv ${header[column] ?? `column ${column + 1}`}`,
        });
      }
    });
  }
  return links;
}

/** Characters a sentence puts after a URL that are not part of it. */
const trailingPunctuation = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '>', '"', "'"]);

/** Absolute web URLs standing as words in plain text (a calendar description, say). */
export function extractTextUrls(text: string): string[] {
  const urls: string[] = [];
  for (const word of text.split(/\s+/)) {
    let candidate = word.replace(/^[<("']+/, '');
    while (candidate !== '' && trailingPunctuation.has(candidate.at(-1)!)) {
      candidate = candidate.slice(0, -1);
    }
    if (isAbsoluteWebUrl(candidate)) urls.push(candidate);
  }
  return urls;
}

/** Text properties that people read, where calendar apps turn URLs into links. */
const readableIcsProperties = new Set(['description', 'comment', 'location', 'summary']);

/**
 * Every link in an iCalendar file (read with ical.js): URL-valued properties (URL, ATTACH, TZURL,
 * IMAGE…), the HTML of X-ALT-DESC, and URLs written into descriptions, which calendar apps show as
 * links.
 */
export function extractIcsLinks(ics: string): FoundLink[] {
  const links: FoundLink[] = [];
  const visit = (component: ICAL.Component) => {
    for (const property of component.getAllProperties()) {
      const name = property.name.toUpperCase();
      const format = String(property.getParameter('fmttype') ?? '').toLowerCase();
      for (const value of property.getValues()) {
        if (typeof value !== 'string') continue;
        if (format === 'text/html') {
          for (const link of extractHtmlLinks(value).links) {
            links.push({ href: link.href, source: `ics ${name} ${link.source}` });
          }
        } else if (isAbsoluteWebUrl(value)) {
          links.push({ href: value.trim(), source: `ics ${name}` });
        } else if (readableIcsProperties.has(property.name.toLowerCase())) {
          for (const url of extractTextUrls(value)) {
            links.push({ href: url, source: `ics ${name} (text)` });
          }
        }
      }
    }
    for (const child of component.getAllSubcomponents()) visit(child);
  };
  const parsed = ICAL.parse(ics);
  // One calendar parses to one jCal component; a file with several, to a list of them.
  const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  for (const root of roots) visit(new ICAL.Component(root as never));
  return links;
}

/** The `Sitemap:` lines of a robots.txt file. */
export function extractRobotsLinks(robots: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const rawLine of robots.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'sitemap' && value !== '') links.push({ href: value, source: 'robots Sitemap' });
  }
  return links;
}
