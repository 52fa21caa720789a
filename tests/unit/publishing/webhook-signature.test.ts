import { describe, expect, it } from 'vitest';
import {
  signatureHeaders,
  signatureTtlSeconds,
  verifyWebhookSignature,
} from '@/lib/publishing/webhook-signature';
import { otherSecret, publishBody, secret, signedCall } from './webhook-fixtures';

const body = publishBody('product', 'product-mach-nha-mantoza', 'mach-nha-mantoza');
const seconds = 1000;

describe('webhook signature', () => {
  it('accepts a call signed with the secret', () => {
    expect(verifyWebhookSignature(secret, signedCall(body))).toEqual({ ok: true });
  });

  it('accepts the headers as a Headers object, whatever their case', () => {
    const call = signedCall(body);
    const headers = new Headers();
    for (const [name, value] of Object.entries(call.headers))
      headers.set(name.toUpperCase(), value);
    expect(verifyWebhookSignature(secret, { ...call, headers })).toEqual({ ok: true });
  });

  it('covers the query string of the path', () => {
    const call = signedCall(body, { path: '/api/revalidate?source=contentful' });
    expect(verifyWebhookSignature(secret, call).ok).toBe(true);
    expect(verifyWebhookSignature(secret, { ...call, path: '/api/revalidate' })).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
  });

  it('refuses a call signed with another secret', () => {
    const check = verifyWebhookSignature(secret, signedCall(body, { signWith: otherSecret }));
    expect(check).toMatchObject({ ok: false, reason: 'wrong' });
    expect(check.ok || check.message).toMatch(/Wrong signature/);
  });

  it('refuses a body changed after signing', () => {
    const call = signedCall(body);
    const tampered = { ...call, body: body.replace('mach-nha-mantoza', 'gao-an-tra') };
    expect(verifyWebhookSignature(secret, tampered)).toMatchObject({ ok: false, reason: 'wrong' });
  });

  it('refuses a signed header changed after signing', () => {
    const call = signedCall(body);
    const headers = { ...call.headers, 'x-contentful-topic': 'ContentManagement.Entry.delete' };
    expect(verifyWebhookSignature(secret, { ...call, headers })).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
  });

  it('refuses another method than the one signed', () => {
    expect(verifyWebhookSignature(secret, { ...signedCall(body), method: 'PUT' })).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
  });

  it(`takes a call signed up to ${signatureTtlSeconds} s ago and refuses older ones as stale`, () => {
    const recent = signedCall(body, {
      timestamp: Date.now() - (signatureTtlSeconds - 5) * seconds,
    });
    expect(verifyWebhookSignature(secret, recent).ok).toBe(true);
    const old = signedCall(body, { timestamp: Date.now() - 10 * 60 * seconds });
    const check = verifyWebhookSignature(secret, old);
    expect(check).toMatchObject({ ok: false, reason: 'stale' });
    expect(check.ok || check.message).toMatch(/signed 600 s ago/);
  });

  it('refuses a timestamp far in the future as stale', () => {
    const ahead = signedCall(body, { timestamp: Date.now() + 10 * 60 * seconds });
    expect(verifyWebhookSignature(secret, ahead)).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('applies a TTL given by the caller', () => {
    const call = signedCall(body, { timestamp: Date.now() - 20 * seconds });
    expect(verifyWebhookSignature(secret, call, 10)).toMatchObject({ reason: 'stale' });
    expect(verifyWebhookSignature(secret, call, 30).ok).toBe(true);
  });

  it.each(Object.values(signatureHeaders))('refuses a call without %s as unsigned', (name) => {
    const call = signedCall(body);
    const headers = { ...call.headers };
    delete headers[name as keyof typeof headers];
    const check = verifyWebhookSignature(secret, { ...call, headers });
    expect(check).toMatchObject({ ok: false, reason: 'missing' });
    expect(check.ok || check.message).toContain(name);
  });

  it('refuses a call with no headers at all, naming all three', () => {
    const check = verifyWebhookSignature(secret, { ...signedCall(body), headers: {} });
    expect(check).toMatchObject({ ok: false, reason: 'missing' });
    for (const name of Object.values(signatureHeaders))
      expect(check.ok || check.message).toContain(name);
  });

  it('refuses malformed signature headers without throwing', () => {
    const call = signedCall(body);
    const cases = [
      { [signatureHeaders.signature]: 'abc' },
      { [signatureHeaders.timestamp]: 'yesterday' },
      { [signatureHeaders.timestamp]: '12' },
      { [signatureHeaders.signedHeaders]: 'x-contentful-timestamp' },
    ];
    for (const change of cases) {
      expect(
        verifyWebhookSignature(secret, { ...call, headers: { ...call.headers, ...change } }),
      ).toMatchObject({ ok: false, reason: 'wrong' });
    }
    expect(verifyWebhookSignature(secret, { ...call, method: 'BREW' })).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
  });

  it('refuses everything while no secret is configured, and says so', () => {
    for (const missing of [undefined, '']) {
      const check = verifyWebhookSignature(missing, signedCall(body));
      expect(check).toMatchObject({ ok: false, reason: 'not-configured' });
      expect(check.ok || check.message).toMatch(/CONTENTFUL_WEBHOOK_SECRET/);
    }
  });

  it('refuses everything while the secret is not a Contentful signing secret', () => {
    const check = verifyWebhookSignature('too-short', signedCall(body));
    expect(check).toMatchObject({ ok: false, reason: 'not-configured' });
    expect(check.ok || check.message).toMatch(/64 characters/);
  });
});
