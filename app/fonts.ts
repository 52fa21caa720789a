import localFont from 'next/font/local';

/*
 * Be Vietnam Pro, self-hosted from @fontsource, in the two subsets Vietnamese text needs; next/font
 * sizes a fallback font (Arial) to match, so the swap moves nothing. Each subset is its own family
 * limited by unicode-range; the CSS font stack lists both, and the browser takes each letter from
 * the subset that has it.
 *
 * `display: optional` and no preload: a font that is not there at once is not waited for.
 * Preloading the four files made Chromium hold the first paint: in Lighthouse (mobile) runs of the
 * product page on the loopback, the first paint came at 1.2–2.3 s in 4 runs of 4 with the preload
 * and at 0.1–0.3 s without, and the simulated LCP fell from 3.7 to 2.9 s (issue 9's note).
 *
 * A first visit does not ask for them at all: see webFontsScript. The price, as before, is a
 * visitor's first page in the system's font.
 */
export const latinFont = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-latin',
  display: 'optional',
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const vietnameseFont = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-vietnamese',
  display: 'optional',
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
    },
  ],
});

/** Classes that define both font variables; put them on <html>. */
export const fontVariables = `${latinFont.variable} ${vietnameseFont.variable}`;

/**
 * The script that gives the pages Be Vietnam Pro once this browser has it: see
 * lib/web-fonts-script.mjs, which the server's Content-Security-Policy reads too.
 */
export { webFontsScript } from '@/lib/web-fonts-script.mjs';
