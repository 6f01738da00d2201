import { test as base, expect, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { E2E_BASE_URL, MAIL_API, e2eServerEnv } from '../support/e2e-env';
import { E2E_DB, databaseUrl } from '../support/databases';
import type { CaughtMail } from '../support/smtp-catcher';

export { expect };

export const PHONE = { width: 390, height: 844 };

/** axe-core on the page as it is now: WCAG 2.1 A/AA, zero violations allowed. */
export async function expectAccessible(page: Page, label = page.url()) {
  if (!(await scriptsRun(page))) return expectAccessibleWithoutScripts(page, label);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Whether the page runs its scripts (a context with `javaScriptEnabled: false` does not). */
async function scriptsRun(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const probe = document.createElement('noscript');
    probe.innerHTML = '<p></p>';
    // With scripting disabled, a noscript element's content is parsed as elements.
    return probe.childElementCount === 0;
  });
}

// axe needs scripts: the page's HTML as it is, without its scripts, is checked in a page that runs them.
async function expectAccessibleWithoutScripts(page: Page, label: string) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const context = await page.context().browser()!.newContext({ viewport: page.viewportSize() });
  const checker = await context.newPage();
  try {
    await checker.goto(new URL('/api/health', page.url()).href);
    await checker.setContent(html, { waitUntil: 'load' });
    await expectAccessible(checker, `${label} (without JavaScript)`);
  } finally {
    await context.close();
  }
}

/** Waits until the SMTP catcher has received a mail to `to` whose subject contains `subject`. */
export async function waitForMail(to: string, subject: string, after?: string): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as CaughtMail[];
        found = mails.reverse().find((m) => m.subject.includes(subject) && (!after || m.receivedAt > after));
        return Boolean(found);
      },
      { message: `mail "${subject}" to ${to}`, timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found!;
}

/** The first link in a mail that points into the app and contains `path`. */
export function linkIn(mail: CaughtMail, path: string): string {
  const match = mail.html.match(new RegExp(`href="([^"]*${path.replace(/[?]/g, '\\?')}[^"]*)"`));
  if (!match) throw new Error(`no link with ${path} in mail "${mail.subject}"`);
  return match[1].replace(/&amp;/g, '&');
}

let unique = Date.now() % 100000;
export function uniq() {
  unique++;
  return String(unique).padStart(5, '0');
}

export async function login(page: Page, identifier: string, password: string) {
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam of e-mailadres').fill(identifier);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

export const DEMO = {
  editor: { username: 'redactie', password: 'redactie-demo-2026' },
  partner: { username: 'dewielen', password: 'zwembad-demo-2026', email: 'info@zwembad-dewielen.example' },
  partner2: { username: 'boekhoek', password: 'boekhoek-demo-2026' },
};

export const test = base;

/**
 * The page's own alert (Next.js keeps an empty role=alert route announcer on every page), or a
 * form's answer: that is no live region, focus moves to it (components/ui/FormMessage.tsx).
 */
export function alert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__), [data-form-answer]:not(:empty)');
}

/** A form's answer at its top (a confirmation, an error, the error summary), which has focus. */
export function formAnswer(page: Page) {
  return page.locator('[data-form-answer]');
}

export const E2E = { baseURL: E2E_BASE_URL };

/** Changes an account directly in the e2e database, as an administrator would. */
export async function setAccount(username: string, change: { role: 'PARTNER' | 'EDITOR'; unconfirmed?: boolean }) {
  const client = new pg.Client({ connectionString: databaseUrl(E2E_DB) });
  await client.connect();
  try {
    await client.query(
      `UPDATE "User" SET role = $2::"Role", "emailConfirmedAt" = CASE WHEN $3 THEN NULL ELSE COALESCE("emailConfirmedAt", now()) END WHERE username = $1`,
      [username, change.role, Boolean(change.unconfirmed)],
    );
  } finally {
    await client.end();
  }
}

/** Gives an account a known password, so that a spec does not depend on the order specs run in. */
export async function setPassword(username: string, password: string) {
  const { hashPassword } = await import('../../lib/accounts/passwords');
  const client = new pg.Client({ connectionString: databaseUrl(E2E_DB) });
  await client.connect();
  try {
    await client.query('UPDATE "User" SET "passwordHash" = $2 WHERE username = $1', [username, await hashPassword(password)]);
  } finally {
    await client.end();
  }
}

/**
 * The offer as rendered by OfferPage, in a canonical form: the DOM with comments dropped, adjacent
 * text merged and attributes sorted (how the HTML arrived — server-rendered or after a client-side
 * navigation — does not matter), heading levels made equal (each page passes its own level).
 */
export async function offerHtml(page: Page): Promise<string> {
  return page.locator('[data-offer]').evaluate((root) => {
    const clone = root.cloneNode(true) as Element;
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.parentNode?.removeChild(c);
    clone.normalize();
    const serialize = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const el = node as Element;
      const tag = el.tagName.toLowerCase().replace(/^h[1-6]$/, 'h');
      const attrs = [...el.attributes]
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ');
      return `<${tag}${attrs ? ' ' + attrs : ''}>${[...el.childNodes].map(serialize).join('')}</${tag}>`;
    };
    return serialize(clone);
  });
}

/** A query on the e2e database, as an administrator (or the passing of time) would change it. */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(E2E_DB) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** What the server does itself just after midnight (instrumentation.ts): the daily job, now. */
export async function runDailyJob() {
  const { jobToken } = await import('../../lib/jobs');
  const response = await fetch(`${E2E_BASE_URL}/api/jobs/daily`, {
    method: 'POST',
    headers: { authorization: `Bearer ${jobToken(e2eServerEnv().AUTH_SECRET)}` },
  });
  expect(response.status).toBe(200);
}

/**
 * The server action request the browser makes when `submit` runs on `path`, caught and aborted
 * before it arrives, as options to send it again with `request.post(path, …)` (a crafted call).
 * The aborted call leaves the page on its error screen: reload before using it again.
 */
export async function captureServerAction(page: Page, path: string, submit: () => Promise<void>) {
  let captured: Request | undefined;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
      captured = route.request();
      return route.abort();
    }
    return route.continue();
  });
  await submit();
  await expect.poll(() => Boolean(captured)).toBe(true);
  await page.unroute(`**${path}`);
  const headers = captured!.headers();
  return {
    headers: {
      'next-action': headers['next-action'],
      'content-type': headers['content-type'],
      accept: headers['accept'] ?? 'text/x-component',
      ...(headers['next-router-state-tree'] ? { 'next-router-state-tree': headers['next-router-state-tree'] } : {}),
    },
    data: captured!.postDataBuffer()!,
    maxRedirects: 0,
  };
}

/** The catalog's result cards' titles, as a pass holder sees them. */
export async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('#resultaten + ul h3').allInnerTexts();
}
