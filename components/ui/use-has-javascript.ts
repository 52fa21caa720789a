'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False on the server and while hydrating, true after: controls that only work with JavaScript
 * (map, buttons) appear then, and a page without JavaScript never shows dead ones.
 */
export function useHasJavaScript(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
