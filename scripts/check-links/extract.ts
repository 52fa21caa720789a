/**
 * Picks the reader for a fetched document from its media type (and, for robots.txt, its path), and
 * returns the links in it.
 */
import {
  extractCsvLinks,
  extractIcsLinks,
  extractJsonLinks,
  extractRobotsLinks,
} from './extract-data';
import { extractHtmlLinks } from './extract-html';
import { extractXmlLinks } from './extract-xml';
import type { FoundLink } from './urls';

export type DocumentKind = 'html' | 'xml' | 'json' | 'csv' | 'ics' | 'robots' | 'none';

/** The kind of document a response holds, from its Content-Type and path. */
export function documentKind(
  contentType: string | null | undefined,
  pathname: string,
): DocumentKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/calendar') return 'ics';
  if (type === 'text/csv') return 'csv';
  if (isJson(type)) return 'json';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) {
    // SVG images are XML too, but their links (fonts, patterns) are not the site's links.
    return type === 'image/svg+xml' ? 'none' : 'xml';
  }
  if (type === 'text/plain' && pathname === '/robots.txt') return 'robots';
  return 'none';
}

/** JSON by name or suffix, and `application/json+oembed` as oEmbed discovery spells it. */
const isJson = (type: string) =>
  type === 'application/json' || type.endsWith('+json') || type.startsWith('application/json+');

/** Media types worth reading as text (the body of anything else is read and dropped). */
export function isTextual(contentType: string | null | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') || isJson(type) || type.endsWith('+xml') || type === 'application/xml'
  );
}

export interface ExtractedLinks {
  links: FoundLink[];
  /** HTML only: the `<base href>` relative links resolve against. */
  baseHref?: string;
  /** HTML only: the body is Next's not-found page. */
  isNotFoundPage: boolean;
}

/** The links in a document of the given kind; a document that does not parse yields an error. */
export function extractLinks(kind: DocumentKind, body: string): ExtractedLinks {
  switch (kind) {
    case 'html': {
      const { links, baseHref, isNotFoundPage } = extractHtmlLinks(body);
      return { links, baseHref, isNotFoundPage };
    }
    case 'xml':
      return { links: extractXmlLinks(body), isNotFoundPage: false };
    case 'json':
      return { links: extractJsonLinks(JSON.parse(body)), isNotFoundPage: false };
    case 'csv':
      return { links: extractCsvLinks(body), isNotFoundPage: false };
    case 'ics':
      return { links: extractIcsLinks(body), isNotFoundPage: false };
    case 'robots':
      return { links: extractRobotsLinks(body), isNotFoundPage: false };
    case 'none':
      return { links: [], isNotFoundPage: false };
  }
}
