// Types for the TypeScript that imports the rule (lib/api/http.ts, the tests): see the .mjs.
export function ifNoneMatchNames(header: string | null | undefined, etag: string): boolean;
