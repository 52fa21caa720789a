import { PageLink } from '@/components/ui/page-link';
import type { SiteSettings } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { localizedString } from '@/lib/i18n/localize';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { NavList, type NavItem } from './nav-list';
import { SampleDataNotice } from './sample-data-notice';

/** Every section of the site (SPEC.md's public URLs), in the order a visitor meets them. */
export function mainNavItems(lang: Locale, dict: Dictionary): NavItem[] {
  const sections = [
    ['products', dict.nav.products],
    ['producers', dict.nav.producers],
    ['events', dict.nav.events],
    ['where-to-buy', dict.nav.whereToBuy],
    ['news', dict.nav.news],
    ['press', dict.nav.press],
    ['stats', dict.nav.stats],
    ['about', dict.nav.about],
    ['verify', dict.nav.verify],
  ] as const;
  return sections.map(([path, label]) => ({ href: `/${lang}/${path}`, label }));
}

export function SiteHeader({
  lang,
  dict,
  settings,
}: {
  lang: Locale;
  dict: Dictionary;
  settings: SiteSettings;
}) {
  const items = mainNavItems(lang, dict);
  const target = otherLocale(lang);
  const switcher = { target, text: dict.language.switchTo, label: dict.language.switchToLabel };
  const navClass = 'flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-x-1';
  return (
    <header className="border-b border-stone-200 bg-white">
      {settings.isSampleData && <SampleDataNotice dict={dict} />}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <PageLink
          href={`/${lang}`}
          className="flex items-center gap-2 text-lg font-bold text-brand-900 no-underline"
        >
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8">
            <rect width="64" height="64" rx="14" fill="#14532d" />
            <path
              d="M32 10l6.2 12.6 13.8 2-10 9.8 2.4 13.8L32 41.7l-12.4 6.5 2.4-13.8-10-9.8 13.8-2z"
              fill="#fef3c7"
            />
          </svg>
          {localizedString(settings.siteName, lang)}
        </PageLink>
        {/* The switcher and the menus read the path while the page is rendered, not later in the
            browser: no Suspense, so the first HTML holds them as they will stay. */}
        <LanguageSwitcher {...switcher} />
      </div>
      <nav aria-label={dict.nav.label} className="mx-auto max-w-6xl px-4 pb-3">
        {/* A disclosure that needs no JavaScript: open by default on wide screens via CSS. */}
        <details className="group md:hidden">
          <summary className="cursor-pointer rounded px-2 py-1 text-sm font-semibold text-brand-900 ring-1 ring-stone-300">
            {dict.nav.menu}
          </summary>
          <NavList items={items} className={`${navClass} mt-2`} />
        </details>
        <div className="hidden md:block">
          <NavList items={items} className={navClass} />
        </div>
      </nav>
    </header>
  );
}
