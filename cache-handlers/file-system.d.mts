// Types for the TypeScript that imports this module (the tests): see the .mjs. Looser than Next's
// own handler types, which want every field of a server's context.
type CachedValue = {
  kind: string;
  rscData?: Buffer;
  postponed?: string | null;
  [field: string]: unknown;
};
type SetContext = {
  fetchCache?: boolean;
  isFallback?: boolean;
  isRoutePPREnabled?: boolean;
  [field: string]: unknown;
};
type StoredEntry = { value: CachedValue | null; lastModified: number; cacheControl?: unknown };

export function needsFlightPayloadFile(data: CachedValue | null, context: SetContext): boolean;
/** Next's own handler: the same shape, without the write this module adds. */
export const NextFileSystemCache: typeof FileSystemCacheKeepingPages;
export default class FileSystemCacheKeepingPages {
  constructor(context: {
    fs: unknown;
    serverDistDir: string;
    flushToDisk?: boolean;
    maxMemoryCacheSize?: number;
    [field: string]: unknown;
  });
  get(
    key: string,
    context: { kind: string; [field: string]: unknown },
  ): Promise<StoredEntry | null>;
  set(key: string, data: CachedValue | null, context: SetContext): Promise<void>;
}
