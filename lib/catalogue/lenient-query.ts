import type { ParsedQuery, QueryIssue } from './product-query';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads a page's query leniently: unlike the API, a page drops the parameters it cannot understand
 * (and says which) rather than refusing to show anything. `check` adds issues found against the data.
 */
export function readLenientQuery<T>(
  searchParams: SearchParams,
  parse: (input: SearchParams) => ParsedQuery<T>,
  check: (query: T) => QueryIssue[],
): { query: T; ignored: string[] } {
  const ignored = new Set<string>();
  let input = { ...searchParams };
  // Each pass removes the parameters at fault; every parameter can fail at most once.
  for (let attempt = 0; attempt <= Object.keys(searchParams).length; attempt += 1) {
    const parsed = parse(input);
    const issues = parsed.ok ? check(parsed.query) : parsed.issues;
    if (parsed.ok && issues.length === 0) return { query: parsed.query, ignored: [...ignored] };
    for (const issue of issues) {
      ignored.add(issue.parameter);
      input = { ...input, [issue.parameter]: undefined };
    }
  }
  const empty = parse({});
  if (!empty.ok) throw new Error('an empty query must be valid');
  return { query: empty.query, ignored: [...ignored] };
}
