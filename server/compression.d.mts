// Types for the TypeScript that imports the server's compression module (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function isCompressible(req: IncomingMessage, res: ServerResponse): boolean;
export function compressAnswers(): (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;
