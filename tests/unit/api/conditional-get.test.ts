/** Conditional GETs of the answers that carry an ETag (lib/api/http.ts). */
import { describe, expect, it } from 'vitest';
import { ifNoneMatchNames, validatedResponse } from '@/lib/api/http';

const etag = '"abc-123_x"';

describe('ifNoneMatchNames', () => {
  it.each([
    ['the same tag', '"abc-123_x"', true],
    ['the tag in a list', '"old", "abc-123_x" ,"older"', true],
    ['the weak form of the tag', 'W/"abc-123_x"', true],
    ['any tag', '*', true],
    ['another tag', '"abc-123"', false],
    ['the tag unquoted', 'abc-123_x', false],
    ['an empty header', '', false],
    ['no header', null, false],
  ])('%s: %s', (_, header, expected) => {
    expect(ifNoneMatchNames(header, etag)).toBe(expected);
  });

  it('compares weakly on the server side too', () => {
    expect(ifNoneMatchNames('"abc-123_x"', `W/${etag}`)).toBe(true);
  });
});

describe('validatedResponse', () => {
  const answer = { body: new TextEncoder().encode('{"type":"FeatureCollection"}'), etag };
  const headers = { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'application/json' };
  const get = (init?: HeadersInit) => new Request('https://ocop.example/api', { headers: init });

  it('answers 200 with the bytes and the ETag to a first request', async () => {
    const response = validatedResponse(get(), answer, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await response.text()).toBe('{"type":"FeatureCollection"}');
  });

  it('answers 304 without the bytes, with the same caching headers, when the client has them', async () => {
    const response = validatedResponse(get({ 'If-None-Match': etag }), answer, headers);
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await response.text()).toBe('');
  });

  it('answers 200 when the client has other bytes', () => {
    expect(validatedResponse(get({ 'If-None-Match': '"old"' }), answer, headers).status).toBe(200);
  });
});
