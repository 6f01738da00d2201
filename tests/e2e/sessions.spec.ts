import type { APIRequestContext, BrowserContext, Cookie, Page } from '@playwright/test';
import { captureServerAction, expect, expectAccessible, linkIn, sql, test, type NewPage } from './fixtures';

// Sessions end on the server (ADR 0012): a copy of the session cookie — a stolen one — is worthless
// after logout and after a new password, in any browser.

function sessionCookie(cookies: Cookie[]): Cookie {
  const cookie = cookies.find((c) => /^(__Secure-)?authjs\.session-token$/.test(c.name));
  if (!cookie) throw new Error(`no session cookie among ${cookies.map((c) => c.name).join(', ')}`);
  return cookie;
}

/** A browser that never logged in, with only a copy of the cookie. */
async function browserWith(newPage: NewPage, cookie: Cookie): Promise<{ context: BrowserContext; page: Page }> {
  const page = await newPage();
  await page.context().addCookies([cookie]);
  return { context: page.context(), page };
}

/** Server-side sessions of a user that were started since `since` (other specs may leave theirs). */
const sessionsOf = async (username: string, since: Date) =>
  Number(
    (
      await sql<{ n: string }>(
        'SELECT count(*) AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.username = $1 AND s."createdAt" >= $2::timestamp',
        [username, since.toISOString()],
      )
    )[0].n,
  );

/** The partner's "Opslaan" of the contact form as the browser sends it, to send again with any cookie. */
async function captureContactSave(page: Page) {
  const replay = await captureServerAction(page, '/partner', async () => {
    await page.getByLabel('Naam', { exact: true }).fill('Naam van de dief');
    await page.getByRole('button', { name: 'Opslaan' }).click();
  });
  await page.goto('/partner');
  return (request: APIRequestContext, cookie: Cookie) =>
    request.post('/partner', { ...replay, headers: { ...replay.headers, cookie: `${cookie.name}=${cookie.value}` } });
}

test('after logging out, a copy of the session cookie opens nothing: no page, no server action', async ({
  page,
  newPage,
  playwright,
  baseURL,
  loginAs,
  demo,
}) => {
  const start = new Date();
  const nameNow = async () => (await sql<{ name: string }>('SELECT name FROM "User" WHERE username = $1', [demo.partner.username]))[0].name;
  const name = await nameNow();
  await loginAs('partner');
  await expect(page).toHaveURL(/\/partner$/);
  const stolen = sessionCookie(await page.context().cookies());
  const saveContact = await captureContactSave(page);

  // Before the logout the copy works: it is the same session, in another browser.
  const thief = await browserWith(newPage, stolen);
  await thief.page.goto('/partner');
  await expect(thief.page).toHaveURL(/\/partner$/);
  await expect(thief.page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  await thief.context.close();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  await expect(page.getByText('Je bent uitgelogd')).toBeVisible();
  await expectAccessible(page, '/inloggen?uitgelogd=1');

  // The page: the copy is sent to the login page, in a browser…
  const after = await browserWith(newPage, stolen);
  await after.page.goto('/partner');
  await expect(after.page).toHaveURL(/\/inloggen\?volgende=%2Fpartner$/);
  await expect(after.page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expectAccessible(after.page, '/inloggen?volgende=%2Fpartner');
  await after.context.close();

  // …and as a bare request, which never sees the portal's content.
  const request = await playwright.request.newContext({ baseURL });
  const asPage = await request.get('/partner', { headers: { cookie: `${stolen.name}=${stolen.value}` }, maxRedirects: 0 });
  expect(asPage.status()).toBe(307);
  expect(asPage.headers()['location']).toContain('/inloggen?volgende=%2Fpartner');
  expect(await asPage.text()).not.toContain('Uitloggen');

  // The server action: refused by its own check, and nothing is saved.
  const asAction = await saveContact(request, stolen);
  const answer = await asAction.text();
  expect(answer).toContain('Je bent niet (meer) ingelogd');
  expect(answer).not.toContain('Je gegevens zijn opgeslagen');
  await request.dispose();
  expect(await nameNow()).toBe(name);
  // The login's row is gone, not only refused.
  expect(await sessionsOf(demo.partner.username, start)).toBe(0);
});

test('a new password logs out everywhere: a cookie from before the reset is refused', async ({ page, newPage, loginAs, demo, inbox }) => {
  const password = 'boekhoek voor de sessietest';
  const newPassword = 'een nieuw wachtwoord na diefstal';
  await demo.partner2.set({ password });
  const start = new Date();

  // Logged in on a laptop; someone copied that cookie.
  const laptopPage = await loginAs({ username: demo.partner2.username, password }, await newPage());
  const laptop = laptopPage.context();
  await expect(laptopPage).toHaveURL(/\/partner$/);
  const stolen = sessionCookie(await laptop.cookies());

  const since = new Date().toISOString();
  await page.goto('/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill('hallo@boekhoek.example');
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  const mail = await inbox.waitFor('hallo@boekhoek.example', 'Nieuw wachtwoord', since);
  await page.goto(linkIn(mail, '/wachtwoord-herstellen?token='));
  await page.getByLabel('Wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Herhaal wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=1/);

  // The copy, in a browser that never logged in, and the laptop itself: both to the login page.
  const thief = await browserWith(newPage, stolen);
  await thief.page.goto('/partner');
  await expect(thief.page).toHaveURL(/\/inloggen\?volgende=%2Fpartner$/);
  await thief.context.close();
  await laptopPage.goto('/partner');
  await expect(laptopPage).toHaveURL(/\/inloggen\?volgende=%2Fpartner$/);
  await laptop.close();
  expect(await sessionsOf(demo.partner2.username, start)).toBe(0);

  // The new password starts a new session.
  await loginAs({ username: demo.partner2.username, password: newPassword });
  await expect(page).toHaveURL(/\/partner$/);
  expect(await sessionsOf(demo.partner2.username, start)).toBe(1);
});
