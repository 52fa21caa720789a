import type { Dictionary } from '@/lib/i18n/dictionary';

/** Shown on every page while the site settings say the data are sample data. */
export function SampleDataNotice({ dict }: { dict: Dictionary }) {
  return (
    <div className="bg-ochre-100 text-ochre-800" data-testid="sample-data-notice">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        <strong className="font-bold">{dict.sampleNotice.title}:</strong> {dict.sampleNotice.body}
      </p>
    </div>
  );
}
