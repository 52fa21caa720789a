'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

interface LanguageLinkProps {
  target: Locale;
  text: string;
  label: string;
  href: string;
}

function LanguageLink({ target, text, label, href }: LanguageLinkProps) {
  return (
    <a
      href={href}
      hrefLang={target}
      className="rounded px-2 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-700/40 hover:bg-brand-50"
    >
      {/* The accessible name starts with the visible word, then says what the link does. */}
      <span lang={target}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </a>
  );
}

function WithQuery(props: Omit<LanguageLinkProps, 'href'> & { path: string }) {
  const query = useSearchParams().toString();
  return <LanguageLink {...props} href={query ? `${props.path}?${query}` : props.path} />;
}

/**
 * A link to the same page in the other language, keeping the query (filters, search) once the
 * browser knows it. Without JavaScript it still keeps the page, as the path is known when rendering.
 */
export function LanguageSwitcher(props: Omit<LanguageLinkProps, 'href'>) {
  const path = switchLanguagePath(usePathname() ?? '/', props.target);
  return (
    <Suspense fallback={<LanguageLink {...props} href={path} />}>
      <WithQuery {...props} path={path} />
    </Suspense>
  );
}

/** What to show while the path is not known yet (dynamic routes): a link to the other home page. */
export function LanguageSwitcherFallback(props: Omit<LanguageLinkProps, 'href'>) {
  return <LanguageLink {...props} href={`/${props.target}`} />;
}
