import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The route reads the environment once per process: load it afresh with the secret set.
async function loadRoute() {
  vi.resetModules();
  return import('@/app/api/draft/route');
}

const get = async (query: string) =>
  (await loadRoute()).GET(new NextRequest(`http://localhost/api/draft?${query}`));

describe('GET /api/draft refuses what it cannot open, before touching draft mode', () => {
  beforeEach(() => vi.stubEnv('CONTENTFUL_PREVIEW_SECRET', 'e2e-preview-secret'));
  afterEach(() => vi.unstubAllEnvs());

  it('answers a wrong secret with 401 JSON, uncacheable and without a cookie', async () => {
    const response = await get('secret=wrong&contentType=product&slug=mach-nha-mantoza');
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = await response.json();
    expect(body).toMatchObject({ error: expect.any(String), issues: [{ parameter: 'secret' }] });
  });

  it('answers a bad slug with 400 JSON naming it', async () => {
    const response = await get('secret=e2e-preview-secret&contentType=product&slug=../x');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ parameter: 'slug' }] });
  });

  it('answers other methods with 405 JSON', async () => {
    const response = (await loadRoute()).POST();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
