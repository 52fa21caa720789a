/**
 * The pages use Be Vietnam Pro only once this browser has it (globals.css, `html[data-web-fonts]`).
 * A first visit lays its page out in the system's font, and fetches the font files once the page has
 * loaded, for the next pages; they are then in the HTTP cache (immutable files), and localStorage
 * remembers it, so the next page asks for the font from its first layout.
 *
 * Why not ask on the first page: while a web font it uses is still loading, Chromium lays the text
 * out far more slowly. In Lighthouse's mobile runs of the home page, style and layout took
 * 593–635 ms of the main thread with the fonts pending and 296 ms without, and its blocking time fell
 * from 370 to 180 ms. With `display: optional` the first page rarely showed the font anyway.
 *
 * Inline in <head>, so it runs before the first layout. A plain module, not TypeScript, so that the
 * server's Content-Security-Policy (server/content-security-policy.mjs) can allow this exact text.
 * Without JavaScript or storage, pages stay in the system's font. next/font names the metric-matched
 * local fallbacks "… Fallback"; they are not files to fetch.
 */
export const webFontsScript = `(function () {
  var key = 'ocop-web-fonts';
  try {
    if (localStorage.getItem(key) === '1') {
      document.documentElement.setAttribute('data-web-fonts', '');
      return;
    }
  } catch (e) {
    return;
  }
  addEventListener('load', function () {
    var loads = [];
    document.fonts.forEach(function (face) {
      if (!/ Fallback$/.test(face.family.replace(/["']/g, ''))) loads.push(face.load());
    });
    Promise.all(loads).then(function () {
      try {
        localStorage.setItem(key, '1');
      } catch (e) {}
    }, function () {});
  });
})();`;
