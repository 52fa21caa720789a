import '../globals.css';
import { fontVariables, webFontsScript } from '../fonts';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PreviewBanner } from '@/components/layout/preview-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getDataset } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localizedString } from '@/lib/i18n/localize';
import { isLocale, locales } from '@/lib/i18n/locales';
import { languageAlternates, siteOpenGraph } from '@/lib/seo/metadata';

interface LangLayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export const viewport: Viewport = { themeColor: '#14532d' };

export async function generateMetadata({
  params,
}: Omit<LangLayoutProps, 'children'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const { settings } = await getDataset();
  const siteName = localizedString(settings.siteName, lang);
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: localizedString(settings.tagline, lang),
    alternates: languageAlternates(lang, ''),
    openGraph: siteOpenGraph(lang, settings),
  };
}

export default async function LangLayout({ children, params }: LangLayoutProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, { settings }] = await Promise.all([getDictionary(lang), getDataset()]);
  return (
    // suppressHydrationWarning: webFontsScript may mark <html> (data-web-fonts) before React hydrates.
    <html lang={lang} className={fontVariables} suppressHydrationWarning>
      <head>
        {/* Before the first layout: Be Vietnam Pro once this browser has it (app/fonts.ts). */}
        <script dangerouslySetInnerHTML={{ __html: webFontsScript }} />
        {/* Space kept for what only JavaScript draws (the map) disappears when it cannot run. */}
        <noscript>
          <style>{'.js-only{display:none!important}'}</style>
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <a
          href="#main-content"
          className="sr-only z-50 bg-white px-4 py-2 font-semibold focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {dict.skipLink}
        </a>
        {/* No Suspense needed: draft mode reads as off, at once, while the page is prerendered. */}
        <PreviewBanner dict={dict} />
        <SiteHeader lang={lang} dict={dict} settings={settings} />
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter lang={lang} dict={dict} settings={settings} />
      </body>
    </html>
  );
}
