import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Read at run time; next.config.js ships these files with the server.
const fontDir = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  'node_modules/@fontsource/be-vietnam-pro/files',
);

/**
 * Be Vietnam Pro for images drawn on the server (next/og). The renderer reads WOFF, not WOFF2. Each
 * subset gets its own family name, and `ogFontFamily` lists them all: the renderer then takes a
 * glyph missing from the Latin subset (ả, ẩ, ệ…) from the Vietnamese one.
 */
export async function getOgFonts() {
  const load = (subset: string, weight: 400 | 700) =>
    readFile(path.join(fontDir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)).then((data) => ({
      name: `BVP ${subset}`,
      data,
      weight,
      style: 'normal' as const,
    }));
  return Promise.all([
    load('latin', 700),
    load('vietnamese', 700),
    load('latin', 400),
    load('vietnamese', 400),
    load('latin-ext', 400),
    load('latin-ext', 700),
  ]);
}

export const ogFontFamily = "'BVP latin', 'BVP vietnamese', 'BVP latin-ext'";
