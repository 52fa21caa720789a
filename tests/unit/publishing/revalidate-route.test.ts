import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { publishBody, secret, signedRequest } from './webhook-fixtures';

// The route's own lines: which secret, which dataset, and how a tag is expired in Next.
const nextCache = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
const env = vi.hoisted(() => ({ CONTENTFUL_WEBHOOK_SECRET: undefined as string | undefined }));
vi.mock('next/cache', () => nextCache);
vi.mock('@/lib/env', () => ({ getEnv: () => env }));
vi.mock('@/lib/content', () => ({
  getDataset: async () => (await loadLocalContent(path.resolve('content'))).dataset,
}));

const { POST, GET } = await import('@/app/api/revalidate/route');

beforeEach(() => {
  nextCache.revalidateTag.mockClear();
  env.CONTENTFUL_WEBHOOK_SECRET = secret;
});

describe('POST /api/revalidate', () => {
  it('expires the content tag at once for a signed call', async () => {
    const response = await POST(signedRequest(publishBody('producer', 'r1', 'sesan')));
    expect(response.status).toBe(200);
    expect(nextCache.revalidateTag).toHaveBeenCalledExactlyOnceWith('content', { expire: 0 });
    expect((await response.json()).revalidated.paths).toContain('/vi/producers/sesan');
  });

  it('uses CONTENTFUL_WEBHOOK_SECRET, refusing everything without it', async () => {
    env.CONTENTFUL_WEBHOOK_SECRET = undefined;
    const response = await POST(signedRequest(publishBody('producer', 'r1', 'sesan')));
    expect(response.status).toBe(401);
    expect(nextCache.revalidateTag).not.toHaveBeenCalled();
  });

  it('answers GET with 405', () => {
    expect(GET().status).toBe(405);
  });
});
