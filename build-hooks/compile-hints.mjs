/**
 * Chrome (136 and later) compiles every function of a script that starts with the comment below
 * while it streams the script in, on a background thread. Without it, V8 compiles each function on
 * the main thread the first time it runs. The framework chunks every page loads (React, Next's
 * router, Turbopack's runtime) run almost entirely while the page hydrates, and compiling them was
 * most of the longest task Lighthouse saw on mobile. On the catalogue, that task took 145 ms without
 * the hint and 62 ms with it (unthrottled, this machine); the nine pages Lighthouse checks went from
 * 77–93 to 86–99 for performance. Other browsers ignore the comment.
 *
 * Only these chunks get the hint: compiling a route's code that may never run would cost memory and
 * time for nothing. next.config.js runs this once the build has compiled, before it prerenders, so
 * the files on disk are the files served and cached (a CDN sees nothing of it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** V8's per-file compile hint (https://v8.dev/blog/explicit-compile-hints). */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * The framework chunks every page loads, from the build's manifest, relative to the build folder.
 * @param {string} distDir the build folder (`.next`)
 * @returns {Promise<string[]>}
 */
export async function frameworkChunks(distDir) {
  const manifestPath = path.join(distDir, 'build-manifest.json');
  /** @type {{ rootMainFiles?: unknown }} */
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const files = manifest.rootMainFiles;
  if (
    !Array.isArray(files) ||
    files.length === 0 ||
    !files.every((file) => typeof file === 'string' && file.endsWith('.js'))
  ) {
    // A Next.js upgrade that renames the field should stop the build here, not lose the hint quietly.
    throw new Error(`${manifestPath}: rootMainFiles should list the framework's .js chunks`);
  }
  return files;
}

/**
 * Puts the compile hint at the start of each framework chunk that does not have it yet.
 * @param {string} distDir the build folder (`.next`)
 * @returns {Promise<string[]>} the chunks that got the hint now
 */
export async function addCompileHints(distDir) {
  const hinted = [];
  for (const file of await frameworkChunks(distDir)) {
    const chunkPath = path.join(distDir, file);
    const code = await readFile(chunkPath, 'utf8');
    if (code.startsWith(compileHint)) continue;
    await writeFile(chunkPath, compileHint + code);
    hinted.push(file);
  }
  return hinted;
}
