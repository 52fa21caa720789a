import { describe, expect, it } from 'vitest';
import { isDraftMode } from '@/lib/preview/draft-mode';

describe('isDraftMode', () => {
  it('answers false, without throwing, where there is no request (scripts, tests)', async () => {
    await expect(isDraftMode()).resolves.toBe(false);
  });
});
