/**
 * The browser the tests and Lighthouse drive: Debian's Chromium, or the one CHROMIUM_PATH names
 * (scripts/ensure-chromium.sh installs it), never a downloaded one.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without network access. */
export const offlineChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
