import './globals.css';
import { fontVariables } from './fonts';
import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { statusPageStrings } from '@/lib/i18n/dictionaries/status-pages';

export const metadata: Metadata = {
  title: `${statusPageStrings.vi.notFound.title} · ${statusPageStrings.en.notFound.title}`,
  robots: { index: false },
};

/** For URLs outside any language (or with an unknown one): says it in both languages. */
export default function GlobalNotFound() {
  const { vi, en } = statusPageStrings;
  return (
    <html lang="vi" className={fontVariables}>
      <body className="bg-white font-sans text-ink">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <h1 className="text-3xl font-bold">{vi.notFound.title}</h1>
          <p className="mt-4 text-lg">{vi.notFound.body}</p>
          <p className="mt-2">
            <PageLink href="/vi">{vi.notFound.home}</PageLink>
          </p>
          <div lang="en" className="mt-10 border-t border-stone-200 pt-8">
            <h2 className="text-2xl font-bold">{en.notFound.title}</h2>
            <p className="mt-4 text-lg">{en.notFound.body}</p>
            <p className="mt-2">
              <PageLink href="/en">{en.notFound.home}</PageLink>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
