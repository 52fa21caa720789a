/**
 * Where leaving preview may send the editor back to: a path of this site, never another site.
 * Pure, so the rules can be tested without a server.
 */

// One leading slash, not two: `//host` is a protocol-relative link to another site.
const startsWithOneSlash = /^\/(?!\/)/;

// Browsers strip tabs and newlines from URLs (so `/\t/host` would become `//host` in the address
// bar) and read backslashes as slashes (`/\host` is `//host`): refuse both anywhere in the path.
function hasUnsafeCharacter(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

const maxPathLength = 2048;

// A placeholder origin to parse against; only a path that stays on it is accepted.
const placeholderOrigin = 'http://same-site.invalid';

/**
 * `candidate` as a same-site path (path, query and fragment, percent-encoded so it is safe in a
 * Location header), or `/` when it is missing or could lead anywhere else.
 */
export function toSameSitePath(candidate: string | null | undefined): string {
  if (
    !candidate ||
    candidate.length > maxPathLength ||
    !startsWithOneSlash.test(candidate) ||
    hasUnsafeCharacter(candidate)
  ) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(candidate, placeholderOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== placeholderOrigin) return '/';
  // Dot segments resolve against the root: `/..//evil.example` and `/.//evil.example` come out as
  // `//evil.example`, which a browser reads as another site.
  if (!startsWithOneSlash.test(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
