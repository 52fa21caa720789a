// Types for the TypeScript that imports the build hook (the tests): see the .mjs.
export const compileHint: string;
export function frameworkChunks(distDir: string): Promise<string[]>;
export function addCompileHints(distDir: string): Promise<string[]>;
