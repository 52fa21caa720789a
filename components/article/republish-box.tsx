import type { Image } from '@/lib/content/schema';
import type { NewsStrings } from '@/lib/i18n/dictionaries/news';
import { fill } from '@/lib/i18n/localize';
import type { DataLicense } from '@/lib/content/data-license';
import { CopyArticleButton } from './copy-article-button';

/**
 * "Free to republish with credit": the licence, the exact credit line (selectable as it is), the
 * image's own credit, "copy as plain text" and "download as Markdown".
 */
export function RepublishBox({
  creditLine,
  license,
  image,
  plainText,
  markdownHref,
  markdownFileName,
  strings,
}: {
  creditLine: string;
  license: DataLicense;
  image: Image | undefined;
  plainText: string;
  markdownHref: string;
  markdownFileName: string;
  strings: NewsStrings;
}) {
  const [before, after = ''] = strings.republishBody.split('{license}');
  return (
    <section
      aria-labelledby="republish-heading"
      className="space-y-3 rounded-lg bg-brand-50 p-5 ring-1 ring-brand-700/20"
    >
      <h2 id="republish-heading" className="text-xl font-bold">
        {strings.republishHeading}
      </h2>
      <p>
        {before}
        {license.url ? (
          <a href={license.url} rel="license">
            {license.name}
          </a>
        ) : (
          license.name
        )}
        {after}
      </p>
      <div>
        <h3 className="font-semibold">{strings.creditLineLabel}</h3>
        <p
          id="credit-line"
          className="mt-1 rounded bg-white p-3 font-mono text-sm break-words select-all"
        >
          {creditLine}
        </p>
      </div>
      {image && (
        <p className="text-sm">
          {fill(strings.imageNote, { credit: image.credit, license: image.license })}
        </p>
      )}
      <CopyArticleButton
        text={plainText}
        strings={{ copy: strings.copyText, copied: strings.copiedText, failed: strings.copyFailed }}
      />
      <p>
        <a href={markdownHref} download={markdownFileName}>
          {strings.downloadMarkdown}
        </a>
      </p>
    </section>
  );
}
