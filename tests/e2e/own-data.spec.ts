import type { Locator, Page } from '@playwright/test';
import { PHONE, alert, expect, expectAccessible, linkIn, sql, submitLogin, test, uniq } from './fixtures';

// Issue 17, the direct part, on a phone: a beheerder changes the organisation's postal address; a
// partner user changes their e-mail address (a link to the new address, a notice to the old one, the
// button on the link's page) and their password (other browsers are logged out). A refused field
// shows its Dutch message next to it, with what was typed kept (passwords are never sent back).

const phone = { viewport: PHONE, isMobile: true, hasTouch: true };

const emailOf = async (userId: string) => (await sql<{ email: string }>('SELECT email FROM "User" WHERE id = $1', [userId]))[0].email;
const open = (page: Page, summary: string) => page.locator('summary', { hasText: summary }).click();
/** The answer of the form in this part of the page that has one (each form has its own, at its top). */
const answerIn = (part: Locator) => part.locator('[data-form-answer]:not(:empty)');

test('a beheerder changes the postal address on a phone; a medewerker sees it without the form', async ({
  newPage,
  loginAs,
  insertPartner,
}) => {
  const partner = await insertPartner({ legalName: `Postadres ${uniq()}` });
  const page = await loginAs(partner, await newPage(phone));
  const card = page.getByRole('region', { name: 'Je organisatie' });
  await expect(card).toContainText('Hetzelfde als het bezoekadres');
  await expect(card).toContainText(
    'Het KvK-nummer kun je niet wijzigen. Een ander KvK-nummer is een nieuwe partner: meld je dan opnieuw aan.',
  );

  await open(page, 'Postadres wijzigen');
  // The card has another address (the visiting address, in the form for what pass holders see).
  const postal = card.locator('details', { has: page.locator('summary', { hasText: 'Postadres wijzigen' }) });
  await postal.getByLabel('Het postadres wijkt af van het bezoekadres').check();
  await postal.getByLabel('Straat of postbus').fill('Postbus');
  await postal.getByLabel('Huisnummer').fill('100');
  await postal.getByLabel('Postcode').fill('33 AA');
  await postal.getByLabel('Plaats').fill('Dordrecht');
  await expectAccessible(page, '/partner, postal address form');
  await page.getByRole('button', { name: 'Postadres opslaan' }).click();
  const postcode = postal.getByLabel('Postcode');
  await expect(postcode).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#postalPostcode-error')).toHaveText('Vul een postcode in zoals 3311 AB: 4 cijfers en 2 letters.');
  await expect(postcode).toHaveAttribute('aria-describedby', /postalPostcode-error/);
  await expect(postal.getByLabel('Straat of postbus')).toHaveValue('Postbus');
  await expect(postcode).toHaveValue('33 AA');
  await expectAccessible(page, '/partner, postal address refused');

  await postcode.fill('3300aa');
  await page.getByRole('button', { name: 'Postadres opslaan' }).click();
  await expect(answerIn(card)).toHaveText('Het postadres is opgeslagen.');
  await expect(answerIn(card)).toBeFocused();
  await expect(card).toContainText('Postbus 100, 3300 AA Dordrecht');
  await expectAccessible(page, '/partner, postal address saved');

  // Back to the visiting address.
  await postal.getByLabel('Het postadres wijkt af van het bezoekadres').uncheck();
  await page.getByRole('button', { name: 'Postadres opslaan' }).click();
  await expect(answerIn(card)).toHaveText('Opgeslagen: de post gaat naar het bezoekadres.');
  await expect(card).toContainText('Hetzelfde als het bezoekadres');
  await postal.getByLabel('Het postadres wijkt af van het bezoekadres').check();
  await postal.getByLabel('Straat of postbus').fill('Postbus');
  await postal.getByLabel('Huisnummer').fill('100');
  await postal.getByLabel('Postcode').fill('3300 AA');
  await page.getByRole('button', { name: 'Postadres opslaan' }).click();
  await expect(card).toContainText('Postbus 100, 3300 AA Dordrecht');

  // A medewerker reads the address, without the form.
  await sql(`UPDATE "User" SET "orgRole" = 'MEMBER' WHERE id = $1`, [partner.userId]);
  await page.reload();
  await expect(card).toContainText('Postbus 100, 3300 AA Dordrecht');
  await expect(page.locator('summary', { hasText: 'Postadres wijzigen' })).toHaveCount(0);
  await expect(postal.getByLabel('Straat of postbus')).toHaveCount(0);
  await expectAccessible(page, '/partner as a medewerker');
});

test("a partner changes the e-mail address: a link to the new one, a notice to the old one, the link's button, a login with the new one", async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const other = await insertPartner();
  const partner = await insertPartner();
  const page = await loginAs(partner, await newPage(phone));
  const contact = page.getByRole('region', { name: 'Jouw gegevens' });
  await open(page, 'E-mailadres wijzigen');
  const field = page.getByLabel('Nieuw e-mailadres');

  // An address that has an account: the server says so next to the field, and what was typed stays.
  await field.fill(other.email);
  await page.getByRole('button', { name: 'Stuur een bevestigingslink' }).click();
  await expect(page.locator('#email-error')).toHaveText('Er is al een account met dit e-mailadres. Kies een ander e-mailadres.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /email-error/);
  await expect(field).toHaveValue(other.email);
  await expectAccessible(page, '/partner, e-mail address taken');
  await field.fill(partner.email.toUpperCase());
  await page.getByRole('button', { name: 'Stuur een bevestigingslink' }).click();
  await expect(page.locator('#email-error')).toHaveText('Dit is al je e-mailadres. Vul een ander e-mailadres in.');

  const newEmail = `nieuw${uniq()}@partner.example`;
  await field.fill(newEmail);
  await page.getByRole('button', { name: 'Stuur een bevestigingslink' }).click();
  await expect(answerIn(contact)).toContainText(`We hebben een e-mail gestuurd naar ${newEmail}.`);
  await expect(contact).toContainText(`Nog niet bevestigd: ${newEmail}.`);
  await expectAccessible(page, '/partner, e-mail change waiting for its link');

  const notice = await inbox.waitFor(partner.email, 'Er is gevraagd je e-mailadres te wijzigen');
  expect(notice.text).toContain(`te wijzigen naar ${newEmail}`);
  expect(notice.text).toContain('Was jij dit niet? Wijzig dan je wachtwoord en neem contact op met de redactie');
  const mail = await inbox.waitFor(newEmail, 'Bevestig je nieuwe e-mailadres');
  expect(await emailOf(partner.userId)).toBe(partner.email);

  // Opening the link (as a mail scanner would) changes nothing; the button does. On another device.
  const link = linkIn(mail, '/e-mailadres-bevestigen?token=');
  const mailbox = await newPage(phone);
  await mailbox.goto(link);
  await expect(mailbox.getByRole('heading', { name: 'Nieuw e-mailadres bevestigen', level: 1 })).toBeVisible();
  await expect(mailbox.getByText(newEmail, { exact: true })).toBeVisible();
  await expectAccessible(mailbox, '/e-mailadres-bevestigen');
  expect(await emailOf(partner.userId)).toBe(partner.email);
  await mailbox.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
  await expect(mailbox).toHaveURL(/\/inloggen\?nieuwadres=1$/);
  await expect(mailbox.getByText('Je e-mailadres is gewijzigd. Log in met je nieuwe e-mailadres of met je gebruikersnaam.')).toBeVisible();
  await expectAccessible(mailbox, '/inloggen?nieuwadres=1');
  expect(await emailOf(partner.userId)).toBe(newEmail);

  await loginAs({ username: newEmail, password: partner.password }, mailbox);
  await expect(mailbox).toHaveURL(/\/partner$/);
  await expect(mailbox.getByRole('region', { name: 'Jouw gegevens' })).toContainText(newEmail);
  await expect(mailbox.getByText('Nog niet bevestigd')).toHaveCount(0);

  // The link works once.
  await mailbox.goto(link);
  await expect(mailbox.getByText('Deze link werkt niet (meer).')).toBeVisible();
  await expectAccessible(mailbox, '/e-mailadres-bevestigen (used)');
});

test('a partner changes the password: a wrong current one is refused, the old one stops working, another browser is logged out', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const partner = await insertPartner();
  const newPassword = 'een nieuw wachtwoord voor de fiets';
  // Logged in on a laptop before the change.
  const laptop = await loginAs(partner, await newPage());
  const page = await loginAs(partner, await newPage(phone));
  const contact = page.getByRole('region', { name: 'Jouw gegevens' });
  await open(page, 'Wachtwoord wijzigen');
  await expectAccessible(page, '/partner, password form');

  await page.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Herhaal nieuw wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
  const current = page.getByLabel('Huidig wachtwoord');
  await expect(page.locator('#currentPassword-error')).toHaveText('Je huidige wachtwoord klopt niet. Let op hoofdletters en spaties.');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toHaveAttribute('aria-describedby', /currentPassword-error/);
  // Passwords are never sent back.
  await expect(current).toHaveValue('');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveValue('');
  await expectAccessible(page, '/partner, wrong current password');

  await current.fill(partner.password);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Herhaal nieuw wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
  await expect(answerIn(contact)).toHaveText('Je wachtwoord is gewijzigd. Op je andere apparaten ben je nu uitgelogd.');
  await expectAccessible(page, '/partner, password changed');
  const mail = await inbox.waitFor(partner.email, 'Je wachtwoord is gewijzigd');
  expect(mail.text).toContain('Was jij dit niet?');

  // This browser stays logged in; the laptop is logged out.
  await page.reload();
  await expect(page).toHaveURL(/\/partner$/);
  await laptop.goto('/partner');
  await expect(laptop).toHaveURL(/\/inloggen\?volgende=%2Fpartner$/);

  // The old password no longer works, the new one does.
  const fresh = await newPage(phone);
  await submitLogin(fresh, partner.username, partner.password);
  await expect(alert(fresh)).toContainText('De gebruikersnaam, het e-mailadres of het wachtwoord klopt niet.');
  await loginAs({ username: partner.username, password: newPassword }, fresh);
  await expect(fresh).toHaveURL(/\/partner$/);
});
