import { describe, expect, it } from 'vitest';
import {
  element,
  hastToHtml,
  markdownToHtml,
  markdownToPlainText,
  stripRawHtml,
} from '@/lib/news/markdown';

const hostile = [
  '## Tiêu đề',
  '',
  'Chữ *nghiêng* & **đậm** <span onclick="x()">kèm HTML</span>.',
  '',
  '<script>alert(1)</script>',
  '',
  '[độc](javascript:alert(1)) [sản phẩm](/vi/products/toi "Tỏi") ![ảnh](data:image/png;base64,AAA)',
  '',
  '- một',
  '- hai [liên kết](https://example.org)',
  '',
  '3. ba',
  '4. bốn',
].join('\n');

describe('markdownToHtml', () => {
  it('renders Markdown and lets no raw HTML, handler or unsafe URL through', () => {
    const html = markdownToHtml(hostile);
    expect(html).toContain('<h2>Tiêu đề</h2>');
    expect(html).toContain('<em>nghiêng</em> &amp; <strong>đậm</strong> kèm HTML.');
    expect(html).not.toMatch(/<script|<span|onclick|javascript:|data:image/);
    expect(html).toContain('<a>độc</a>');
    expect(html).toContain('<a href="/vi/products/toi" title="Tỏi">sản phẩm</a>');
    expect(html).toContain('<ol start="3">');
  });

  it('makes links absolute when given a base, for feed readers', () => {
    expect(markdownToHtml('[a](/vi/news)', { baseUrl: 'https://ocop.example' })).toBe(
      '<p><a href="https://ocop.example/vi/news">a</a></p>',
    );
  });

  it('escapes text and attributes of elements built by hand', () => {
    const figure = element('figure', { className: ['x'], onClick: 'y' }, [
      element('img', { src: '/a.svg', alt: 'A "quoted" <alt>', width: 10 }),
      element('figcaption', {}, 'Ảnh: <b>A</b> & B'),
    ]);
    expect(hastToHtml(figure, { baseUrl: 'https://ocop.example' })).toBe(
      '<figure><img src="https://ocop.example/a.svg" alt="A &quot;quoted&quot; <alt>" width="10"><figcaption>Ảnh: &lt;b&gt;A&lt;/b&gt; &amp; B</figcaption></figure>',
    );
  });

  it('drops elements it does not know but keeps their text', () => {
    expect(hastToHtml(element('div', {}, [element('p', {}, 'x')]))).toBe('<p>x</p>');
  });
});

describe('markdownToPlainText', () => {
  it('keeps paragraphs, list items and link addresses, drops syntax and raw HTML', () => {
    expect(markdownToPlainText(hostile, { baseUrl: 'https://ocop.example' })).toBe(
      [
        'Tiêu đề',
        '',
        'Chữ nghiêng & đậm kèm HTML.',
        '',
        'độc sản phẩm (https://ocop.example/vi/products/toi) ảnh',
        '',
        '- một',
        '- hai liên kết (https://example.org/)',
        '',
        '3. ba',
        '4. bốn',
      ].join('\n'),
    );
  });
});

describe('stripRawHtml', () => {
  it('cuts raw HTML out and leaves the rest of the Markdown as written', () => {
    const stripped = stripRawHtml(hostile);
    expect(stripped).not.toMatch(/<script|<span|<\/span>/);
    expect(stripped).toContain('Chữ *nghiêng* & **đậm** kèm HTML.');
    expect(stripped).toContain('- hai [liên kết](https://example.org)');
    expect(stripped).not.toMatch(/\n{3}/);
  });
});
