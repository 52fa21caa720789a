'use client';

import { useState } from 'react';
import { useHasJavaScript } from './use-has-javascript';

/**
 * Copies a text (a feed address, an embed code) in one click. Shown only when JavaScript runs; the
 * text itself is always on the page to select by hand.
 */
export function CopyButton({
  text,
  label,
  copiedLabel,
}: {
  text: string;
  /** Says what is copied, e.g. "Copy the RSS address". */
  label: string;
  copiedLabel: string;
}) {
  const hasJavaScript = useHasJavaScript();
  const [isCopied, setIsCopied] = useState(false);
  if (!hasJavaScript) return null;
  return (
    <button
      type="button"
      aria-label={isCopied ? copiedLabel : label}
      className="rounded-md px-2 py-1 text-sm font-semibold ring-1 ring-stone-400 hover:bg-stone-100"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setIsCopied(true);
      }}
    >
      <span aria-live="polite">{isCopied ? copiedLabel : label}</span>
    </button>
  );
}
