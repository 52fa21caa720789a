// Types for the TypeScript that imports the server's shared-cache module (the tests): see the .mjs.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export const queryPageCacheControl: string;
export function sharedCacheControl(answer: {
  method: string | undefined;
  url: string | undefined;
  requestHeaders: IncomingHttpHeaders;
  statusCode: number;
  contentType: unknown;
  cacheControl: unknown;
}): string | undefined;
export function isQueryPage(url: string | undefined): boolean;
export function withSharedCacheForQueryPages(
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
): void;
