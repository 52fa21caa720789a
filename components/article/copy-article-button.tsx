'use client';

import { useState } from 'react';

interface CopyArticleButtonProps {
  /** Title, lead, body and credit line as plain text, prepared on the server. */
  text: string;
  strings: { copy: string; copied: string; failed: string };
}

/**
 * "Copy as plain text": puts the whole article and its credit line on the clipboard. Hidden when
 * JavaScript does not run (`js-only`); the page's text can still be selected by hand.
 */
export function CopyArticleButton({ text, strings }: CopyArticleButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="js-only">
      <button
        type="button"
        className="rounded-md bg-brand-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {strings.copy}
      </button>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm">
        {state === 'copied' ? strings.copied : state === 'failed' ? strings.failed : ''}
      </p>
    </div>
  );
}
