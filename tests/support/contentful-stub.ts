/**
 * A local HTTP server that speaks the part of Contentful's Content Delivery API the source uses
 * (entries by content type and assets, all locales, paged with skip/limit, ordered by sys.id,
 * links left unresolved), serving the file `npm run content:export` writes. Tests script failures
 * (500, 429 with X-Contentful-RateLimit-Reset, slow answers) and edit entries through `control`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ContentfulExport,
  ExportedAsset,
  ExportedEntry,
} from '@/lib/content/contentful/export';

export interface StubOptions {
  data: ContentfulExport;
  space?: string;
  environment?: string;
  accessToken?: string;
  previewToken?: string;
  port?: number;
}

interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  /** Answer only after this long (a timeout test). */
  delayMs?: number;
}

export interface ContentfulStub {
  /** `127.0.0.1:PORT`, as CONTENTFUL_HOST wants it. */
  host: string;
  port: number;
  space: string;
  environment: string;
  accessToken: string;
  previewToken: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** When each request arrived (performance.now()), for rate measurements. */
  requestTimes: number[];
  control: {
    /** The next requests fail as scripted, one entry per request. */
    failNext(...failures: ScriptedFailure[]): void;
    /**
     * Replaces (or removes, with undefined) one locale's value of an entry's field: published, or
     * as an unpublished draft that only the Preview API (the preview token) shows.
     */
    setField(
      entryId: string,
      fieldId: string,
      locale: string,
      value: unknown,
      options?: { isDraft?: boolean },
    ): void;
    /** Back to the data the stub started with. */
    reset(): void;
    /** Adds an entry (or replaces one with the same id). */
    putEntry(entry: ExportedEntry): void;
    /** Unpublishes an entry. */
    removeEntry(entryId: string): void;
  };
  close(): Promise<void>;
}

const maxLimit = 1000;
const publishedAt = '2026-01-01T00:00:00.000Z';

function send(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/vnd.contentful.delivery.v1+json',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

function apiError(id: string, message: string) {
  return { sys: { type: 'Error', id }, message, requestId: 'stub' };
}

export async function startContentfulStub(options: StubOptions): Promise<ContentfulStub> {
  const space = options.space ?? 'stubspace';
  const environment = options.environment ?? 'master';
  const accessToken = options.accessToken ?? 'stub-delivery-token';
  const previewToken = options.previewToken ?? 'stub-preview-token';
  const initialEntries = () =>
    new Map<string, ExportedEntry>(
      structuredClone(options.data.entries).map((entry) => [entry.sys.id, entry]),
    );
  // Published entries (Delivery API) and what editors see (Preview API: drafts included).
  let entries = initialEntries();
  let previewEntries = initialEntries();
  const assets: ExportedAsset[] = structuredClone(options.data.assets);
  const failures: ScriptedFailure[] = [];
  // Every change moves the entry's updatedAt forward, as in Contentful, so the site sees a new
  // version even after a reset brings revision numbers back.
  let changes = 0;
  const updatedAt = new Map<string, string>();
  const touch = (id: string) => {
    changes += 1;
    updatedAt.set(id, new Date(Date.parse(publishedAt) + changes * 1000).toISOString());
  };
  const requests: string[] = [];
  const requestTimes: number[] = [];

  const spaceLink = { sys: { type: 'Link', linkType: 'Space', id: space } };
  const environmentLink = { sys: { type: 'Link', linkType: 'Environment', id: environment } };

  const deliveredEntry = (entry: ExportedEntry) => ({
    metadata: { tags: [], concepts: [] },
    sys: {
      space: spaceLink,
      environment: environmentLink,
      id: entry.sys.id,
      type: 'Entry',
      createdAt: publishedAt,
      updatedAt: updatedAt.get(entry.sys.id) ?? publishedAt,
      revision: entry.sys.revision,
      contentType: entry.sys.contentType,
    },
    fields: entry.fields,
  });

  const deliveredAsset = (asset: ExportedAsset) => ({
    metadata: { tags: [], concepts: [] },
    sys: {
      space: spaceLink,
      environment: environmentLink,
      id: asset.sys.id,
      type: 'Asset',
      createdAt: publishedAt,
      updatedAt: publishedAt,
      revision: asset.sys.revision,
    },
    fields: asset.fields,
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    requests.push(`${url.pathname}${url.search}`);
    requestTimes.push(performance.now());
    const failure = failures.shift();
    if (failure) {
      if (failure.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
      if (response.destroyed) return;
      return send(
        response,
        failure.status,
        apiError('Scripted', 'scripted failure'),
        failure.headers,
      );
    }
    const token = request.headers.authorization?.replace(/^Bearer /, '');
    const isPreview = token === previewToken;
    if (token !== accessToken && !isPreview) {
      return send(response, 401, apiError('AccessTokenInvalid', 'The access token is invalid.'));
    }
    // The SDK asks for /spaces/{space}/environments/{env}/{collection}.
    const match = /^\/spaces\/([^/]+)(?:\/environments\/([^/]+))?\/(entries|assets)$/.exec(
      url.pathname,
    );
    if (!match || match[1] !== space || (match[2] ?? 'master') !== environment) {
      return send(response, 404, apiError('NotFound', 'The resource could not be found.'));
    }
    const params = url.searchParams;
    const skip = Number(params.get('skip') ?? 0);
    const limit = Number(params.get('limit') ?? 100);
    if (!(limit >= 0 && limit <= maxLimit) || !(skip >= 0)) {
      return send(response, 400, apiError('BadRequest', `limit must be between 0 and ${maxLimit}`));
    }
    if (params.get('locale') !== '*') {
      return send(response, 400, apiError('BadRequest', 'the stub serves locale=* only'));
    }
    const byId = (a: { sys: { id: string } }, b: { sys: { id: string } }) =>
      a.sys.id < b.sys.id ? -1 : a.sys.id > b.sys.id ? 1 : 0;
    const all =
      match[3] === 'assets'
        ? [...assets].sort(byId).map(deliveredAsset)
        : [...(isPreview ? previewEntries : entries).values()]
            .filter((entry) => entry.sys.contentType.sys.id === params.get('content_type'))
            .sort(byId)
            .map(deliveredEntry);
    return send(
      response,
      200,
      {
        sys: { type: 'Array' },
        total: all.length,
        skip,
        limit,
        items: all.slice(skip, skip + limit),
      },
      { 'X-Contentful-RateLimit-Second-Limit': '55' },
    );
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, apiError('StubError', String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: `127.0.0.1:${port}`,
    port,
    space,
    environment,
    accessToken,
    previewToken,
    requests,
    requestTimes,
    control: {
      failNext: (...scripted) => failures.push(...scripted),
      setField(entryId, fieldId, locale, value, { isDraft = false } = {}) {
        for (const collection of isDraft ? [previewEntries] : [entries, previewEntries]) {
          const entry = collection.get(entryId);
          if (!entry) throw new Error(`The stub has no entry ${entryId}`);
          const field = (entry.fields[fieldId] ??= {});
          if (value === undefined) delete field[locale];
          else field[locale] = value;
          entry.sys.revision += 1;
        }
        touch(entryId);
      },
      putEntry(entry) {
        entries.set(entry.sys.id, structuredClone(entry));
        previewEntries.set(entry.sys.id, structuredClone(entry));
      },
      removeEntry(entryId) {
        entries.delete(entryId);
        previewEntries.delete(entryId);
      },
      reset() {
        entries = initialEntries();
        previewEntries = initialEntries();
        failures.length = 0;
        for (const id of entries.keys()) touch(id);
      },
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
