// Types for the TypeScript that imports this module (lib/content): see the .mjs.
export function noteRevalidation(): void;
export function revalidationsSeen(): number;
