/**
 * Links in XML documents the site serves: RSS 2.0 and Atom feeds and sitemaps (with their
 * hreflang `xhtml:link` alternates and image extensions). Read with htmlparser2 in XML mode; the
 * HTML that feeds carry inside entries (`description`, `content:encoded`, Atom `content`) is read
 * again as HTML, since its images and links reach readers too.
 */
import { Parser } from 'htmlparser2';
import { extractHtmlLinks } from './extract-html';
import { isAbsoluteWebUrl, type FoundLink } from './urls';

/** Elements whose text is a URL (by local name: `image:loc` and `loc` alike). */
const urlTextElements = new Set(['link', 'loc', 'icon', 'logo', 'url', 'uri', 'comments', 'docs']);

/** Elements whose text is a URL only when it is written as an absolute web URL (else an opaque id). */
const maybeUrlTextElements = new Set(['guid', 'id']);

/** Attributes that hold a URL on any element: atom:link, xhtml:link, enclosure, media:content. */
const urlAttributeNames = new Set(['href', 'src', 'url']);

/** Elements whose text is (escaped or CDATA) HTML. */
const htmlTextElements = new Set(['description', 'encoded', 'content', 'summary']);

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

interface OpenElement {
  name: string;
  attribs: Record<string, string>;
  text: string;
}

/** Every link in an RSS, Atom or sitemap document. */
export function extractXmlLinks(xml: string): FoundLink[] {
  const links: FoundLink[] = [];
  const open: OpenElement[] = [];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        open.push({ name, attribs, text: '' });
        for (const [attribute, value] of Object.entries(attribs)) {
          if (urlAttributeNames.has(localName(attribute)) && value.trim() !== '') {
            links.push({ href: value, source: `<${name} ${attribute}>` });
          }
        }
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        const local = localName(element.name);
        const text = element.text.trim();
        if (text === '') return;
        if (urlTextElements.has(local)) {
          links.push({ href: text, source: `<${element.name}>` });
        } else if (maybeUrlTextElements.has(local)) {
          // An RSS guid with isPermaLink="false" is an identifier even when it looks like a URL.
          const isPermaLink = element.attribs.isPermaLink?.toLowerCase() !== 'false';
          if (isPermaLink && isAbsoluteWebUrl(text)) {
            links.push({ href: text, source: `<${element.name}>` });
          }
        } else if (htmlTextElements.has(local)) {
          for (const link of extractHtmlLinks(text).links) {
            links.push({ href: link.href, source: `<${element.name}> ${link.source}` });
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return links;
}
