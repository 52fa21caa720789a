import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Next's file system, as the server hands it to a cache handler.
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import FileSystemCacheKeepingPages, {
  NextFileSystemCache,
  needsFlightPayloadFile,
} from '../../../cache-handlers/file-system.mjs';

// A product page rendered at run time, under the key Next gives it (route-cache/<kind>/<route>/$/<path>).
const key = '/route-cache/APP_PAGE/0f1e2d/$/vi/products/nuoc-mam-sa-huynh';
const wholePage = {
  kind: 'APP_PAGE',
  html: '<!DOCTYPE html><html lang="vi"><body>Nước mắm Sa Huỳnh</body></html>',
  rscData: Buffer.from('0:["flight payload of the page"]'),
  postponed: undefined,
  headers: {},
  status: 200,
  segmentData: undefined,
};
const pprRoute = { isRoutePPREnabled: true, isFallback: false };
const readContext = { kind: 'APP_PAGE', ...pprRoute };

let serverDistDir: string;
/** A handler as a fresh process has it: no memory cache, so every read goes to the disk. */
const handler = (Handler = FileSystemCacheKeepingPages) =>
  new Handler({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir, maxMemoryCacheSize: 0 });

beforeEach(async () => {
  serverDistDir = path.join(await mkdtemp(path.join(tmpdir(), 'page-cache-')), 'server');
});
afterEach(async () => {
  await rm(path.dirname(serverDistDir), { recursive: true, force: true });
});

describe('the file-system page cache', () => {
  it('reads a page rendered at run time back from disk, payload and all', async () => {
    await handler().set(key, wholePage, { ...pprRoute, cacheControl: { revalidate: 3600 } });
    const stored = await handler().get(key, readContext);
    expect(stored?.value?.html).toBe(wholePage.html);
    expect(stored?.value?.rscData?.toString()).toBe(wholePage.rscData.toString());
    expect(stored?.cacheControl).toEqual({ revalidate: 3600 });
  });

  it('is still needed: Next 16.4.5 alone loses such a page once memory lets it go', async () => {
    // When this fails, Next writes the payload itself (vercel/next.js#98307): drop the handler.
    await handler(NextFileSystemCache).set(key, wholePage, pprRoute);
    expect(await handler(NextFileSystemCache).get(key, readContext)).toBeNull();
  });

  it('writes no payload for a postponed page, which Next resumes rather than reads', async () => {
    const shell = { ...wholePage, postponed: '{"resume":"state"}' };
    await handler().set(key, shell, pprRoute);
    const file = path.join(
      serverDistDir,
      'route-cache/APP_PAGE/0f1e2d/$/vi/products/nuoc-mam-sa-huynh.rsc',
    );
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
    const stored = await handler().get(key, readContext);
    expect(stored?.value?.postponed).toBe(shell.postponed);
    expect(stored?.value?.rscData).toBeUndefined();
  });

  it('leaves to Next the cases it handles itself', () => {
    expect(needsFlightPayloadFile(wholePage, pprRoute)).toBe(true);
    // Without PPR, Next writes the file; fallbacks and fetch entries have none.
    expect(needsFlightPayloadFile(wholePage, { isRoutePPREnabled: false })).toBe(false);
    expect(needsFlightPayloadFile(wholePage, { ...pprRoute, isFallback: true })).toBe(false);
    expect(needsFlightPayloadFile(wholePage, { ...pprRoute, fetchCache: true })).toBe(false);
    expect(needsFlightPayloadFile({ ...wholePage, postponed: 'state' }, pprRoute)).toBe(false);
    expect(needsFlightPayloadFile({ kind: 'APP_ROUTE' }, pprRoute)).toBe(false);
    expect(needsFlightPayloadFile(null, pprRoute)).toBe(false);
  });
});
