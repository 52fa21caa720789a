/**
 * The Content-Security-Policy of the site's pages, with the scripts allowed by hash (README,
 * "Security"). A page may run the script files the site serves ('self') and the inline scripts Next
 * and the site write into it, and nothing else: no 'unsafe-inline', no 'unsafe-eval', so markup
 * that ever slipped into a page could not run.
 *
 * Why hashes and not nonces: Next writes its data and bootstrap code into each page as inline
 * scripts. It can put a nonce on them only while rendering for a request, so nonces would mean
 * rendering every page for every request: measured on the sample site, a product page went from
 * 218 to 18 requests per second, and no page could be kept by a CDN. A hash is a function of the
 * page alone, so prerendered and cached pages keep working and a CDN may keep page and header
 * together. The price: the server reads each page whole before answering (`withScriptHashes`).
 *
 * Only the scripts a page is made with get a hash (`isPageScript`): hashing every inline script of
 * the page would also allow a `<script>` element that slipped into its markup.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { LRUCache } from 'lru-cache';
import { webFontsScript } from '../lib/web-fonts-script.mjs';
import { holdBackAnswer } from './hold-back.mjs';

/** Inline `<script>` types that are data for the page, which browsers never run (JSON-LD). */
const dataBlockTypes = new Set(['application/ld+json', 'application/json']);

/**
 * The text of every inline script in an HTML page that a browser would run, in page order, exactly
 * as written (what browsers hash). Script files and data blocks (JSON-LD) are left out.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  /** The text of the inline script being read; undefined outside one. */
  let script;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script' || 'src' in attributes) return;
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (!dataBlockTypes.has(type)) script = '';
      },
      ontext(text) {
        if (script !== undefined) script += text;
      },
      onclosetag(name) {
        if (name !== 'script' || script === undefined) return;
        scripts.push(script);
        script = undefined;
      },
    },
    // Script text is taken as written: the browser does not decode entities inside <script>.
    { decodeEntities: false },
  );
  parser.end(html);
  return scripts;
}

/**
 * How Next's inline scripts begin. Each pushes one JSON value into a queue that Next's own script
 * files read: the page's data (`self.__next_f.push([1,"…"])`, escaped so that no `<` can end the
 * script early), the queue's start, and the list of script files to load.
 */
const nextQueuePushes = [
  'self.__next_f.push(',
  '(self.__next_f=self.__next_f||[]).push(',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
];

/** The site's own inline scripts, by their exact text (the <head> of app/[lang]/layout.tsx). */
const siteScripts = new Set([webFontsScript]);

/**
 * Whether an inline script is one a page is made with: the site's own, or one of Next's pushes of
 * a JSON value. The argument must parse as JSON, so a script that begins like Next's and goes on to
 * do something else is not one of them.
 * @param {string} script
 */
export function isPageScript(script) {
  if (siteScripts.has(script)) return true;
  const start = nextQueuePushes.find((prefix) => script.startsWith(prefix));
  if (start === undefined) return false;
  const end = script.endsWith(');') ? -2 : script.endsWith(')') ? -1 : undefined;
  if (end === undefined) return false;
  try {
    JSON.parse(script.slice(start.length, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * The CSP source expression (`'sha256-…'`) of every inline script of the page that `isPageScript`
 * recognises, each once, in page order. `refused` is told of each other one.
 * @param {string} html
 * @param {(script: string) => void} [refused]
 * @returns {string[]}
 */
export function inlineScriptHashes(html, refused) {
  const hashes = new Set();
  for (const script of inlineScripts(html)) {
    if (!isPageScript(script)) refused?.(script);
    else hashes.add(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy of a page whose inline scripts have these hashes.
 * @param {string[]} scriptHashes
 * @returns {string}
 */
export function pagePolicy(scriptHashes) {
  /** @type {Array<[string, string[]]>} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    // Inline styles stay allowed: Leaflet places the map with style attributes, which no hash can
    // cover. Styles cannot run code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Photos may come from the CMS's image host and map tiles from MAP_TILE_URL's (https).
    ['img-src', ["'self'", 'data:', 'blob:', 'https:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Whether a path's HTML answers get the page policy. The cards under /embed keep their own, set in
 * next.config.js: any site may frame them and they run no script at all.
 * @param {string} url
 */
export function takesPagePolicy(url) {
  return !/^\/embed(\/|$|\?)/.test(url);
}

/**
 * Node middleware, `(req, res, next)`: holds back each HTML answer until it is complete, then sends
 * it with the page policy for its inline scripts. Other answers pass through untouched, streamed
 * as before. Put it inside compression, so it sees the page as written.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function withScriptHashes(req, res, next) {
  if (!takesPagePolicy(req.url ?? '/')) return next();
  const isPage = () => {
    // A 304 updates the headers of the page the browser kept: it must not replace that page's
    // policy (next.config.js sets only frame-ancestors on every path) with one that fits no page.
    if (res.statusCode === 304) res.removeHeader('Content-Security-Policy');
    const type = String(res.getHeader('content-type') ?? '');
    // An answer already encoded was made by this server once before: Next fetches the target of
    // a rewrite (the 404 page of /fr/...) from itself over HTTP, and passes it on with its policy.
    const encoded = !/^(identity)?$/i.test(String(res.getHeader('content-encoding') ?? ''));
    return /^text\/html\b/i.test(type) && !encoded && res.statusCode !== 304;
  };
  holdBackAnswer(res, isPage, (body, send) => {
    // Next writes no body for HEAD: the policy it would make lists no hashes, and must not be
    // remembered for the page's ETag, or the GETs that follow would get it too.
    const seenWhole = req.method !== 'HEAD';
    res.setHeader('Content-Security-Policy', policyOf(body, res.getHeader('etag'), seenWhole));
    // A HEAD answer keeps Next's length, the page's: its own empty body is not what a GET sends.
    if (seenWhole && res.hasHeader('content-length')) res.setHeader('Content-Length', body.length);
    send(body);
  });
  next();
}

/**
 * Policies of pages served lately, by ETag: Next gives each prerendered or cached page one, and
 * server/body-etags.mjs each page rendered per request (the hash of its bytes), so the same ETag
 * means the same scripts and the page need not be read again. Query strings can make any number
 * of distinct pages; the count bounds what they keep (a policy is 1–20 KB).
 * @type {LRUCache<string, string>}
 */
const policiesByEtag = new LRUCache({ max: 5000 });

/**
 * The policy of a page: the one kept for its ETag, else made from the body and kept if `seenWhole`.
 * @param {Buffer} body
 * @param {unknown} etag
 * @param {boolean} seenWhole whether `body` is the whole page (not the empty body of a HEAD)
 */
function policyOf(body, etag, seenWhole) {
  const key = typeof etag === 'string' && etag ? etag : undefined;
  const known = key && policiesByEtag.get(key);
  if (known) return known;
  const policy = pagePolicy(inlineScriptHashes(body.toString('utf8'), reportRefused));
  if (key && seenWhole) policiesByEtag.set(key, policy);
  return policy;
}

/** Beginnings of the refused scripts already reported: each kind is logged once per process. */
const reported = new LRUCache({ max: 100 });

/**
 * Says in the server's log that a page held an inline script the policy does not allow, so the
 * browser will not run it: markup that slipped in, or a kind of script a new version of Next writes
 * (then `nextQueuePushes` needs it).
 * @param {string} script
 */
function reportRefused(script) {
  const beginning = script.slice(0, 60);
  if (reported.has(beginning)) return;
  reported.set(beginning, true);
  console.warn(
    `Content-Security-Policy: an inline script not made by Next or the site was left out of a page's policy: ${JSON.stringify(beginning)}…`,
  );
}
