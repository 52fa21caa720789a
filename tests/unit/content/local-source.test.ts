import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentUnavailableError, type ContentProblem } from '@/lib/content/content-source';
import { loadLocalContent } from '@/lib/content/local/local-source';

const contentDir = path.resolve('content');

describe('the embedded sample content', () => {
  it('loads with no problems', async () => {
    const { problems } = await loadLocalContent(contentDir);
    expect(problems).toEqual([]);
  });

  it('is large and varied enough to show every feature (issue 2)', async () => {
    const { dataset } = await loadLocalContent(contentDir);
    expect(dataset.settings.isSampleData).toBe(true);
    expect(dataset.products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(dataset.products.map((p) => p.group))).toEqual(
      new Set(dataset.groupScheme.groups.map((g) => g.code)),
    );
    expect(new Set(dataset.products.map((p) => p.stars))).toEqual(new Set([3, 4, 5]));
    expect(dataset.products.some((p) => p.isPotentialFiveStar)).toBe(true);
    expect(
      dataset.products.some((p) => p.certificate.history.some((e) => e.kind === 'revoked')),
    ).toBe(true);
    expect(dataset.producers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(dataset.producers.map((p) => p.type)).size).toBe(4);
    expect(dataset.events.length).toBeGreaterThanOrEqual(12);
    expect(dataset.events.some((e) => e.status === 'cancelled' || e.status === 'postponed')).toBe(
      true,
    );
    expect(dataset.retailPoints.length).toBeGreaterThanOrEqual(25);
    expect(dataset.articles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.articles.map((a) => a.kind)).size).toBe(3);
    expect(dataset.rounds.map((r) => r.year)).toEqual(expect.arrayContaining([2024, 2025, 2026]));
  });

  it('places every mapped sales point inside the province, west included', async () => {
    const { dataset } = await loadLocalContent(contentDir);
    const [southWest, northEast] = dataset.settings.province.bounds;
    const mapped = dataset.retailPoints.filter((p) => p.coordinates);
    for (const point of mapped) {
      expect(point.coordinates!.lat, point.slug).toBeGreaterThanOrEqual(southWest.lat);
      expect(point.coordinates!.lat, point.slug).toBeLessThanOrEqual(northEast.lat);
      expect(point.coordinates!.lng, point.slug).toBeGreaterThanOrEqual(southWest.lng);
      expect(point.coordinates!.lng, point.slug).toBeLessThanOrEqual(northEast.lng);
    }
    const areaRegion = new Map(dataset.areas.map((a) => [a.slug, a.region]));
    expect(mapped.some((p) => areaRegion.get(p.address!.area) === 'west')).toBe(true);
  });

  it('reads article bodies from the Markdown files beside the JSON', async () => {
    const { dataset } = await loadLocalContent(contentDir);
    const article = dataset.articles[0]!;
    const body = await readFile(path.join(contentDir, 'articles', `${article.slug}.vi.md`), 'utf8');
    expect(article.body.vi).toBe(body.trim());
  });
});

describe('a broken content folder', () => {
  let dir: string;
  let firstProduct: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-content-'));
    await cp(contentDir, dir, { recursive: true });
    const { dataset } = await loadLocalContent(dir);
    firstProduct = dataset.products[0]!.slug;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const productFile = (slug: string) => path.join(dir, 'products', `${slug}.json`);

  /**
   * The problems of the product's own file. Any other problem must be the knock-on effect of that
   * product being skipped: lists elsewhere (sales points, articles) that named it are trimmed.
   */
  const ownProblems = (problems: ContentProblem[], slug: string) => {
    const own = problems.filter((p) => p.location.endsWith(`products/${slug}.json`));
    const knockOn = problems.filter((p) => !own.includes(p));
    expect(knockOn.every((p) => p.message === `no product with slug "${slug}"`)).toBe(true);
    return own;
  };
  const editProduct = async (slug: string, edit: (record: Record<string, unknown>) => void) => {
    const record = JSON.parse(await readFile(productFile(slug), 'utf8'));
    edit(record);
    await writeFile(productFile(slug), JSON.stringify(record));
  };

  it('lets the event loop turn between batches of files, so a server keeps answering', async () => {
    const before = (await loadLocalContent(dir)).dataset.products.length;
    // 640 more products: ten batches of files to read, each synchronously.
    const record = JSON.parse(await readFile(productFile(firstProduct), 'utf8'));
    await Promise.all(
      Array.from({ length: 640 }, (_, i) =>
        writeFile(productFile(`copy-${i}`), JSON.stringify({ ...record, slug: `copy-${i}` })),
      ),
    );
    let turns = 0;
    let loading = true;
    const turn = () => {
      if (!loading) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    const { dataset } = await loadLocalContent(dir);
    loading = false;
    expect(dataset.products).toHaveLength(before + 640);
    // At least one turn per batch of products; without the turns between batches, 1.
    expect(turns).toBeGreaterThanOrEqual(10);
  });

  it('names the file and field of an invalid value, skips that record and keeps the rest', async () => {
    const before = (await loadLocalContent(dir)).dataset.products.length;
    await editProduct(firstProduct, (r) => {
      (r.certificate as Record<string, unknown>).decisionDate = '25/12/2023';
    });
    const { dataset, problems } = await loadLocalContent(dir);
    expect(ownProblems(problems, firstProduct)).toEqual([
      expect.objectContaining({ field: 'certificate.decisionDate' }),
    ]);
    expect(dataset.products).toHaveLength(before - 1);
    expect(dataset.products.some((p) => p.slug === firstProduct)).toBe(false);
  });

  it('reports a file that is not JSON', async () => {
    await writeFile(productFile(firstProduct), '{ "slug": ');
    const { problems } = await loadLocalContent(dir);
    expect(ownProblems(problems, firstProduct)).toEqual([
      expect.objectContaining({
        field: '(file)',
        message: expect.stringContaining('not valid JSON'),
      }),
    ]);
  });

  it('drops a product whose producer does not exist, naming the field', async () => {
    await editProduct(firstProduct, (r) => {
      r.producer = 'no-such-producer';
    });
    const { dataset, problems } = await loadLocalContent(dir);
    expect(ownProblems(problems, firstProduct)).toEqual([
      expect.objectContaining({
        field: 'producer',
        message: expect.stringContaining('no-such-producer'),
      }),
    ]);
    expect(dataset.products.some((p) => p.slug === firstProduct)).toBe(false);
  });

  it('requires the slug to match the file name', async () => {
    await editProduct(firstProduct, (r) => {
      r.slug = 'another-slug';
    });
    const { problems } = await loadLocalContent(dir);
    expect(ownProblems(problems, firstProduct)).toEqual([
      expect.objectContaining({ field: 'slug' }),
    ]);
  });

  it('gives the same content the same version, and any edit, Markdown bodies included, a new one', async () => {
    const before = (await loadLocalContent(dir)).dataset.version;
    expect((await loadLocalContent(dir)).dataset.version).toBe(before);
    const { dataset } = await loadLocalContent(dir);
    const body = path.join(dir, 'articles', `${dataset.articles[0]!.slug}.vi.md`);
    await writeFile(body, `${await readFile(body, 'utf8')}\nThêm một dòng.\n`);
    expect((await loadLocalContent(dir)).dataset.version).not.toBe(before);
  });

  it('cannot run without site settings', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{}');
    await expect(loadLocalContent(dir)).rejects.toBeInstanceOf(ContentUnavailableError);
  });

  it('makes `npm run content:check` exit 1 and print file and field', async () => {
    await editProduct(firstProduct, (r) => {
      r.score = 12;
    });
    const run = promisify(execFile)('node_modules/.bin/tsx', [
      'scripts/content-check.ts',
      '--dir',
      dir,
    ]);
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      new RegExp(`products/${firstProduct}\\.json: score: score 12 is outside`),
    );
  });
});
