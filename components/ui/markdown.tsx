import ReactMarkdown from 'react-markdown';

/**
 * Markdown from content, rendered safely: raw HTML in the source is dropped (never passed through),
 * and react-markdown's URL filter removes `javascript:` and other unsafe links.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={`prose-ocop ${className ?? ''}`}>
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
