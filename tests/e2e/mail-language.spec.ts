import { expect, expectAccessible, test } from './fixtures';

// Issue 21 (ADR 0038): a partner user chooses the language of their mails on Home; every mail to
// them is then in that language, subject and all, and the choice stays.

const SMALL_PHONE = { width: 360, height: 740 };

test('a partner chooses English for the mails on Home: the next mail comes in English, and the choice stays', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const partner = await insertPartner();
  const page = await loginAs(partner, await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true }));
  const languageChoice = async () => {
    await page.locator('summary', { hasText: 'Taal · Language' }).click();
    return page.getByRole('group', { name: 'Taal van je e-mails · Language of your e-mails' });
  };
  const group = await languageChoice();
  await expect(group.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await expect(group.getByText('English')).toHaveAttribute('lang', 'en');
  await group.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Taal opslaan · Save language' }).click();
  await expect(page.getByText('From now on your e-mails will be in English.')).toBeVisible();
  await expectAccessible(page, '/partner, language chosen');

  // The next mail to this partner user: its password changed.
  const newPassword = 'een nieuw wachtwoord voor de fiets';
  await page.locator('summary', { hasText: 'Wachtwoord wijzigen' }).click();
  await page.getByLabel('Huidig wachtwoord').fill(partner.password);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Herhaal nieuw wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
  const mail = await inbox.waitFor(partner.email, 'Your password has been changed');
  expect(mail.text).toMatch(/^Dear .+,$/m);
  expect(mail.text).toContain('Dordtpas is a service of the Municipality of Dordrecht.');
  expect(mail.text).not.toContain('Beste');

  await page.reload();
  await expect((await languageChoice()).getByRole('radio', { name: 'English' })).toBeChecked();
});
