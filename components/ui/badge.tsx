import type { ReactNode } from 'react';

const tones = {
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  positive: 'bg-brand-50 text-brand-900 ring-brand-700/30',
  warning: 'bg-ochre-100 text-ochre-800 ring-ochre-700/30',
  negative: 'bg-red-50 text-red-800 ring-red-700/30',
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label with a tone; the tone is never the only signal, the text always says it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
