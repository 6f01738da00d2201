import { alert, expect, expectAccessible, expectReflow, formAnswer, linkIn, sql, submitLogin, test, uniq } from './fixtures';

// Issue 21 (ADR 0040): the partners' and the editors' pages in English. Before logging in the
// language is chosen with a link (kept for the browser); registration gives the new account that
// language, so its mails and its portal are English; an editor chooses it on their home page.

const SMALL_PHONE = { width: 360, height: 740 };

test('a partner registers in English on a phone: errors, mail, confirmation and the portal are English', async ({
  newPage,
  loginAs,
  inbox,
}) => {
  test.setTimeout(120_000);
  const id = uniq();
  const email = `english${id}@voorbeeld.nl`;
  const username = `english${id}`;
  const password = 'cycle to the market in June';
  const page = await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });

  // From the public site in English, "Sign up as a partner" leads to the registration in English.
  await page.goto('/en');
  await page.getByRole('banner').getByRole('link', { name: 'Sign up as a partner' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Sign up as a Dordtpas partner' })).toBeVisible();
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
  await expectAccessible(page, '/aanmelden in English');
  await expectReflow(page, '/aanmelden in English at 360 px');

  // The empty form: the errors in English next to each field, the summary on top with focus.
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(formAnswer(page)).toBeFocused();
  await expect(page.locator('#legalName-error')).toHaveText(
    'Enter the company name as it is registered with the Chamber of Commerce (KvK).',
  );
  await expect(page.getByLabel('Company name (as registered with the KvK)')).toHaveAttribute('aria-describedby', /legalName-error/);
  await expect(page.locator('#postcode-error, #visitPostcode-error').first()).toContainText('postcode');
  await expectAccessible(page, '/aanmelden in English, with errors');

  await page.getByLabel('Company name (as registered with the KvK)').fill(`Chess Club Dordrecht ${id}`);
  await page.getByLabel('Chamber of Commerce number (KvK number)').fill(`871${id}`);
  await page.getByLabel('Street', { exact: true }).fill('Voorstraat');
  await page.getByLabel('House number').first().fill('12');
  await page.getByLabel('Postcode').first().fill('3311ab');
  await page.getByLabel('Description of the organisation').fill('Chess lessons for children and adults, every Wednesday.');
  await page.getByLabel('Name', { exact: true }).fill('Sam Jones');
  await page.getByLabel('Man', { exact: true }).check();
  await page.getByLabel('Phone number').fill('06 12345678');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat password').fill('another sentence');
  await page.getByLabel('Type of provider').selectOption('cultuur');
  await page.getByLabel(/I agree to the/).check();

  // A refusal by the server (the passwords differ): in English, and everything typed stays.
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator('#passwordRepeat-error')).not.toHaveText(/wachtwoord/i);
  await expect(page.locator('#passwordRepeat-error')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat password').fill(password);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);
  await expect(page.getByText(`We have sent an email to ${email}`)).toBeVisible();
  await expectAccessible(page, '/aanmelden/bedankt in English');

  // The account keeps the page's language: its mail is English.
  expect(await sql<{ locale: string }>('SELECT locale::text FROM "User" WHERE username = $1', [username])).toEqual([{ locale: 'en' }]);
  const mail = await inbox.waitFor(email, 'Confirm your registration as a Dordtpas partner');
  await page.goto(linkIn(mail, '/aanmelden/bevestigen?token='));
  await page.getByRole('button', { name: 'Confirm account' }).click();
  await expect(page.getByText('Your account is confirmed. Log in to continue.')).toBeVisible();
  await expectAccessible(page, '/inloggen in English');

  // A wrong password: refused in English.
  await submitLogin(page, username, 'not my password at all');
  await expect(alert(page)).toContainText('The username, email address or password is not correct.');

  // Logged in: the partner's Home in English, on a phone.
  await loginAs({ username, password }, page);
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Welcome, Sam Jones' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectAccessible(page, '/partner in English');
  await expectReflow(page, '/partner in English at 360 px');
  await sql('DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE username = $1)', [username]);
});

test('the language link before logging in: Dutch again, and back where it was pressed', async ({ newPage }) => {
  const page = await newPage();
  await page.goto('/wachtwoord-vergeten');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Forgot your password' })).toBeVisible();
  // Kept for the next page.
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  // Not a language: nothing is set.
  expect((await page.request.get('/taal/xx', { maxRedirects: 0 })).status()).toBe(404);
  // Only back to this site.
  const away = await page.request.get('/taal/en?terug=//example.org/', { maxRedirects: 0 });
  expect(away.status()).toBe(303);
  expect(new URL(away.headers().location, 'http://x').host).not.toBe('example.org');
});

test('an editor chooses English on their home page: the editors’ area turns English', async ({ newPage, loginAs }) => {
  const id = uniq();
  const username = `editor${id}`;
  const password = 'a long password for the editors';
  const { hashPassword } = await import('../../lib/accounts/passwords');
  await sql(
    `INSERT INTO "User" (id, email, username, "passwordHash", role, name, phone, "emailConfirmedAt", "orgRole", "updatedAt")
     VALUES ($1, $2, $1, $3, 'EDITOR', 'Robin Editor', '', now(), 'MEMBER', now())`,
    [username, `${username}@dordtpas.example`, await hashPassword(password)],
  );
  try {
    const page = await loginAs({ username, password }, await newPage());
    await expect(page).toHaveURL(/\/redactie$/);
    await page.locator('summary', { hasText: 'Taal · Language' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Taal opslaan · Save language' }).click();
    await expect(page.getByText('From now on the portal and your emails are in English.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expectAccessible(page, '/redactie in English');
    // Every page of the area, not only this one.
    await page.goto('/redactie/partners');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, '/redactie/partners in English');
    expect(await sql<{ locale: string }>('SELECT locale::text FROM "User" WHERE id = $1', [username])).toEqual([{ locale: 'en' }]);

    // Back to Dutch from the header, on any page: the other language is a button there.
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await expect(page).toHaveURL(/\/redactie\/partners$/);
    expect(await sql<{ locale: string }>('SELECT locale::text FROM "User" WHERE id = $1', [username])).toEqual([{ locale: 'nl' }]);
  } finally {
    await sql('DELETE FROM "Session" WHERE "userId" = $1', [username]);
    await sql('DELETE FROM "AuditEntry" WHERE "actorId" = $1', [username]);
    await sql('DELETE FROM "User" WHERE id = $1', [username]);
  }
});
