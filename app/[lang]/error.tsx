'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { languageOfPath, statusPageStrings } from '@/lib/i18n/dictionaries/status-pages';

/** Shown when a page fails to render; the header and footer stay, and the visitor can retry. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const strings = statusPageStrings[languageOfPath(usePathname())].error;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{strings.title}</h1>
      <p className="mt-4 text-lg">{strings.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {strings.retry}
      </button>
    </div>
  );
}
