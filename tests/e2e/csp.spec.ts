/**
 * The pages' Content-Security-Policy in Chromium (server/content-security-policy.mjs): every page
 * runs under a policy without 'unsafe-inline' or 'unsafe-eval' for scripts, its own scripts all
 * run (no violation, the page hydrates), and a script or handler slipped into the page does not.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { inlineScripts } from '../../server/content-security-policy.mjs';
import { embedPaths, pagePaths } from './routes';

/** Reports every violation in the page as a console error, from before the page's own scripts. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void })
        .__reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return violations;
}

/** The script-src sources of a policy. */
function scriptSources(policy: string | undefined): string[] {
  const directive = (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return directive?.slice(1) ?? [];
}

/**
 * The CSP source of each inline script of a page, all of them: the policy gives a hash only to
 * the kinds of script Next and the site write (isPageScript), so a kind it does not know, which
 * the browser would refuse to run, shows here as a hash missing from the policy.
 */
const hashesOfEveryInlineScript = (html: string) =>
  inlineScripts(html).map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );

/** Tries both ways markup could run script once it is in the page; true if either ran. */
const injectedScriptRan = (page: Page) =>
  page.evaluate(async () => {
    const flags = window as unknown as { __byElement?: number; __byHandler?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__byElement = 1';
    document.body.append(script);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img alt="" src="/x.png" onerror="window.__byHandler = 1">',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return Boolean(flags.__byElement || flags.__byHandler);
  });

/**
 * One page of each route in turn per language (every path of routes.ts once): the policy is made
 * the same way for all, and the accessibility sweep already walks every page.
 */
const samplePages = pagePaths.map((path, index) => `/${index % 2 ? 'en' : 'vi'}${path}`);

for (const path of samplePages) {
  test(`${path} runs its own scripts only, under a strict policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const sources = scriptSources(response?.headers()['content-security-policy']);
    expect(sources).toContain("'self'");
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    const hashes = hashesOfEveryInlineScript(await response!.text());
    expect(hashes.length, 'Next writes its data into the page as inline scripts').toBeGreaterThan(
      0,
    );
    for (const hash of hashes) expect(sources).toContain(hash);
    // Hydrated: the client router is running.
    await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
    await page.waitForLoadState('load');
    expect(violations).toEqual([]);
  });
}

test('markup slipped into a page cannot run script, also after a reload answered 304', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/vi/products/mach-nha-mantoza');
  expect(await injectedScriptRan(page)).toBe(false);
  expect(violations.some((text) => text.startsWith('script-src-elem inline'))).toBe(true);
  expect(violations.some((text) => text.startsWith('script-src-attr inline'))).toBe(true);

  // The browser revalidates its copy; the 304 must leave that copy's policy in force.
  violations.length = 0;
  const reload = await page.reload();
  expect([200, 304]).toContain(reload?.status());
  expect(await injectedScriptRan(page)).toBe(false);
  expect(violations.filter((text) => !text.includes('inline'))).toEqual([]);
});

test('client-side navigation loads the next page without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/en');
  await page.getByRole('navigation').getByRole('link', { name: 'Products' }).first().click();
  await expect(page).toHaveURL(/\/en\/products$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the global 404 page gets the policy too, and runs without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/fr/produits');
  expect(response?.status()).toBe(404);
  const sources = scriptSources(response?.headers()['content-security-policy']);
  expect(sources).not.toContain("'unsafe-inline'");
  for (const hash of hashesOfEveryInlineScript(await response!.text())) {
    expect(sources).toContain(hash);
  }
  await page.waitForLoadState('load');
  expect(violations).toEqual([]);
});

test('embeddable cards keep their own policy: framable by anyone, no script at all', async ({
  request,
}) => {
  const response = await request.get(embedPaths[0]!);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain('frame-ancestors *');
  expect(policy).toContain("default-src 'none'");
  expect(scriptSources(policy)).toEqual([]);
});
