// Types for the TypeScript that imports this layer (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function bodyEtag(body: Buffer): string;
export function withBodyEtags(req: IncomingMessage, res: ServerResponse, next: () => void): void;
