import { expect, expectAccessible, test } from './fixtures';
import { cameraJpeg } from '../support/images';

test('a partner without a photo sees the category image, then adds and removes a photo', async ({ page, loginAs }) => {
  await loginAs('partner2');
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByAltText('Afbeelding bij Winkels')).toBeVisible();
  await expect(page.getByText('Er is nog geen foto.')).toBeVisible();

  await page.getByText('Kies een foto', { exact: true }).first().click(); // opens the section
  await page.getByRole('button', { name: 'Foto opslaan' }).click();
  await expect(page.locator('#photo-error')).toHaveText('Kies eerst een foto.');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'winkel.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(1800, 1200) });
  await expect(page.getByText('De foto is toegevoegd.')).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, '/partner with a new photo');
  await page.getByRole('button', { name: 'Foto opslaan' }).click();
  await expect(page.getByText('De foto is opgeslagen.')).toBeVisible();
  await expect(page.getByAltText('Foto van De Boekhoek Dordrecht B.V.')).toBeVisible();

  await page.reload();
  await page.getByText('Andere foto kiezen', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Foto verwijderen' }).click();
  await expect(page.getByText('De foto is weggehaald.')).toBeVisible();
  await expect(page.getByAltText('Afbeelding bij Winkels')).toBeVisible();
});
