import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  it('runs on local content with no variables at all', () => {
    const env = parseEnv({});
    expect(env.CONTENT_SOURCE).toBe('local');
    expect(env.CONTENT_DIR).toBe('content');
    expect(env.SITE_URL).toBe('http://localhost:3000');
  });
  it('drops a trailing slash from SITE_URL', () => {
    expect(parseEnv({ SITE_URL: 'https://ocop.example.vn/' }).SITE_URL).toBe(
      'https://ocop.example.vn',
    );
  });
  it('names every bad variable in one message', () => {
    expect(() => parseEnv({ SITE_URL: 'not a url', CONTENT_SOURCE: 'ftp' })).toThrow(
      /SITE_URL[\s\S]*CONTENT_SOURCE|CONTENT_SOURCE[\s\S]*SITE_URL/,
    );
  });
  it('requires Contentful credentials when Contentful is the source', () => {
    expect(() => parseEnv({ CONTENT_SOURCE: 'contentful' })).toThrow(
      /CONTENTFUL_SPACE_ID: is required[\s\S]*CONTENTFUL_ACCESS_TOKEN: is required/,
    );
  });
  it('refuses a Contentful host with a scheme, which the SDK would silently ignore', () => {
    expect(() => parseEnv({ CONTENTFUL_HOST: 'http://127.0.0.1:4000' })).toThrow(/CONTENTFUL_HOST/);
    expect(parseEnv({ CONTENTFUL_HOST: '127.0.0.1:4000' }).CONTENTFUL_HOST).toBe('127.0.0.1:4000');
  });
  it('takes only a webhook secret of the shape Contentful generates', () => {
    expect(() => parseEnv({ CONTENTFUL_WEBHOOK_SECRET: 'short' })).toThrow(
      /CONTENTFUL_WEBHOOK_SECRET: must be the 64-character signing secret/,
    );
    const secret = 'a1B2'.repeat(16);
    expect(parseEnv({ CONTENTFUL_WEBHOOK_SECRET: secret }).CONTENTFUL_WEBHOOK_SECRET).toBe(secret);
    expect(parseEnv({ CONTENTFUL_WEBHOOK_SECRET: '' }).CONTENTFUL_WEBHOOK_SECRET).toBeUndefined();
  });
});
