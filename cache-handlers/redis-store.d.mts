// Types for the TypeScript that imports this module (the tests), of what they use: see the .mjs.
export type TagState = Map<string, { stale?: number; expired?: number }>;
export function toTagState(
  stale: Record<string, string>,
  expired: Record<string, string>,
): TagState;
export function sameTagState(a: TagState, b: TagState): boolean;
