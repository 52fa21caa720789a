// Types for the TypeScript that imports this module (the tests): see the .mjs.
import type { ServerResponse } from 'node:http';

export function holdBackAnswer(
  res: ServerResponse,
  wanted: () => boolean,
  complete: (body: Buffer, send: (bytes: Buffer) => void) => void,
): void;
