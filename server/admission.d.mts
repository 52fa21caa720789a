// Types for the TypeScript that imports the queue (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const defaultConcurrency: number;
export function admitInTurn(options?: {
  concurrency?: number;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
