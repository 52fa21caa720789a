'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

interface ShareButtonsProps {
  url: string;
  title: string;
  strings: { share: string; copy: string; copied: string };
}

/**
 * "Share" opens the device's share sheet (Zalo, Messenger… whatever the phone has) where the browser
 * offers one; "Copy link" works everywhere. Rendered only in the browser, beside the plain links that
 * the server renders for everyone.
 */
export function ShareButtons({ url, title, strings }: ShareButtonsProps) {
  const [isCopied, setIsCopied] = useState(false);
  // False on the server, then whatever this browser offers: no mismatch when hydrating.
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const buttonClass =
    'rounded-md px-3 py-1.5 text-sm font-semibold ring-1 ring-stone-400 hover:bg-stone-100';
  return (
    <>
      {canShare && (
        <button
          type="button"
          className={buttonClass}
          onClick={() => navigator.share({ url, title }).catch(() => undefined)}
        >
          {strings.share}
        </button>
      )}
      <button
        type="button"
        className={buttonClass}
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setIsCopied(true);
        }}
      >
        <span aria-live="polite">{isCopied ? strings.copied : strings.copy}</span>
      </button>
    </>
  );
}
