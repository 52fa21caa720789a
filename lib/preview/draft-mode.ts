/**
 * Whether the current request is an editor's preview (Next's draft mode), askable from any server
 * code: pages, layouts, metadata, route handlers, content readers, generateStaticParams, scripts.
 *
 * How Next 16.4 with `cacheComponents` treats `draftMode()` (checked in the docs,
 * node_modules/next/dist/docs/01-app/02-guides/draft-mode.md and 03-api-reference/01-directives/
 * use-cache.md, and in the source, next/dist/server/request/draft-mode.js):
 * - While a page is prerendered (build, or a revalidation in the background) it answers
 *   `isEnabled: false` at once. Reading it does not suspend and does not make the route dynamic,
 *   so it needs no Suspense boundary and prerendered pages stay prerendered, built with draft mode
 *   off. Only `enable()`/`disable()` count as dynamic, and those belong in route handlers.
 * - A request carrying the draft cookie skips the prerendered page and the response cache: the
 *   page renders afresh with `isEnabled: true` and is answered with
 *   `Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate`. Every `'use cache'`
 *   function re-runs for it and its result is not saved, so drafts never enter Next's caches.
 * - `isEnabled` may be read inside `'use cache'` (it then reflects the request that called the
 *   cached function, and is false during prerendering); `enable()`/`disable()` there throw.
 * - Outside any request (a script, a unit test, module scope) `draftMode()` throws, and in
 *   `generateStaticParams` it throws because no request exists at build time.
 */
import { draftMode } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';

/** True only while an editor previews drafts; false when there is no request, never throws. */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch (error) {
    // Next's own control-flow errors (an aborted prerender, say) must reach Next; any other error
    // only means "no request here", which is not a preview.
    unstable_rethrow(error);
    return false;
  }
}
