/**
 * State held once per server process instead of once per copy of a module.
 *
 * Next bundles each page and route handler on its own, so one server process instantiates a
 * module like lib/content once per bundle that imports it. Module-level state is then per copy:
 * at 20,000 products each copy loaded the whole content on its first request (8–10 s each; after a
 * first visit to a dozen pages and APIs the server held 980 MB, against 722 MB with one load), and
 * a Contentful site would read the whole space once per route.
 * State kept here lives on `globalThis`, under a registered symbol, so every copy finds the same.
 *
 * Only for state that does not depend on the copy's code being current: in development a module
 * re-evaluated after an edit gets fresh state, so it never runs on what its old code built.
 */
export function processShared<T extends object>(name: string, create: () => T): T {
  if (process.env.NODE_ENV === 'development') return create();
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`ocop-quang-ngai.${name}`);
  holder[key] ??= create();
  return holder[key];
}
