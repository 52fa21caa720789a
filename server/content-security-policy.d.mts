// Types for the TypeScript that imports the server's policy module (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function inlineScriptHashes(html: string): string[];
export function pagePolicy(scriptHashes: string[]): string;
export function takesPagePolicy(url: string): boolean;
export function withScriptHashes(req: IncomingMessage, res: ServerResponse, next: () => void): void;
