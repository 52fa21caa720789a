/**
 * The check that no server-only variable reaches the browser (scripts/check-client-bundle.ts, run
 * after the build): which variables it knows, and what it finds in chunk and page text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSecretVariable,
  markersFor,
  minimumValueLength,
  scanText,
  serverVariableNames,
} from '@/scripts/check-client-bundle';

const names = serverVariableNames();
const found = (text: string, markers: Parameters<typeof scanText>[2]) =>
  scanText('chunk.js', text, markers).map((hit) => `${hit.variable} (${hit.kind})`);

describe('the variables checked', () => {
  it("are lib/env.ts's, read off its schema, plus the scripts' management token", () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'CONTENT_SOURCE',
        'CONTENTFUL_SPACE_ID',
        'CONTENTFUL_ACCESS_TOKEN',
        'CONTENTFUL_PREVIEW_TOKEN',
        'CONTENTFUL_WEBHOOK_SECRET',
        'CONTENTFUL_PREVIEW_SECRET',
        'CONTENTFUL_HOST',
        'SITE_URL',
        'MAP_TILE_URL',
        'CONTENTFUL_MANAGEMENT_TOKEN',
      ]),
    );
    expect(names.filter((name) => name.startsWith('NEXT_PUBLIC_'))).toEqual([]);
  });

  it('take tokens and secrets as credentials, whose values are looked for too', () => {
    expect(names.filter(isSecretVariable).sort()).toEqual([
      'CONTENTFUL_ACCESS_TOKEN',
      'CONTENTFUL_MANAGEMENT_TOKEN',
      'CONTENTFUL_PREVIEW_SECRET',
      'CONTENTFUL_PREVIEW_TOKEN',
      'CONTENTFUL_WEBHOOK_SECRET',
    ]);
  });
});

describe('in client chunks', () => {
  const { chunks } = markersFor(names, {});

  it('finds a variable read in browser code, however it is written', () => {
    expect(found('const t=process.env.CONTENTFUL_ACCESS_TOKEN;', chunks)).toEqual([
      'CONTENTFUL_ACCESS_TOKEN (name)',
    ]);
    expect(found('e.env["CONTENTFUL_WEBHOOK_SECRET"]', chunks)).toEqual([
      'CONTENTFUL_WEBHOOK_SECRET (name)',
    ]);
    expect(found('{CONTENT_SOURCE:a,SITE_URL:b}', chunks)).toEqual([
      'CONTENT_SOURCE (name)',
      'SITE_URL (name)',
    ]);
  });

  it('matches whole names only', () => {
    expect(found('x.CONTENTFUL_HOSTNAME; MY_SITE_URL_2', chunks)).toEqual([]);
  });

  it('finds a Contentful personal access token by its shape', () => {
    expect(found('"Bearer CFPAT-abcdefghijklmnopqrstuvwxyz012345"', chunks)).toEqual([
      'CONTENTFUL_MANAGEMENT_TOKEN (token)',
    ]);
  });

  it('passes an ordinary chunk', () => {
    const chunk =
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["static/chunks/a.js",94553,(e,t,r)=>{"use strict";r.s(["Map",()=>n]);let n=e=>e.tileUrl}]);';
    expect(found(chunk, chunks)).toEqual([]);
  });
});

describe('secret values', () => {
  const token = 'b4c0ffee0123456789abcdefABCDEF_-xyzXYZ01234';
  const env = {
    CONTENTFUL_ACCESS_TOKEN: token,
    CONTENTFUL_PREVIEW_SECRET: 'short',
    SITE_URL: 'https://ocop.quangngai.gov.vn',
    CONTENTFUL_SPACE_ID: 'abcd1234efgh',
  };
  const markers = markersFor(names, env);

  it('are found where the environment of the build has them set, in chunks and pages', () => {
    expect(found(`headers:{Authorization:"Bearer ${token}"}`, markers.chunks)).toEqual([
      'CONTENTFUL_ACCESS_TOKEN (value)',
    ]);
    expect(
      found(`self.__next_f.push([1,"5:{\\"token\\":\\"${token}\\"}"])`, markers.pages),
    ).toEqual(['CONTENTFUL_ACCESS_TOKEN (value)']);
  });

  it('are looked for literally (a value with regex characters matches only itself)', () => {
    const odd = markersFor(names, { CONTENTFUL_WEBHOOK_SECRET: 'a+b/c=d_e-f'.repeat(6) });
    expect(found('a+b/c=d_e-f'.repeat(6), odd.chunks)).toEqual([
      'CONTENTFUL_WEBHOOK_SECRET (value)',
    ]);
    expect(found('aab/c=d_e-f'.repeat(6), odd.chunks)).toEqual([]);
  });

  it(`are reported as unchecked when shorter than ${minimumValueLength} characters`, () => {
    expect(markers.unchecked).toEqual(['CONTENTFUL_PREVIEW_SECRET']);
    expect(found('short', markers.chunks)).toEqual([]);
  });

  it('are not looked for when the variable is not a credential (the site URL, the space ID)', () => {
    // Pages carry the site URL, and Contentful asset URLs the space ID, by design.
    expect(found('https://ocop.quangngai.gov.vn/vi abcd1234efgh', markers.pages)).toEqual([]);
  });

  it('are all a page is checked for: prose may name a variable', () => {
    expect(found('<code>CONTENTFUL_ACCESS_TOKEN</code>', markers.pages)).toEqual([]);
  });
});

describe('the command', () => {
  it('fails, saying why, when there is no build to check', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-build-'));
    try {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/check-client-bundle.ts', '--dist', empty],
        { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8', timeout: 60_000 },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('No client build at');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
