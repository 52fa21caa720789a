/**
 * The Contentful publishing webhook, end to end: verify the signature over the raw body, read the
 * call, work out what it refreshes, expire the cache tags and say what was done. The route hands
 * over its request and the few things only it may touch (the secret, the dataset, Next's cache),
 * so the whole flow is tested with plain Requests.
 */
import type { Dataset } from '../content/schema';
import { parseWebhook, planRevalidation, type LocateEntry } from './revalidation-plan';
import { verifyWebhookSignature } from './webhook-signature';

export interface WebhookDependencies {
  /** CONTENTFUL_WEBHOOK_SECRET; undefined refuses every request. */
  secret: string | undefined;
  /** The content in force, read before anything is expired (it still knows the old links). */
  getDataset: () => Promise<Dataset>;
  /** Expires one cache tag so the next read loads afresh. */
  expireTag: (tag: string) => void;
  /** Entry id → record, for unpublish and delete payloads; without it those refresh everything. */
  locateEntry?: LocateEntry;
}

/** The 200 answer: what was refreshed, for which entry, and when. */
export interface WebhookAnswer {
  revalidated: { tags: string[]; paths: string[] };
  entry: { contentType: string; id: string; slug: string | null };
  notes: string[];
  /** ISO 8601. */
  at: string;
}

/**
 * Handles one POST. Answers 401 (unsigned, wrong, stale, or no secret configured), 400 (unreadable
 * body, not JSON, not an Entry or Asset payload) or 200; nothing a caller sends leads to a 5xx.
 */
export async function handleContentfulWebhook(
  request: Request,
  dependencies: WebhookDependencies,
): Promise<Response> {
  let body: string;
  try {
    // Read once, as text: the signature covers these exact bytes.
    body = await request.text();
  } catch {
    return webhookError(400, 'The request body could not be read.');
  }
  const url = new URL(request.url);
  const signature = verifyWebhookSignature(dependencies.secret, {
    method: request.method,
    path: url.pathname + url.search,
    headers: request.headers,
    body,
  });
  if (!signature.ok) {
    return webhookError(401, signature.message, { reason: signature.reason });
  }

  const parsed = parseWebhook(body, request.headers.get('x-contentful-topic'));
  if (!parsed.ok) return webhookError(400, parsed.error, { issues: parsed.issues });

  let dataset: Dataset | undefined;
  try {
    dataset = await dependencies.getDataset();
  } catch (error) {
    // The refresh matters more than the list of paths: go on, and the plan says "everything".
    console.error('Webhook: the content in force could not be read:', error);
  }
  const plan = planRevalidation(parsed.call, { dataset, locateEntry: dependencies.locateEntry });
  for (const tag of plan.tags) dependencies.expireTag(tag);

  const answer: WebhookAnswer = {
    revalidated: { tags: plan.tags, paths: plan.paths },
    entry: plan.entry,
    notes: plan.notes,
    at: new Date().toISOString(),
  };
  return Response.json(answer, { headers: noStore });
}

// Answers concern one delivery: no cache may keep or replay them.
const noStore = { 'Cache-Control': 'no-store' };

/** A JSON error in the site's shape `{ error, issues }`, plus `reason` for signature refusals. */
export function webhookError(
  status: 400 | 401 | 405,
  error: string,
  extra: { issues?: unknown[]; reason?: string } = {},
): Response {
  return Response.json(
    { error, issues: extra.issues ?? [], ...(extra.reason ? { reason: extra.reason } : {}) },
    { status, headers: { ...noStore, ...(status === 405 ? { Allow: 'POST' } : {}) } },
  );
}

const postOnly = () =>
  webhookError(405, 'This address only takes POST requests from the Contentful webhook.');

/** Handlers for the methods the webhook does not take. */
export const webhookOtherMethods = {
  GET: postOnly,
  PUT: postOnly,
  PATCH: postOnly,
  DELETE: postOnly,
};
