'use client';

import { usePathname } from 'next/navigation';
import type { SyntheticEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

/**
 * A link to the same page in the other language. Without JavaScript it keeps the page, as the path
 * is known when rendering; with it, it also keeps the query (filters, a search), added to the link
 * when it is pointed at, focused or clicked. Reading the query while rendering (useSearchParams)
 * would leave every prerendered page a switcher that only the browser can render, after the rest.
 */
export function LanguageSwitcher({
  target,
  text,
  label,
}: {
  target: Locale;
  text: string;
  label: string;
}) {
  const path = switchLanguagePath(usePathname(), target);
  const keepQuery = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${path}${window.location.search}`;
  };
  return (
    <a
      href={path}
      hrefLang={target}
      onPointerEnter={keepQuery}
      onFocus={keepQuery}
      onClick={keepQuery}
      className="rounded px-2 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-700/40 hover:bg-brand-50"
    >
      {/* The accessible name starts with the visible word, then says what the link does. */}
      <span lang={target}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </a>
  );
}
