import { afterEach, describe, expect, it, vi } from 'vitest';

/** Imports lib/process-shared.ts afresh, as Next's separate bundles each instantiate it. */
async function freshCopy() {
  vi.resetModules();
  return (await import('@/lib/process-shared')).processShared;
}

afterEach(() => {
  vi.unstubAllEnvs();
  for (const name of ['test-state', 'test-state-other']) {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(`ocop-quang-ngai.${name}`)];
  }
});

describe('processShared', () => {
  it('gives every copy of a module the same state, created once', async () => {
    const create = vi.fn(() => ({ loads: 0 }));
    const inFirstCopy = (await freshCopy())('test-state', create);
    const inSecondCopy = (await freshCopy())('test-state', create);
    inFirstCopy.loads += 1;
    expect(inSecondCopy).toBe(inFirstCopy);
    expect(inSecondCopy.loads).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('keeps states of different names apart', async () => {
    const processShared = await freshCopy();
    const a = processShared('test-state', () => ({ name: 'a' }));
    const b = processShared('test-state-other', () => ({ name: 'b' }));
    expect(a).not.toBe(b);
    expect(b.name).toBe('b');
  });

  it('in development, gives each copy its own state (an edited module must not reuse its old state)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const create = vi.fn(() => ({}));
    const first = (await freshCopy())('test-state', create);
    const second = (await freshCopy())('test-state', create);
    expect(second).not.toBe(first);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
