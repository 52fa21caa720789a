import type { ReactNode } from 'react';
import { shareLinks } from '@/lib/share/share-links';
import { ShareButtons } from './share-buttons';

const linkClass = 'rounded-md px-3 py-1.5 text-sm font-semibold ring-1 ring-stone-400';

/** "Share this page": the device's share sheet (Zalo, Messenger…), copy link, Facebook, email. */
export function ShareSection({
  url,
  title,
  headingClassName,
  strings,
  children,
}: {
  url: string;
  title: string;
  headingClassName: string;
  strings: { heading: string; share: string; copy: string; copied: string; email: string };
  /** More ways to take the page away (a broadcast card…), below the links. */
  children?: ReactNode;
}) {
  const share = shareLinks(url, title);
  return (
    <section aria-labelledby="share-heading" className="no-print">
      <h2 id="share-heading" className={headingClassName}>
        {strings.heading}
      </h2>
      <p className="mt-3 flex flex-wrap gap-2">
        <ShareButtons url={url} title={title} strings={strings} />
        <a href={share.facebook} className={linkClass}>
          Facebook
        </a>
        <a href={share.email} className={linkClass}>
          {strings.email}
        </a>
      </p>
      <p className="mt-2 text-sm break-all text-stone-700">{url}</p>
      {children}
    </section>
  );
}
