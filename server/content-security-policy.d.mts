// Types for the TypeScript that imports the server's policy module (the tests): see the .mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function inlineScripts(html: string): string[];
export function isPageScript(script: string): boolean;
export function inlineScriptHashes(html: string, refused?: (script: string) => void): string[];
export function pagePolicy(scriptHashes: string[]): string;
export function takesPagePolicy(url: string): boolean;
export function withScriptHashes(req: IncomingMessage, res: ServerResponse, next: () => void): void;
