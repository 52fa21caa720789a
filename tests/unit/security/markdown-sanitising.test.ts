/**
 * Hostile Markdown, as an editor's account or a compromised CMS could send it, through everything
 * that renders content Markdown: the page component, the feeds' HTML, and the article exports the
 * press takes away (plain text and a Markdown file). None may carry a script, an event handler or
 * a link that runs code.
 */
import path from 'node:path';
import type { Nodes as MdastNodes } from 'mdast';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { Markdown } from '@/components/ui/markdown';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Article } from '@/lib/content/schema';
import { newsStrings } from '@/lib/i18n/dictionaries/news';
import { articleMarkdown, articlePlainText } from '@/lib/news/article-text';
import { markdownToHtml, parseMarkdown } from '@/lib/news/markdown';

interface HostileCase {
  name: string;
  markdown: string;
  /** The unsafe address is the link's visible text (an autolink), so plain text may show it. */
  isUrlVisible?: boolean;
}

const hostile: HostileCase[] = [
  { name: 'a script element', markdown: 'Before\n\n<script>alert(1)</script>\n\nAfter' },
  { name: 'an inline script element', markdown: 'Text <script>alert(1)</script> text' },
  { name: 'an image with onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'a javascript: link', markdown: '[x](javascript:alert(1))' },
  { name: 'an upper-case JAVASCRIPT: link', markdown: '[x](JAVASCRIPT:alert(1))' },
  { name: 'a javascript: link after spaces', markdown: '[x](  javascript:alert(1))' },
  { name: 'a javascript: link in angle brackets', markdown: '[x](<javascript:alert(1)>)' },
  { name: 'a javascript: link as an HTML anchor', markdown: '<a href="javascript:alert(1)">x</a>' },
  { name: 'an SVG with onload', markdown: '<svg onload=alert(1)>' },
  { name: 'an iframe', markdown: '<iframe src="https://evil.example/"></iframe>' },
  {
    name: 'a data:text/html link',
    markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  { name: 'a javascript: autolink', markdown: '<javascript:alert(1)>', isUrlVisible: true },
  { name: 'a javascript: link hidden by an entity', markdown: '[x](&#106;avascript:alert(1))' },
  { name: 'a javascript: link split by a tab entity', markdown: '[x](java&#x09;script:alert(1))' },
  { name: 'a javascript: image', markdown: '![x](javascript:alert(1))' },
  { name: 'a javascript: reference link', markdown: '[x][r]\n\n[r]: javascript:alert(1)' },
  { name: 'a vbscript: link', markdown: '[x](vbscript:msgbox(1))' },
  { name: 'a block element with onclick', markdown: 'Text\n\n<div onclick="alert(1)">hi</div>' },
  {
    name: 'a title that tries to close its attribute',
    markdown: '[x](/vi/products "t\\" onmouseover=\\"alert(1)")',
  },
];

/** Code shows markup as text; the HTML renderers must escape it, not run it. */
const codeCases: HostileCase[] = [
  { name: 'a script in a code span', markdown: '`<script>alert(1)</script>`' },
  { name: 'a script in a code block', markdown: '```html\n<script>alert(1)</script>\n```' },
];

// ---------------------------------------------------------------------------------------------------
// What "safe" means

const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** Whether a browser would follow `url` to something other than a page, mail or phone. */
function isUnsafeUrl(url: string): boolean {
  // As a browser reads it: surrounding spaces and controls ignored, tabs and newlines removed.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme !== undefined && !safeSchemes.has(scheme.toLowerCase());
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface Tag {
  name: string;
  attributes: Array<[string, string]>;
}

/** The start tags of some HTML, attributes decoded: enough for the markup React and the feeds write. */
function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const [, name, rest] of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes: Array<[string, string]> = [];
    for (const [, attribute, , double, single, bare] of rest!.matchAll(
      /([^\s"'>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      attributes.push([attribute!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? '')]);
    }
    tags.push({ name: name!.toLowerCase(), attributes });
  }
  return tags;
}

const urlAttributes = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset']);
const activeElements = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'base',
  'form',
  'meta',
  'link',
]);

/** Everything in some HTML that could run code; empty when it is safe. */
function dangersInHtml(html: string): string[] {
  const dangers: string[] = [];
  if (/<script/i.test(html)) dangers.push('"<script" in the markup');
  for (const tag of startTags(html)) {
    if (activeElements.has(tag.name)) dangers.push(`<${tag.name}>`);
    for (const [attribute, value] of tag.attributes) {
      if (/^on/.test(attribute)) dangers.push(`${attribute}= on <${tag.name}>`);
      if (urlAttributes.has(attribute) && isUnsafeUrl(value))
        dangers.push(`${attribute}="${value}" on <${tag.name}>`);
    }
  }
  return dangers;
}

/**
 * Everything in a Markdown file that a newsroom's renderer could run, had it raw HTML switched on
 * and no URL filter: raw HTML, and links, images or definitions to an unsafe address.
 */
function dangersInMarkdown(markdown: string): string[] {
  const dangers: string[] = [];
  const visit = (node: MdastNodes) => {
    if (node.type === 'html') dangers.push(`raw HTML ${JSON.stringify(node.value)}`);
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      isUnsafeUrl(node.url)
    )
      dangers.push(`${node.type} to ${JSON.stringify(node.url)}`);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return dangers;
}

// The helpers themselves, on what they must catch.
describe('the checks', () => {
  it('catch scripts, handlers and unsafe addresses in HTML', () => {
    expect(dangersInHtml('<p><script>x</script></p>')).not.toEqual([]);
    expect(dangersInHtml('<img src="x" onerror="alert(1)">')).toEqual(['onerror= on <img>']);
    expect(dangersInHtml('<a href="&#106;avascript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangersInHtml('<a href=" JavaScript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangersInHtml('<a href="java\tscript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangersInHtml('<a href="data:text/html,x">x</a>')).toHaveLength(1);
    expect(dangersInHtml('<a title="x&quot; onclick=&quot;y" href="/vi">x</a>')).toEqual([]);
    expect(dangersInHtml('<a href="https://ok.example/a:b">x</a><a href="/vi/x:y">y</a>')).toEqual(
      [],
    );
  });

  it('catch raw HTML and unsafe link targets in Markdown', () => {
    expect(dangersInMarkdown('[x](javascript:alert(1))')).toHaveLength(1);
    expect(dangersInMarkdown('[x](&#106;avascript:alert(1))')).toHaveLength(1);
    expect(dangersInMarkdown('<b>x</b>')).not.toEqual([]);
    expect(dangersInMarkdown('[x](https://ok.example) ![y](/a.jpg) `<script>`')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The renderers

describe('the Markdown component (product, producer, event and article pages)', () => {
  const render = (markdown: string) =>
    renderToStaticMarkup(createElement(Markdown, null, markdown));

  it.each([...hostile, ...codeCases])('renders $name harmlessly', ({ markdown }) => {
    expect(dangersInHtml(render(markdown))).toEqual([]);
  });

  it('still renders ordinary Markdown: links, images, emphasis, code as text', () => {
    const html = render(
      '**Mật ong** [xem](https://ocop.example/vi) ![ảnh](/images/a.jpg)\n\n`<b>`',
    );
    expect(html).toContain('<strong>Mật ong</strong>');
    expect(html).toContain('<a href="https://ocop.example/vi">xem</a>');
    expect(html).toContain('<img src="/images/a.jpg" alt="ảnh"/>');
    expect(html).toContain('<code>&lt;b&gt;</code>');
  });

  it('shows an image with an unsafe address as its alternative text, not an empty image', () => {
    const html = render('Trước ![Ảnh <b>x</b>](javascript:alert(1)) sau');
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>Trước Ảnh &lt;b&gt;x&lt;/b&gt; sau</p>');
  });
});

describe("the feeds' article HTML", () => {
  it.each([...hostile, ...codeCases])('renders $name harmlessly', ({ markdown }) => {
    expect(dangersInHtml(markdownToHtml(markdown, { baseUrl: 'https://ocop.example' }))).toEqual(
      [],
    );
  });

  it('shows an image with an unsafe address as its alternative text, as the page does', () => {
    const html = markdownToHtml('Trước ![Ảnh <b>x</b>](javascript:alert(1)) sau ![y](/a.jpg)', {
      baseUrl: 'https://ocop.example',
    });
    expect(html).toBe(
      '<p>Trước Ảnh &lt;b&gt;x&lt;/b&gt; sau <img src="https://ocop.example/a.jpg" alt="y"></p>',
    );
  });
});

describe('the article exports for the press', () => {
  const siteUrl = 'https://ocop.example';
  let sample: Article;
  beforeAll(async () => {
    const { dataset } = await loadLocalContent(path.resolve('content'));
    sample = dataset.articles[0]!;
  });

  /** The sample article with a hostile body; for the Markdown file, a hostile title too. */
  const withBody = (markdown: string): Article => ({
    ...sample,
    body: { vi: markdown, en: markdown },
  });
  // A title is plain text (the page escapes it), and plain text may show it as written; only the
  // Markdown file, where `<` and `[` mean something, must defuse it.
  const withTitleAndBody = (markdown: string): Article => ({
    ...withBody(markdown),
    title: { vi: 'Tin <script>alert(1)</script> [x](javascript:alert(1))', en: 'News' },
  });
  const options = { lang: 'vi' as const, siteUrl, creditLine: 'Nguồn: OCOP Quảng Ngãi' };

  it.each(hostile)('as plain text: $name leaves no markup and no unsafe address', (hostileCase) => {
    const text = articlePlainText(withBody(hostileCase.markdown), options);
    expect(text).not.toMatch(/<\s*(script|img|svg|iframe|a|div)\b/i);
    expect(text).not.toMatch(/\bon\w+\s*=/i);
    if (!hostileCase.isUrlVisible) {
      expect(text).not.toMatch(/(java|vb)script:|data:text\/html|&#/i);
    }
  });

  it.each(hostile)('as a Markdown file: $name carries no raw HTML', ({ markdown }) => {
    const file = articleMarkdown(withTitleAndBody(markdown), {
      ...options,
      strings: newsStrings.vi,
    });
    expect(dangersInMarkdown(file).filter((danger) => danger.startsWith('raw HTML'))).toEqual([]);
  });

  // stripRawHtml() also turns links, images and definitions with unsafe targets into plain text.
  const unsafeTargets = hostile.filter(({ markdown }) =>
    dangersInMarkdown(markdown).some((d) => !d.startsWith('raw HTML')),
  );
  it.each(unsafeTargets)('as a Markdown file: $name links to no unsafe address', ({ markdown }) => {
    const file = articleMarkdown(withTitleAndBody(markdown), {
      ...options,
      strings: newsStrings.vi,
    });
    expect(dangersInMarkdown(file)).toEqual([]);
  });
});
