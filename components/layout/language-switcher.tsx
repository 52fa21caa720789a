'use client';

import { usePathname } from 'next/navigation';
import type { SyntheticEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

interface LanguageLinkProps {
  target: Locale;
  text: string;
  label: string;
  href: string;
  onUse?: (event: SyntheticEvent<HTMLAnchorElement>) => void;
}

function LanguageLink({ target, text, label, href, onUse }: LanguageLinkProps) {
  return (
    <a
      href={href}
      hrefLang={target}
      onPointerEnter={onUse}
      onFocus={onUse}
      onClick={onUse}
      className="rounded px-2 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-700/40 hover:bg-brand-50"
    >
      {/* The accessible name starts with the visible word, then says what the link does. */}
      <span lang={target}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </a>
  );
}

/**
 * A link to the same page in the other language. Without JavaScript it keeps the page, as the path
 * is known when rendering; with it, it also keeps the query (filters, a search), added to the link
 * when it is pointed at, focused or clicked. Reading the query while rendering (useSearchParams)
 * would leave every prerendered page a switcher that only the browser can render, after the rest.
 */
export function LanguageSwitcher(props: Omit<LanguageLinkProps, 'href' | 'onUse'>) {
  const path = switchLanguagePath(usePathname() ?? '/', props.target);
  const keepQuery = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${path}${window.location.search}`;
  };
  return <LanguageLink {...props} href={path} onUse={keepQuery} />;
}
