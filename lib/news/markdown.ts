/**
 * Article Markdown turned into what feeds and the press take away: sanitised HTML, plain text, and
 * Markdown without raw HTML. The page itself renders through components/ui/markdown.tsx
 * (react-markdown); this uses the same parser and the same Markdown-to-HTML step (remark-parse and
 * remark-rehype, which react-markdown is built on), so the feeds say what the page says.
 *
 * Not react-dom/server: Next refuses it in route handlers, where the feeds are built.
 */
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { defaultUrlTransform } from 'react-markdown';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const parser = unified().use(remarkParse);
// Without `allowDangerousHtml`, remark-rehype drops raw HTML: none of it reaches the output.
const toHast = unified().use(remarkRehype);

/** The Markdown syntax tree (CommonMark, as react-markdown reads it without plugins). */
export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/** The HTML syntax tree of some Markdown, raw HTML left out. */
export function markdownToHast(markdown: string): HastRoot {
  return toHast.runSync(parseMarkdown(markdown)) as HastRoot;
}

// ---------------------------------------------------------------------------------------------------
// HTML

/** Elements that may appear in the output; any other element is replaced by its content. */
const allowedElements = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'code',
  'em',
  'strong',
  'a',
  'img',
  'hr',
  'br',
  'figure',
  'figcaption',
  'small',
]);

/** Attributes kept, by element; everything else (classes, ids, event handlers) is dropped. */
const allowedAttributes: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ol: ['start'],
};

const urlAttributes = new Set(['href', 'src']);
const voidElements = new Set(['img', 'hr', 'br']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export interface HtmlOptions {
  /** Relative links and images are made absolute against this (feeds are read away from the site). */
  baseUrl?: string;
}

function attributeValue(name: string, value: Properties[string], options: HtmlOptions) {
  if (value === null || value === undefined || value === false) return undefined;
  const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
  if (!urlAttributes.has(name)) return text;
  // The same filter as the page (react-markdown's): javascript:, data: and the like become empty.
  const safe = defaultUrlTransform(text);
  if (!safe) return undefined;
  if (!options.baseUrl) return safe;
  try {
    return new URL(safe, options.baseUrl).toString();
  } catch {
    return undefined;
  }
}

function elementToHtml(element: Element, options: HtmlOptions): string {
  const inner = element.children.map((child) => nodeToHtml(child, options)).join('');
  if (!allowedElements.has(element.tagName)) return inner;
  const kept = (allowedAttributes[element.tagName] ?? [])
    .map((name) => [name, attributeValue(name, element.properties[name], options)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  // An image whose address the filter dropped is its alternative text, as on the page.
  if (element.tagName === 'img' && !kept.some(([name]) => name === 'src')) {
    return escapeText(kept.find(([name]) => name === 'alt')?.[1] ?? '');
  }
  const attributes = kept.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (voidElements.has(element.tagName)) return `<${element.tagName}${attributes}>`;
  return `<${element.tagName}${attributes}>${inner}</${element.tagName}>`;
}

function nodeToHtml(node: HastRoot | RootContent | ElementContent, options: HtmlOptions): string {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => nodeToHtml(child, options)).join('');
    case 'element':
      return elementToHtml(node, options);
    case 'text':
      return escapeText(node.value);
    // Raw HTML, comments and doctypes never pass.
    default:
      return '';
  }
}

/**
 * HTML from a syntax tree through an allow-list: known elements and attributes only, text escaped,
 * URLs filtered. Also used for the few elements feeds add around an article (figure, credit line).
 */
export function hastToHtml(
  node: HastRoot | RootContent | ElementContent,
  options: HtmlOptions = {},
): string {
  return nodeToHtml(node, options);
}

/** Markdown as sanitised HTML: no raw HTML, no unsafe URLs, only the elements Markdown makes. */
export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  return hastToHtml(markdownToHast(markdown), options).replace(/\n{2,}/g, '\n');
}

/** A hast element, for the parts of a feed item that are not Markdown. */
export function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[] | string = [],
): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: typeof children === 'string' ? [{ type: 'text', value: children }] : children,
  };
}

// ---------------------------------------------------------------------------------------------------
// Plain text

/** An address as a reader can follow it: absolute when a base is given; empty when unsafe. */
function readableUrl(url: string, baseUrl: string | undefined): string {
  const safe = defaultUrlTransform(url);
  if (!safe || !baseUrl) return safe;
  try {
    return new URL(safe, baseUrl).toString();
  } catch {
    return '';
  }
}

/** The text of an inline run: emphasis and link syntax go, link targets stay when they say more. */
function inlineText(node: MdastNodes, baseUrl: string | undefined): string {
  const inline = (child: MdastNodes) => inlineText(child, baseUrl);
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    case 'link': {
      const text = node.children.map(inline).join('');
      const url = readableUrl(node.url, baseUrl);
      return text && url && text !== url && text !== node.url ? `${text} (${url})` : text || url;
    }
    default:
      return 'children' in node ? node.children.map(inline).join('') : '';
  }
}

function blockText(node: MdastNodes, baseUrl: string | undefined): string {
  const block = (child: MdastNodes) => blockText(child, baseUrl);
  switch (node.type) {
    case 'root':
    case 'blockquote':
      return node.children
        .map(block)
        .filter((text) => text !== '')
        .join('\n\n');
    case 'paragraph':
    case 'heading':
      return inlineText(node, baseUrl);
    case 'code':
      return node.value;
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return '';
    case 'list': {
      const start = node.start ?? 1;
      return node.children
        .map((item, index) => {
          const marker = node.ordered ? `${start + index}. ` : '- ';
          const text = item.children
            .map(block)
            .filter((t) => t !== '')
            .join('\n');
          return marker + text.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        })
        .join('\n');
    }
    default:
      return inlineText(node, baseUrl);
  }
}

/**
 * Markdown as plain text for pasting into an editor: paragraphs separated by a blank line, list
 * items on their own lines with "- " or "1. ", emphasis and headings marks gone, and a link's
 * address in brackets after its text.
 */
export function markdownToPlainText(markdown: string, options: HtmlOptions = {}): string {
  return blockText(parseMarkdown(markdown), options.baseUrl).trim();
}

// ---------------------------------------------------------------------------------------------------
// Markdown

/** The plain words of some Markdown nodes (a link's text, for instance). */
function plainWords(nodes: readonly MdastNodes[]): string {
  return nodes
    .map((node) =>
      'value' in node && node.type !== 'html'
        ? node.value
        : 'children' in node
          ? plainWords(node.children)
          : '',
    )
    .join('');
}

/**
 * The Markdown source as written, with any raw HTML cut out and every link, image or link
 * definition to an unsafe address (`javascript:`, `data:`…, by react-markdown's own rule) turned
 * into its plain text: a newsroom that imports the file gets what the page shows, nothing its own
 * renderer would run.
 */
export function stripRawHtml(markdown: string): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const replace = (node: MdastNodes, text: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) edits.push({ start, end, text });
  };
  const isUnsafe = (url: string) => defaultUrlTransform(url) === '';
  const visit = (node: MdastNodes) => {
    if (node.type === 'html') return replace(node, '');
    if (node.type === 'link' && isUnsafe(node.url)) return replace(node, plainWords(node.children));
    if (node.type === 'image' && isUnsafe(node.url)) return replace(node, node.alt ?? '');
    if (node.type === 'definition' && isUnsafe(node.url)) return replace(node, '');
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(markdown));
  let result = markdown;
  for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result.replace(/\n{3,}/g, '\n\n').trim();
}
