import { PHONE, expect, expectAccessible, test, uniq } from './fixtures';

// Issue 17: a beheerder asks on a phone to change what pass holders see (here the name on the
// website); a shown name left empty is refused next to the field; the editors read the request and,
// with nothing of the partner online, apply it.

test('a beheerder asks to change the name on the website; the editors apply it', async ({ newPage, loginAs, insertPartner, inbox }) => {
  const n = uniq();
  const partnerRow = await insertPartner({ legalName: `Muziekschool Wijzig ${n} B.V.`, partnerType: 'CREDIT' });
  const page = await loginAs(partnerRow, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await page.getByText('Gegevens voor pashouders wijzigen…').click();
  await expect(page.getByText('Het KvK-nummer en de bedrijfsnaam kun je niet wijzigen.')).toBeVisible();
  await expectAccessible(page, '/partner with the change form open');

  await page.getByLabel('Alternatieve bedrijfsnaam op de website tonen').check();
  await page.getByRole('button', { name: 'Wijziging naar de redactie sturen' }).click();
  await expect(page.locator('#displayName-error')).toBeVisible();
  await expectAccessible(page, '/partner with a refused change');
  const newName = `Muziekschool Noord ${n}`;
  await page.getByLabel('Naam op de website', { exact: true }).fill(newName);
  await page.getByRole('button', { name: 'Wijziging naar de redactie sturen' }).click();
  await expect(page.getByText('Je wijziging is naar de redactie gestuurd.')).toBeVisible();
  await expect(page.getByText('De redactie verwerkt die.')).toBeVisible();
  const mail = await inbox.waitFor('redactie@dordtpas.example', 'wil de gegevens voor pashouders wijzigen');
  expect(mail.text).toContain(newName);

  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/partners/${partnerRow.organisationId}`);
  const request = editor.getByRole('region', { name: 'Gevraagde wijziging van de organisatiegegevens' });
  await expect(request).toContainText(newName);
  await expectAccessible(editor, '/redactie/partners/[id] with a requested change');
  await request.getByRole('button', { name: 'Wijziging verwerken' }).click();
  await expect(editor.getByText('De gegevens van de partner zijn gewijzigd.')).toBeVisible();
  await expect(editor.getByRole('heading', { name: newName, level: 1 })).toBeVisible();

  await page.reload();
  await expect(page.getByText('De redactie verwerkt die.')).toHaveCount(0);
  await expect(page.getByText(newName).first()).toBeVisible();
});
