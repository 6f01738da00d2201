import { expect, expectAccessible, test } from './fixtures';

// Issue 21 (ADR 0038, 0040): a partner user chooses their language on Home; the portal and every
// mail to them are then in that language, subject and all, and the choice stays.

const SMALL_PHONE = { width: 360, height: 740 };

test('a partner chooses English on Home: the portal turns English, the next mail comes in English, and the choice stays', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const partner = await insertPartner();
  const page = await loginAs(partner, await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true }));
  // Said in both languages, so that a reader of either finds it.
  const languageChoice = async (open: string, legend: string) => {
    await page.locator('summary', { hasText: open }).click();
    return page.getByRole('group', { name: legend });
  };
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const group = await languageChoice('Taal · Language', 'Taal van het portaal en je e-mails · Language of the portal and your e-mails');
  await expect(group.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await expect(group.getByText('English')).toHaveAttribute('lang', 'en');
  await group.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Taal opslaan · Save language' }).click();
  await expect(page.getByText('From now on the portal and your emails are in English.')).toBeVisible();
  // The whole portal, not only this form: the header, Home, <html lang>.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome, Fatima Bakker' })).toBeVisible();
  await expectAccessible(page, '/partner, language chosen');

  // A wrong current password: the error next to the field in English, what was typed elsewhere stays.
  const newPassword = 'een nieuw wachtwoord voor de fiets';
  await page.locator('summary', { hasText: 'Change password' }).click();
  await page.getByLabel('Current password').fill('niet mijn wachtwoord');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat new password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.locator('#currentPassword-error')).toHaveText(
    'Your current password is not correct. Check capital letters and spaces.',
  );

  // The next mail to this partner user: its password changed.
  await page.getByLabel('Current password').fill(partner.password);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat new password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  const mail = await inbox.waitFor(partner.email, 'Your password has been changed');
  expect(mail.text).toMatch(/^Dear .+,$/m);
  expect(mail.text).toContain('Dordtpas is a service of the Municipality of Dordrecht.');
  expect(mail.text).not.toContain('Beste');

  await page.reload();
  const again = await languageChoice('Language · Taal', 'Language of the portal and your emails · Taal van het portaal en je e-mails');
  await expect(again.getByRole('radio', { name: 'English' })).toBeChecked();

  // Logged out, the login page stays in English (the choice is kept for this browser too).
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
