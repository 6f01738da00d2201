import { alert, expect, formAnswer, expectAccessible, linkIn, submitLogin, test } from './fixtures';

test('"wachtwoord vergeten": the reset mail sets a new password, the old one stops working', async ({
  page,
  newPage,
  loginAs,
  demo,
  inbox,
}) => {
  // Somebody is logged in with the old password on another device.
  const otherPage = await loginAs('partner2', await newPage());
  const other = otherPage.context();
  await expect(otherPage).toHaveURL(/\/partner$/);

  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await expectAccessible(page, '/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill(demo.partner2.username + '@nergens.example');
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  // The same answer for an unknown address: it does not tell who has an account.
  await expect(formAnswer(page)).toContainText('Als dit e-mailadres bij een account hoort');
  await expect(formAnswer(page)).toBeFocused();

  await page.goto('/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill('hallo@boekhoek.example');
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(formAnswer(page)).toContainText('Als dit e-mailadres bij een account hoort');
  await expect(formAnswer(page)).toBeFocused();

  const mail = await inbox.waitFor('hallo@boekhoek.example', 'Nieuw wachtwoord');
  await page.goto(linkIn(mail, '/wachtwoord-herstellen?token='));
  await expectAccessible(page, '/wachtwoord-herstellen');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.locator('#password-error')).toHaveText('Het wachtwoord moet minimaal 12 tekens hebben.');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('boeken lezen op zaterdag');
  await page.getByLabel('Herhaal wachtwoord').fill('boeken lezen op zaterdag');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=1/);

  // The new password ends the session that was made with the old one.
  await otherPage.goto('/partner');
  await expect(otherPage).toHaveURL(/\/inloggen\?volgende=%2Fpartner/);
  await other.close();

  await submitLogin(page, demo.partner2.username, demo.partner2.password);
  await expect(alert(page)).toHaveText('De gebruikersnaam, het e-mailadres of het wachtwoord klopt niet.');
  await loginAs({ username: demo.partner2.username, password: 'boeken lezen op zaterdag' });
  await expect(page).toHaveURL(/\/partner$/);

  // The link works once.
  await page.goto(linkIn(mail, '/wachtwoord-herstellen?token='));
  await expect(alert(page)).toContainText('Deze link werkt niet (meer)');
});
