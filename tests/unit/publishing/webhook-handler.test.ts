import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import {
  handleContentfulWebhook,
  webhookOtherMethods,
  type WebhookDependencies,
} from '@/lib/publishing/webhook-handler';
import {
  deletedEntryBody,
  otherSecret,
  publishBody,
  secret,
  signedRequest,
  webhookPath,
} from './webhook-fixtures';

let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

function dependencies(overrides: Partial<WebhookDependencies> = {}) {
  const expireTag = vi.fn<(tag: string) => void>();
  return {
    expireTag,
    deps: { secret, getDataset: async () => dataset, expireTag, ...overrides },
  };
}

const productBody = publishBody('product', '5KsDBWseXY6QegucYAoacS', 'gao-an-tra');

describe('the publishing webhook', () => {
  it('expires the content tag and answers what it refreshed', async () => {
    const { deps, expireTag } = dependencies();
    const response = await handleContentfulWebhook(signedRequest(productBody), deps);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const answer = await response.json();
    expect(answer.revalidated.tags).toEqual(['content']);
    expect(answer.revalidated.paths).toEqual(
      expect.arrayContaining(['/vi/products/gao-an-tra', '/en/products/gao-an-tra']),
    );
    expect(answer.entry).toEqual({
      contentType: 'product',
      id: '5KsDBWseXY6QegucYAoacS',
      slug: 'gao-an-tra',
    });
    expect(answer.notes).toEqual([]);
    expect(Date.parse(answer.at)).not.toBeNaN();
    expect(expireTag).toHaveBeenCalledExactlyOnceWith('content');
  });

  it('answers 401 with the reason for unsigned, wrongly signed and stale calls', async () => {
    const unsigned = new Request(`https://ocop.example${webhookPath}`, {
      method: 'POST',
      body: productBody,
    });
    const cases: Array<[Request, string]> = [
      [unsigned, 'missing'],
      [signedRequest(productBody, { signWith: otherSecret }), 'wrong'],
      [signedRequest(productBody, { timestamp: Date.now() - 3_600_000 }), 'stale'],
    ];
    for (const [request, reason] of cases) {
      const { deps, expireTag } = dependencies();
      const response = await handleContentfulWebhook(request, deps);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: expect.any(String), reason });
      expect(expireTag).not.toHaveBeenCalled();
    }
  });

  it('answers 401 to everything while no secret is configured', async () => {
    const { deps, expireTag } = dependencies({ secret: undefined });
    const response = await handleContentfulWebhook(signedRequest(productBody), deps);
    expect(response.status).toBe(401);
    const answer = await response.json();
    expect(answer).toMatchObject({ reason: 'not-configured' });
    expect(answer.error).toMatch(/not configured/);
    expect(expireTag).not.toHaveBeenCalled();
  });

  it('verifies before reading: a bad body without a signature is 401, not 400', async () => {
    const { deps } = dependencies();
    const request = new Request(`https://ocop.example${webhookPath}`, {
      method: 'POST',
      body: 'not json',
    });
    expect((await handleContentfulWebhook(request, deps)).status).toBe(401);
  });

  it('answers 400 with the issues for a signed body that is not JSON or not a payload', async () => {
    for (const body of ['not json', '', '{"sys":{"type":"Entry","id":"x"}}', '[1,2]']) {
      const { deps, expireTag } = dependencies();
      const response = await handleContentfulWebhook(signedRequest(body), deps);
      expect(response.status, body).toBe(400);
      const answer = await response.json();
      expect(answer.error).toEqual(expect.any(String));
      expect(answer.issues.length).toBeGreaterThan(0);
      expect(expireTag).not.toHaveBeenCalled();
    }
  });

  it('still refreshes everything when the content cannot be read', async () => {
    const { deps, expireTag } = dependencies({
      getDataset: () => Promise.reject(new Error('Contentful is down')),
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handleContentfulWebhook(signedRequest(productBody), deps);
    error.mockRestore();
    expect(response.status).toBe(200);
    expect((await response.json()).revalidated).toEqual({ tags: ['content'], paths: ['*'] });
    expect(expireTag).toHaveBeenCalledWith('content');
  });

  it('places an unpublished entry with the lookup it is given', async () => {
    const { deps } = dependencies({
      locateEntry: (id) =>
        id === 'e9' ? { collection: 'products', slug: 'gao-an-tra' } : undefined,
    });
    const request = signedRequest(deletedEntryBody('product', 'e9'), {
      topic: 'ContentManagement.Entry.unpublish',
    });
    const answer = await (await handleContentfulWebhook(request, deps)).json();
    expect(answer.entry.slug).toBe('gao-an-tra');
    expect(answer.revalidated.paths).toContain('/vi/products/gao-an-tra');
  });

  it('refreshes nothing for a draft save, and says so', async () => {
    const { deps, expireTag } = dependencies();
    const request = signedRequest(productBody, { topic: 'ContentManagement.Entry.auto_save' });
    const answer = await (await handleContentfulWebhook(request, deps)).json();
    expect(answer.revalidated).toEqual({ tags: [], paths: [] });
    expect(answer.notes.at(-1)).toMatch(/drafts only/);
    expect(expireTag).not.toHaveBeenCalled();
  });

  it('never answers 5xx, whatever the headers and body', async () => {
    const bodies = ['', 'null', '{}', '{"sys":null}', '"\u0000"', '{'.repeat(10_000), productBody];
    const headerSets: Array<Record<string, string>> = [
      {},
      {
        'x-contentful-signature': 'x',
        'x-contentful-signed-headers': ',',
        'x-contentful-timestamp': 'NaN',
      },
      {
        'x-contentful-signature': 'f'.repeat(64),
        'x-contentful-signed-headers': 'x-contentful-signed-headers,x-contentful-timestamp',
        'x-contentful-timestamp': String(Date.now()),
      },
    ];
    for (const body of bodies) {
      for (const headers of headerSets) {
        const { deps } = dependencies();
        const request = new Request(`https://ocop.example${webhookPath}?q=%ZZ`, {
          method: 'POST',
          headers,
          body,
        });
        const response = await handleContentfulWebhook(request, deps);
        expect(response.status).toBeLessThan(500);
      }
    }
  });

  it('answers other methods with 405 in JSON, allowing POST', async () => {
    for (const handler of Object.values(webhookOtherMethods)) {
      const response = handler();
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await response.json()).toMatchObject({ error: expect.any(String), issues: [] });
    }
  });
});
