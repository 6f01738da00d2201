import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// ADR 0011: the production Content-Security-Policy, and the app working under it (no violations,
// client-side JavaScript running) on public pages and in the portal.

const SCRIPT_SRC = "script-src 'self' 'unsafe-inline'";

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  return violations;
}

test('a public page sends the script-src of ADR 0011, without eval', async ({ request }) => {
  for (const path of ['/', '/voorwaarden', '/inloggen']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()['content-security-policy'];
    expect(csp, path).toContain(`${SCRIPT_SRC};`);
    expect(csp, path).toContain("script-src-attr 'none'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).toContain("object-src 'none'");
  }
});

// ADR 0041: the production server makes a cached page's ETag once, not Next.js on every request.
test('a cached page has one ETag; a browser that has it gets 304 without the page; gzip for who asks', async ({ request }) => {
  // The catalog in two languages: cached pages. (A page rendered on each visit streams, without ETag.)
  for (const path of ['/', '/en']) {
    // After an earlier test's publish the page is made anew on its next visit: that visit first.
    await request.get(path);
    const first = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['content-encoding'], path).toBe('gzip');
    const etag = first.headers().etag;
    expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
    expect((await first.text()).length, path).toBeGreaterThan(1000);
    expect((await request.get(path)).headers().etag, path).toBe(etag);
    const cached = await request.get(path, { headers: { 'if-none-match': etag } });
    expect(cached.status(), path).toBe(304);
    expect((await cached.body()).length, path).toBe(0);
  }
});

/** Next's inline bootstrap scripts ran, and its script files: React mounted the route announcer. */
async function expectScriptsRan(page: Page) {
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
  await expect(page.locator('next-route-announcer')).toBeAttached();
}

test('under that policy the pages run their scripts and report no violation', async ({ page, loginAs }) => {
  const violations = await watchViolations(page);
  // The catalog, and the registration form: the biggest client component.
  await page.goto('/');
  await expectScriptsRan(page);
  await page.getByRole('link', { name: 'Aanmelden als partner' }).first().click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expectScriptsRan(page);

  await loginAs('partner');
  await expect(page).toHaveURL(/\/partner$/);
  await expectScriptsRan(page);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  expect(violations).toEqual([]);

  // The watch works, and an injected event handler attribute does not run.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="/geen-foto.png" alt="" onerror="document.title = \'geraakt\'">'),
  );
  await expect.poll(() => violations.join('\n')).toContain('script-src-attr');
  expect(await page.title()).not.toBe('geraakt');
});
