// Types for the TypeScript that imports the web fonts script (app/fonts.ts, the tests): see the .mjs.
export const webFontsScript: string;
