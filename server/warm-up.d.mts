// Types for the TypeScript that imports the server's warm-up module (the tests): see the .mjs.
import type { AddressInfo } from 'node:net';

export const warmUpPaths: string[];
export function localOrigin(address: AddressInfo): string;
export function warmUp(origin: string, log?: Pick<Console, 'log' | 'error'>): Promise<void>;
