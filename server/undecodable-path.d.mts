// Types for the TypeScript that imports the server's path module (the tests): see the .mjs.
export function escapeUndecodableSegments(target: string): string;
