import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { MAIL_API, e2eServerEnv, E2E_BASE_URL } from '../support/e2e-env';
import { E2E_DB, databaseUrl } from '../support/databases';
import type { CaughtMail } from '../support/smtp-catcher';
import { discount } from '../support/content';

// The specs' `test`: Playwright's, with the fixtures below (docs/decisions/0018-playwright-fixtures.md).
// Each fixture cleans up what it made, also when the test fails: the browsers it opened, the
// sessions its logins started, the partners it inserted, the demo accounts' login fields.
// Below them, plain functions with nothing to set up or clean: they read or drive a page, or do for
// a spec what an administrator would (what a spec changes with them is the spec's to undo).

export { expect };

/** What is typed on /inloggen: a username (or an e-mail address) and a password. */
export type Credentials = { username: string; password: string };

/** The seeded demo accounts (README § Demo accounts), by what they are to the specs. */
const DEMO_ACCOUNTS = {
  editor: { username: 'redactie', password: 'redactie-demo-2026', email: 'redactie@dordtpas.example' },
  /** Zwembad De Wielen: tegoed en korting. */
  partner: { username: 'dewielen', password: 'zwembad-demo-2026', email: 'info@zwembad-dewielen.example' },
  /** De Boekhoek: tegoed only. */
  partner2: { username: 'boekhoek', password: 'boekhoek-demo-2026', email: 'hallo@boekhoek.example' },
};
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

export type AccountChange = { role?: 'PARTNER' | 'EDITOR'; unconfirmed?: boolean; password?: string };
export type DemoAccount = Credentials & {
  email: string;
  /** Changes the account directly in the e2e database, as an administrator would. */
  set(change: AccountChange): Promise<void>;
};

/** A confirmed partner put straight into the database, as if registered and confirmed. */
export type InsertedPartner = Credentials & { email: string; userId: string; organisationId: string };
export type PartnerRow = {
  organisationId?: string;
  userId?: string;
  username?: string;
  password?: string;
  email?: string;
  name?: string;
  phone?: string;
  legalName?: string;
  displayName?: string;
  kvkNumber?: string;
  visitStreet?: string;
  visitHouseNumber?: string;
  visitPostcode?: string;
  description?: string;
  partnerType?: 'CREDIT' | 'BOTH';
  category?: string;
  /** Beheerder (default: the registering user is one) or medewerker. */
  orgRole?: 'ADMIN' | 'MEMBER';
};

export type Inbox = {
  /**
   * Waits until the SMTP catcher has received a mail to `to` whose subject contains `subject`,
   * after `after` (default: the start of this test, so a mail of an earlier test never counts).
   */
  waitFor(to: string, subject: string, after?: string): Promise<CaughtMail>;
};

export type LoginAs = (who: DemoRole | Credentials, page?: Page) => Promise<Page>;
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;
export type InsertPartner = (row?: PartnerRow) => Promise<InsertedPartner>;

type Fixtures = {
  /**
   * Logs `page` (the test's own page unless given) in through the real login form, as a demo
   * account by its role or with any credentials, and waits until the form has let it in. After the
   * test the account's sessions started since that login are ended on the server, as logging out does.
   */
  loginAs: LoginAs;
  /** A page in a browser context of its own: another person, device or client address. Closed after the test. */
  newPage: NewPage;
  /**
   * The demo accounts (`demo.partner`, `demo.partner2`, `demo.editor`). Their login fields (password,
   * role, confirmation) are put back after the test when it changed them — with `set` or through
   * the app (a password reset) — so that no spec depends on what another one did.
   */
  demo: Record<DemoRole, DemoAccount>;
  /**
   * Inserts a confirmed partner (organisation and user, the password known); after the test it is
   * deleted with its offers (their history and catalog entries with them) and its sessions.
   */
  insertPartner: InsertPartner;
  /** The SMTP catcher's mails of this test. */
  inbox: Inbox;
};

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, use) => {
    const logins: { username: string; since: string }[] = [];
    await use(async (who, on = page) => {
      const { username, password } = typeof who === 'string' ? DEMO_ACCOUNTS[who] : who;
      logins.push({ username, since: new Date().toISOString() });
      await submitLogin(on, username, password);
      await expect(on, `logged in as ${username}`).not.toHaveURL(/\/inloggen(\?|$)/);
      return on;
    });
    // Logging out ends the session row (ADR 0012); the cookies go with the browser contexts.
    for (const { username, since } of logins)
      await sql(
        `DELETE FROM "Session" s USING "User" u WHERE s."userId" = u.id AND lower($1) IN (lower(u.username), lower(u.email)) AND s."createdAt" >= $2::timestamp`,
        [username, since],
      );
  },

  newPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },

  demo: async ({}, use) => {
    const loginFields = async () =>
      sql<{ username: string; passwordHash: string; role: string; confirmedAt: string | null }>(
        `SELECT username, "passwordHash", role::text, "emailConfirmedAt"::text AS "confirmedAt" FROM "User" WHERE username = ANY($1) ORDER BY username`,
        [Object.values(DEMO_ACCOUNTS).map((a) => a.username)],
      );
    const before = await loginFields();
    const accounts = Object.fromEntries(
      Object.entries(DEMO_ACCOUNTS).map(([role, account]) => [
        role,
        { ...account, set: (change: AccountChange) => setAccount(account.username, change) },
      ]),
    ) as Record<DemoRole, DemoAccount>;
    await use(accounts);
    const after = await loginFields();
    for (const row of before) {
      if (JSON.stringify(row) === JSON.stringify(after.find((a) => a.username === row.username))) continue;
      await sql(`UPDATE "User" SET "passwordHash" = $2, role = $3::"Role", "emailConfirmedAt" = $4::timestamp WHERE username = $1`, [
        row.username,
        row.passwordHash,
        row.role,
        row.confirmedAt,
      ]);
    }
  },

  insertPartner: async ({}, use) => {
    const inserted: InsertedPartner[] = [];
    await use(async (row = {}) => {
      const partner = await insertConfirmedPartner(row);
      inserted.push(partner);
      return partner;
    });
    let wasPublic = false;
    for (const { organisationId, userId } of inserted) {
      const [{ n }] = await sql<{ n: string }>(
        'SELECT count(*) AS n FROM "CatalogEntry" c JOIN "Offer" o ON o.id = c."offerId" WHERE o."organisationId" = $1',
        [organisationId],
      );
      wasPublic ||= Number(n) > 0;
      await sql('DELETE FROM "Offer" WHERE "organisationId" = $1', [organisationId]);
      // The partner's user and any colleague it invited.
      await sql('DELETE FROM "User" WHERE id = $1 OR "organisationId" = $2', [userId, organisationId]);
      await sql('DELETE FROM "Organisation" WHERE id = $1', [organisationId]);
    }
    // Cached public pages still list what was public: dropped, as the server does after midnight.
    if (wasPublic) await runDailyJob();
  },

  inbox: async ({}, use) => {
    const testStarted = new Date().toISOString();
    await use({ waitFor: (to, subject, after = testStarted) => waitForMail(to, subject, after) });
  },
});

let unique = Date.now() % 100000;
export function uniq() {
  unique++;
  return String(unique).padStart(5, '0');
}

async function insertConfirmedPartner(row: PartnerRow): Promise<InsertedPartner> {
  const { hashPassword } = await import('../../lib/accounts/passwords');
  const n = uniq();
  const username = row.username ?? `partner${n}`;
  const partner = {
    organisationId: row.organisationId ?? `org-${username}`,
    userId: row.userId ?? `user-${username}`,
    username,
    password: row.password ?? 'een partner voor de e2e-test',
    email: row.email ?? `${username}@partner.example`,
  };
  await sql(
    `INSERT INTO "Organisation" (id, "legalName", "displayName", "kvkNumber", "visitStreet", "visitHouseNumber", "visitPostcode", "visitCity", description, "partnerType", category, status, "termsVersion", "termsAcceptedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'Dordrecht', $8, $9::"PartnerType", $10, 'CONFIRMED', '2026-1', now(), now())`,
    [
      partner.organisationId,
      row.legalName ?? `Partner ${n}`,
      row.displayName ?? null,
      row.kvkNumber ?? `77${n}1`,
      row.visitStreet ?? 'Voorstraat',
      row.visitHouseNumber ?? '1',
      row.visitPostcode ?? '3311 AB',
      row.description ?? 'Een partner van Dordtpas.',
      row.partnerType ?? 'BOTH',
      row.category ?? 'winkel',
    ],
  );
  await sql(
    `INSERT INTO "User" (id, email, username, "passwordHash", role, name, phone, "emailConfirmedAt", "organisationId", "orgRole", "updatedAt")
     VALUES ($1, $2, $3, $4, 'PARTNER', $5, $6, now(), $7, $8::"OrgRole", now())`,
    [
      partner.userId,
      partner.email,
      partner.username,
      await hashPassword(partner.password),
      row.name ?? 'Fatima Bakker',
      row.phone ?? '',
      partner.organisationId,
      row.orgRole ?? 'ADMIN',
    ],
  );
  return partner;
}

async function setAccount(username: string, change: AccountChange) {
  const { hashPassword } = await import('../../lib/accounts/passwords');
  await sql(
    `UPDATE "User" SET role = COALESCE($2::"Role", role), "passwordHash" = COALESCE($3, "passwordHash"),
       "emailConfirmedAt" = CASE WHEN $4 THEN NULL ELSE COALESCE("emailConfirmedAt", now()) END
     WHERE username = $1`,
    [username, change.role ?? null, change.password ? await hashPassword(change.password) : null, Boolean(change.unconfirmed)],
  );
}

async function waitForMail(to: string, subject: string, after: string): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as CaughtMail[];
        found = mails.reverse().find((m) => m.subject.includes(subject) && m.receivedAt > after);
        return Boolean(found);
      },
      { message: `mail "${subject}" to ${to}`, timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found!;
}

// ——— Plain functions ———

export const PHONE = { width: 390, height: 844 };

/**
 * The login form filled in and sent, without waiting for the answer: for the specs about the form
 * itself (a refusal, the throttle). To be logged in, use the `loginAs` fixture.
 */
export async function submitLogin(page: Page, identifier: string, password: string) {
  await page.goto('/inloggen');
  // In Dutch, or in English where the browser chose it (issue 21: the `taal` cookie).
  await page.getByLabel(/^(Gebruikersnaam of e-mailadres|Username or email address)$/).fill(identifier);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
}

/** axe-core on the page as it is now: WCAG 2.1 A/AA, zero violations allowed. */
export async function expectAccessible(page: Page, label = page.url()) {
  if (!(await scriptsRun(page))) return expectAccessibleWithoutScripts(page, label);
  // Next.js streams a page's <title> after its content (streaming metadata), also into a server
  // action's re-render: the page is checked once the title is there, not in that moment between.
  await expect(page, `${label} has a title`).toHaveTitle(/\S/);
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

/** The first link in a mail that points into the app and contains `path`. */
export function linkIn(mail: CaughtMail, path: string): string {
  const match = mail.html.match(new RegExp(`href="([^"]*${path.replace(/[?]/g, '\\?')}[^"]*)"`));
  if (!match) throw new Error(`no link with ${path} in mail "${mail.subject}"`);
  return match[1].replace(/&amp;/g, '&');
}

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

/** What the job worker does just after midnight and every hour (lib/jobs/definitions.ts): the daily work, now. */
/** A calendar day `n` days from `iso` (YYYY-MM-DD). */
export const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A published discount offer of the organisation, as the editors' approval leaves it (without its catalog entry). */
export async function insertPublishedAction(organisationId: string, title: string, validFrom: string, validUntil: string) {
  const id = `e2eaction${uniq()}`;
  const slug = `actie-${id}`;
  const content = { ...discount({ subject: 'zwemles', validFrom, validUntil, percent: 50 }), title };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", "validFrom", "validUntil", version, "updatedAt")
     VALUES ($1, 'DISCOUNT_ACTION', $2, 'PUBLISHED', $3, $4, $4, now(), $5::date, $6::date, 4, now())`,
    [id, organisationId, slug, JSON.stringify(content), validFrom, validUntil],
  );
  return { id, slug };
}

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

/**
 * The editor, on the editors' start page, opens the partner, writes a credit listing and sends it
 * to the partner for approval (the first half of the editorial loop).
 */
export async function sendListingToPartner(editor: Page, partnerName: string, title: string, text: string) {
  await editor.getByRole('link', { name: partnerName, exact: true }).click();
  await editor.getByLabel('Titel', { exact: true }).fill(title);
  await editor.getByLabel('Tekst voor de pashouder').fill(text);
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
}

/** The catalog's result cards' titles, as a pass holder sees them. */
export async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('#resultaten + ul h3').allInnerTexts();
}

/** WCAG 1.4.12's test stylesheet: what a reader's own style sheet may set. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Whether the page scrolls sideways, and which elements stick out (to say what to fix). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    // An element sticks out with its box, or with content wider than its box (a long word).
    const right = (el: Element) => Math.max(el.getBoundingClientRect().right, el.getBoundingClientRect().left + el.scrollWidth);
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => right(el) > width + 1 && getComputedStyle(el).position !== 'fixed')
      .filter((el) => ![...el.children].some((child) => right(child) > width + 1))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(right(el))} px`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

/** No horizontal scroll at this width, as is and with WCAG 1.4.12 text spacing. */
export async function expectReflow(page: Page, label: string) {
  await page.waitForLoadState('load');
  const plain = await overflow(page);
  expect(plain.scrollWidth, `${label} is wider than the screen: ${plain.culprits.join(', ')}`).toBeLessThanOrEqual(plain.clientWidth);
  // Added and removed by hand: addStyleTag waits for the element's load event, which a page without JavaScript never fires.
  await page.evaluate((css) => {
    const style = document.createElement('style');
    style.id = 'wcag-text-spacing';
    style.textContent = css;
    document.head.append(style);
  }, TEXT_SPACING);
  const spaced = await overflow(page);
  await page.evaluate(() => document.getElementById('wcag-text-spacing')?.remove());
  expect(spaced.scrollWidth, `${label} with text spacing is wider than the screen: ${spaced.culprits.join(', ')}`).toBeLessThanOrEqual(
    spaced.clientWidth,
  );
}

/** The catalog job on the server's queue, then until the offers' places are in the catalog; then the cached pages dropped. */
export async function rebuildCatalog(offers: { id: string; places: number }[]) {
  const boss = new PgBoss({ connectionString: databaseUrl(E2E_DB), schema: 'pgboss', supervise: false, schedule: false, migrate: false });
  await boss.start();
  try {
    await boss.send('catalog', {});
  } finally {
    await boss.stop({ graceful: false });
  }
  await expect
    .poll(
      async () => {
        const ids = offers.map((o) => o.id);
        const [entries] = await sql<{ n: string }>('SELECT count(*) AS n FROM "CatalogEntry" WHERE "offerId" = ANY($1)', [ids]);
        const [places] = await sql<{ n: string }>('SELECT count(*) AS n FROM "CatalogLocation" WHERE "offerId" = ANY($1)', [ids]);
        return [Number(entries.n), Number(places.n)];
      },
      { message: 'the catalog job wrote the entries and their places', timeout: 30_000 },
    )
    .toEqual([offers.length, offers.reduce((n, o) => n + o.places, 0)]);
  await runDailyJob();
}
