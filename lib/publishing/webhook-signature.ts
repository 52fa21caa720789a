/**
 * Checks that a webhook call comes from Contentful: Contentful signs each call with the space's
 * "request verification" secret (HMAC-SHA256 over method, path, chosen headers and body), and we
 * recompute the signature with the same secret through Contentful's own toolkit.
 */
import {
  ExpiredRequestException,
  verifyRequest,
  type CanonicalRequest,
} from '@contentful/node-apps-toolkit/requests';

/** The headers Contentful adds to a signed request. */
export const signatureHeaders = {
  signature: 'x-contentful-signature',
  signedHeaders: 'x-contentful-signed-headers',
  timestamp: 'x-contentful-timestamp',
} as const;

/**
 * How old a signature may be, in seconds. Contentful retries a failed call twice, 30 s apart, and
 * does not say whether a retry is signed afresh: 90 s lets the last retry through even if it carries
 * the first signature, with some room for clock drift, while a captured call stops working within a
 * minute and a half. (The toolkit's default of 30 s would refuse such retries.)
 */
export const signatureTtlSeconds = 90;

/**
 * Contentful's rule for signing secrets: exactly 64 characters from this set. The toolkit throws on
 * any other secret, so a mistyped setting is caught here and reported as such.
 */
const secretPattern = /^[0-9a-zA-Z+/=_-]{64}$/;

/** Why a request was refused. */
export type SignatureFailure = 'not-configured' | 'missing' | 'wrong' | 'stale';

export type SignatureCheck =
  { ok: true } | { ok: false; reason: SignatureFailure; message: string };

/** The parts of a request the signature covers, as they arrived. */
export interface SignedRequestParts {
  method: string;
  /** Path and query string, e.g. `/api/revalidate` or `/api/revalidate?x=1`. */
  path: string;
  headers: Headers | Record<string, string>;
  /** The raw body text: parsing and re-serialising JSON would change the bytes that were signed. */
  body: string;
}

/**
 * Verifies a webhook request against the signing secret. Never throws: every malformed header ends
 * as a refusal with its reason, so the route can answer 401 and never a 5xx.
 */
export function verifyWebhookSignature(
  secret: string | undefined,
  request: SignedRequestParts,
  ttlSeconds: number = signatureTtlSeconds,
): SignatureCheck {
  if (!secret) {
    return refuse(
      'not-configured',
      'Webhook signing secret not configured: set CONTENTFUL_WEBHOOK_SECRET to the request verification secret of the Contentful space. Until then every request is refused.',
    );
  }
  if (!secretPattern.test(secret)) {
    return refuse(
      'not-configured',
      'CONTENTFUL_WEBHOOK_SECRET is not a Contentful signing secret (64 characters: letters, digits, + / = _ -). Every request is refused until it is corrected.',
    );
  }

  const headers = toHeaderRecord(request.headers);
  const absent = Object.values(signatureHeaders).filter((name) => !headers[name]?.trim());
  if (absent.length > 0) {
    return refuse('missing', `Unsigned request: missing header(s) ${absent.join(', ')}.`);
  }

  const signedAt = Number.parseInt(headers[signatureHeaders.timestamp] ?? '', 10);
  const canonical: CanonicalRequest = {
    method: request.method.toUpperCase() as CanonicalRequest['method'],
    path: request.path,
    headers,
    body: request.body,
  };
  let isMatch: boolean;
  try {
    isMatch = verifyRequest(secret, canonical, ttlSeconds);
  } catch (error) {
    if (error instanceof ExpiredRequestException) {
      const age = Math.round((Date.now() - signedAt) / 1000);
      return refuse(
        'stale',
        `Stale signature: signed ${age} s ago, and requests older than ${ttlSeconds} s are refused.`,
      );
    }
    // The toolkit throws on malformed metadata (a signature that is not 64 characters, a timestamp
    // that is not a number, a method it does not know): none of that can be a genuine signature.
    return refuse(
      'wrong',
      'Malformed signature headers: the request was not signed by Contentful.',
    );
  }
  if (!isMatch) {
    return refuse(
      'wrong',
      'Wrong signature: the request was not signed with this secret, or was changed after signing.',
    );
  }

  // The toolkit only limits age; a timestamp far ahead would keep a captured call usable longer.
  const ahead = (signedAt - Date.now()) / 1000;
  if (ahead > ttlSeconds) {
    return refuse(
      'stale',
      `Signature timestamp is ${Math.round(ahead)} s in the future: check the server's clock.`,
    );
  }
  return { ok: true };
}

function refuse(reason: SignatureFailure, message: string): SignatureCheck {
  return { ok: false, reason, message };
}

/** Header names in lower case, as the toolkit compares them. */
function toHeaderRecord(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), value]));
}
