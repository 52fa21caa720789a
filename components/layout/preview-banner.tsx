import type { Dictionary } from '@/lib/i18n/dictionary';
import { isDraftMode } from '@/lib/preview/draft-mode';
import { PreviewExitForm } from './preview-exit-form';

/**
 * The bar that tells an editor they are looking at drafts, with the way out. Renders nothing for
 * everyone else: draft mode is off while pages are prerendered, so the prerendered pages never
 * hold it, and reading it there neither suspends nor makes the route dynamic.
 */
export async function PreviewBanner({ dict }: { dict: Dictionary }) {
  if (!(await isDraftMode())) return null;
  return (
    <section aria-label={dict.preview.label} className="bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 text-sm">
        <p className="font-semibold">{dict.preview.message}</p>
        <PreviewExitForm label={dict.preview.exit} />
      </div>
    </section>
  );
}
