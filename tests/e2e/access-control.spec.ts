import { captureServerAction, expect, expectAccessible, test } from './fixtures';

test('a partner cannot open the editor area, an editor not the partner portal, anonymous neither', async ({ page, loginAs }) => {
  await page.goto('/redactie');
  await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fredactie/);

  await loginAs('partner');
  await expect(page).toHaveURL(/\/partner$/);
  await page.goto('/redactie');
  await expect(page).toHaveURL(/\/geen-toegang$/);
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  await expectAccessible(page, '/geen-toegang');

  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  // Another route group has another root layout: the link is a whole page load, which must be done
  // before the next login's navigation (it interrupted it once).
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.context().clearCookies();
  await loginAs('editor');
  await expect(page).toHaveURL(/\/redactie$/);
  await page.goto('/partner');
  await expect(page).toHaveURL(/\/geen-toegang$/);
});

test('the partner action refuses a crafted call from anonymous and from an editor', async ({
  page,
  playwright,
  baseURL,
  loginAs,
  newPage,
  demo,
}) => {
  await loginAs('partner');
  await expect(page).toHaveURL(/\/partner$/);

  // Capture the exact request the browser makes for the server action, without letting it through.
  const replay = await captureServerAction(page, '/partner', async () => {
    await page.getByLabel('Naam', { exact: true }).fill('Overgenomen Naam');
    await page.getByRole('button', { name: 'Opslaan' }).click();
  });

  // 1. Anonymous: the proxy sends it to the login page; the action never runs.
  const anonymous = await playwright.request.newContext({ baseURL });
  const asAnonymous = await anonymous.post('/partner', replay);
  expect(asAnonymous.status()).toBe(307);
  expect(asAnonymous.headers()['location']).toContain('/inloggen');
  await anonymous.dispose();

  // 2. A session cookie the proxy accepts, for an account that is no longer a confirmed partner
  //    (changed in the database after login): the action's own check refuses it.
  await demo.partner.set({ role: 'EDITOR' });
  const asChangedRole = await page.context().request.post('/partner', replay);
  expect(await asChangedRole.text()).toContain('Je hebt geen toegang tot deze pagina of actie.');
  await demo.partner.set({ role: 'PARTNER', unconfirmed: true });
  const asUnconfirmed = await page.context().request.post('/partner', replay);
  expect(await asUnconfirmed.text()).toContain('Je bent niet (meer) ingelogd');
  await demo.partner.set({ role: 'PARTNER' });

  // 3. Logged in as an editor: the proxy refuses the partner URL.
  const editorPage = await loginAs('editor', await newPage());
  await expect(editorPage).toHaveURL(/\/redactie$/);
  const asEditor = await editorPage.context().request.post('/partner', replay);
  expect(asEditor.status()).toBe(307);
  expect(asEditor.headers()['location']).toContain('/geen-toegang');
  await editorPage.context().close();

  // Nothing changed.
  await page.reload();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Sanne de Vries');

  // 4. The same request from the partner's own session is accepted: the refusals above were
  //    about who sent it, not about a malformed request.
  const asPartner = await page.context().request.post('/partner', replay);
  expect(await asPartner.text()).toContain('Je gegevens zijn opgeslagen.');
  await page.reload();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Overgenomen Naam');

  // The same request again carries the old version: refused as a stale write.
  const stale = await page.context().request.post('/partner', replay);
  expect(await stale.text()).toContain('Iemand anders heeft dit intussen gewijzigd');
});
