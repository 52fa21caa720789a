/**
 * Webhook calls as Contentful sends them, signed with the toolkit's own signRequest, for the
 * publishing tests.
 */
import { signRequest } from '@contentful/node-apps-toolkit/requests';

/** A signing secret of the shape Contentful generates (64 characters). */
export const secret = 'Zq3v0cT7bN1xK8mR4pW6yH2jL5sD9fG0aE3uI7oP1kB4nM8qV2cX6zT0wY5rJ9hA';
export const otherSecret = 'A'.repeat(64);

export const webhookPath = '/api/revalidate';

export interface CallOptions {
  path?: string;
  topic?: string;
  /** Milliseconds since the epoch; now by default. */
  timestamp?: number;
  signWith?: string;
}

/** The parts of a signed webhook call: the headers Contentful sends plus its signature headers. */
export function signedCall(body: string, options: CallOptions = {}) {
  const path = options.path ?? webhookPath;
  const headers: Record<string, string> = {
    'content-type': 'application/vnd.contentful.management.v1+json',
    'x-contentful-topic': options.topic ?? 'ContentManagement.Entry.publish',
    'x-contentful-webhook-name': 'OCOP site',
  };
  const signature = signRequest(
    options.signWith ?? secret,
    { method: 'POST', path, headers, body },
    options.timestamp ?? Date.now(),
  );
  return { method: 'POST', path, headers: { ...headers, ...signature }, body };
}

/** The same call as a fetch Request to the site. */
export function signedRequest(body: string, options: CallOptions = {}): Request {
  const call = signedCall(body, options);
  return new Request(`https://ocop.example${call.path}`, {
    method: call.method,
    headers: call.headers,
    body: call.body,
  });
}

const link = (linkType: string, id: string) => ({ sys: { type: 'Link', linkType, id } });

/** A publish payload: the whole entry, with its slug under the default locale. */
export function publishBody(contentType: string, id: string, slug?: string): string {
  return JSON.stringify({
    metadata: { tags: [] },
    sys: {
      type: 'Entry',
      id,
      space: link('Space', 'ocopspace'),
      environment: link('Environment', 'master'),
      contentType: link('ContentType', contentType),
      revision: 3,
      createdAt: '2026-11-01T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    },
    fields: {
      ...(slug ? { slug: { vi: slug } } : {}),
      name: { vi: 'Tên sản phẩm', en: 'Product name' },
    },
  });
}

/** An unpublish or delete payload: `sys` only. */
export function deletedEntryBody(contentType: string, id: string): string {
  return JSON.stringify({
    sys: {
      type: 'DeletedEntry',
      id,
      space: link('Space', 'ocopspace'),
      environment: link('Environment', 'master'),
      contentType: link('ContentType', contentType),
      revision: 3,
      deletedAt: '2026-11-23T02:00:00.000Z',
    },
  });
}

export function assetBody(type: 'Asset' | 'DeletedAsset', id: string): string {
  return JSON.stringify({
    sys: { type, id, space: link('Space', 'ocopspace') },
    ...(type === 'Asset'
      ? { fields: { title: { vi: 'Ảnh' }, file: { vi: { fileName: 'a.jpg' } } } }
      : {}),
  });
}
