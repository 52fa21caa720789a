'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, SyntheticEvent } from 'react';

type PageLinkProps = Omit<ComponentProps<typeof NextLink>, 'prefetch' | 'href'> & { href: string };

/**
 * A link to a page of the site: next/link (a client-side navigation), prefetching the page when the
 * visitor shows the intent to follow the link (a pointer over it, keyboard focus, a finger on it)
 * rather than as soon as it scrolls into view.
 *
 * Why: with viewport prefetching, a page opened on a desktop screen asked the server for 21–25
 * prefetches before anyone touched anything (2–8 on a phone), and handling them was about half of
 * the main thread's JavaScript: on the home page, 354–432 ms with them and 163–238 ms without
 * (Chromium CPU profiles of a page load, issue 9's note).
 *
 * The price is paid on the next navigation: on a throttled phone (150 ms round trips, 1.6 Mbit/s,
 * 4× slower CPU), a tap on a product card showed its page in 1,067 ms (median of 5) against 652 ms
 * when the page had been prefetched on sight; after 300 ms of hover on a desktop, 621 against 485.
 */
export function PageLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: PageLinkProps) {
  const router = useRouter();
  const prefetch = href.startsWith('/') ? () => router.prefetch(href) : undefined;
  function withPrefetch<E extends SyntheticEvent>(handler?: (event: E) => void) {
    return (event: E) => {
      handler?.(event);
      prefetch?.();
    };
  }
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={withPrefetch(onMouseEnter)}
      onFocus={withPrefetch(onFocus)}
      onTouchStart={withPrefetch(onTouchStart)}
    />
  );
}
