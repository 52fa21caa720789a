import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * An image whose address the URL filter emptied (`javascript:`, `data:`…) shows its alternative
 * text, as the feeds' HTML does (lib/news/markdown.ts), rather than an `<img src="">`: a broken
 * image to the reader (and one React warns about, as some browsers fetch the page again for it).
 */
const components: Components = {
  img({ src, alt, title }) {
    if (!src) return alt ?? null;
    // eslint-disable-next-line @next/next/no-img-element -- an editor's image, of any size or host
    return <img src={src} alt={alt ?? ''} title={title} />;
  },
};

/**
 * Markdown from content, rendered safely: raw HTML in the source is dropped (never passed through),
 * and react-markdown's URL filter removes `javascript:` and other unsafe links.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={`prose-ocop ${className ?? ''}`}>
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
