// Types for the TypeScript that imports the server's compressed copies (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function keepCompressedCopies(options?: {
  maxBytes?: number;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
