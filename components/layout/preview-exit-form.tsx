'use client';

import { usePathname } from 'next/navigation';

/**
 * The preview banner's exit button. A client component only to know the current path (a layout
 * is not told it), so leaving preview lands on the same page; the form itself needs no
 * JavaScript. A form rather than a link: Next prefetches links, which would leave preview unasked.
 */
export function PreviewExitForm({ label }: { label: string }) {
  const path = usePathname() ?? '/';
  return (
    <form method="post" action={`/api/draft/disable?path=${encodeURIComponent(path)}`}>
      <button
        type="submit"
        className="rounded bg-ochre-100 px-3 py-1 font-semibold text-ink hover:bg-white focus-visible:outline-white"
      >
        {label}
      </button>
    </form>
  );
}
