'use client';

import { usePathname } from 'next/navigation';
import { languageOfPath, statusPageStrings } from '@/lib/i18n/dictionaries/status-pages';

/** The body of a 404 page inside a language, in that language. */
export function NotFoundMessage() {
  const lang = languageOfPath(usePathname());
  const strings = statusPageStrings[lang].notFound;
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{strings.title}</h1>
      <p className="mt-4 text-lg">{strings.body}</p>
      <p className="mt-6">
        <a href={`/${lang}`}>{strings.home}</a>
      </p>
    </div>
  );
}
