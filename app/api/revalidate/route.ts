import { revalidateTag } from 'next/cache';
import { noteRevalidation } from '@/cache-handlers/revalidations-seen.mjs';
import { getDataset } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { handleContentfulWebhook, webhookOtherMethods } from '@/lib/publishing/webhook-handler';

/**
 * POST /api/revalidate: Contentful's publishing webhook (docs: docs/contentful.md, "Publishing webhook"). Only
 * signed calls are taken; the flow lives in lib/publishing/webhook-handler.ts.
 */
export async function POST(request: Request) {
  return handleContentfulWebhook(request, {
    secret: getEnv().CONTENTFUL_WEBHOOK_SECRET,
    getDataset,
    // expire: 0 rather than a stale-while-revalidate profile: an editor who publishes expects the
    // very next visit to show the change. (updateTag would do this, but only in Server Actions.)
    // Noted first, so no reader of the content waits for a load begun before the publish.
    expireTag: (tag) => {
      noteRevalidation();
      revalidateTag(tag, { expire: 0 });
    },
  });
}

export const { GET, PUT, PATCH, DELETE } = webhookOtherMethods;
