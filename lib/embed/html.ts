/**
 * A tiny HTML writer for the embeddable cards. The cards are served by route handlers, not pages:
 * a page of the App Router always ships React's runtime (about 130 KB of JavaScript gzipped), and
 * React's own string renderer is not available in route handlers. Every interpolated value is
 * escaped unless it is already `SafeHtml`, so content can never inject markup. (The tag is not
 * called `html`: Prettier would reformat such templates as HTML and change the whitespace.)
 */

/** Markup that is already escaped or written by us. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** What may go into a template: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | HtmlValue[];

function toMarkup(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
}

/**
 * Tagged template: markup`<p>${name}</p>` escapes `name`. Nested `markup` results pass through as
 * markup; `false`, `null` and `undefined` render nothing, so conditions read naturally.
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += toMarkup(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}
