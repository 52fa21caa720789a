import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addCompileHints,
  compileHint,
  frameworkChunks,
} from '../../../build-hooks/compile-hints.mjs';

let distDir: string;

async function writeBuild(manifest: unknown, chunks: Record<string, string>) {
  await mkdir(path.join(distDir, 'static/chunks'), { recursive: true });
  await writeFile(path.join(distDir, 'build-manifest.json'), JSON.stringify(manifest));
  for (const [file, code] of Object.entries(chunks)) {
    await writeFile(path.join(distDir, file), code);
  }
}

const read = (file: string) => readFile(path.join(distDir, file), 'utf8');

beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'compile-hints-'));
});
afterEach(async () => {
  await rm(distDir, { recursive: true, force: true });
});

describe('addCompileHints', () => {
  it('starts each framework chunk with the hint, once, and leaves route chunks alone', async () => {
    await writeBuild(
      { rootMainFiles: ['static/chunks/react.js', 'static/chunks/runtime.js'] },
      {
        'static/chunks/react.js': 'globalThis.react=1;',
        'static/chunks/runtime.js': '(()=>{})();',
        'static/chunks/route.js': 'globalThis.route=1;',
      },
    );

    expect(await addCompileHints(distDir)).toEqual([
      'static/chunks/react.js',
      'static/chunks/runtime.js',
    ]);
    expect(await read('static/chunks/react.js')).toBe(`${compileHint}globalThis.react=1;`);
    expect(await read('static/chunks/runtime.js')).toBe(`${compileHint}(()=>{})();`);
    expect(await read('static/chunks/route.js')).toBe('globalThis.route=1;');

    // Run again (a build resumed, or the hook called twice): nothing changes.
    expect(await addCompileHints(distDir)).toEqual([]);
    expect(await read('static/chunks/react.js')).toBe(`${compileHint}globalThis.react=1;`);
  });

  it('is the comment V8 reads, on a line of its own', () => {
    expect(compileHint).toBe('//# allFunctionsCalledOnLoad\n');
  });
});

describe('frameworkChunks', () => {
  it('names the manifest when it does not list the framework chunks', async () => {
    for (const manifest of [{}, { rootMainFiles: [] }, { rootMainFiles: ['static/x.css'] }]) {
      await writeBuild(manifest, {});
      await expect(frameworkChunks(distDir)).rejects.toThrow(
        `${path.join(distDir, 'build-manifest.json')}: rootMainFiles`,
      );
    }
  });

  it('fails with the path when there is no build', async () => {
    await expect(frameworkChunks(distDir)).rejects.toThrow(/build-manifest\.json/);
  });
});
