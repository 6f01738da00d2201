import { PHONE, expect, expectAccessible, sql, test, uniq } from './fixtures';

// Issue 20: a partner's beheerder proposes a second location on a phone, by keyboard: postcode and
// house number fill street and city (the PDOK stand-in), the hours are typed per weekday. The editor
// sees the proposal on the partner's page and applies it; the partner's Locaties page then shows both
// locations.

test('a beheerder proposes a second location; the editor applies it; Locaties shows both', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  test.setTimeout(120_000); // two people, seven axe checks, a job run: 40–60 s on a busy machine
  const n = uniq();
  const partner = await insertPartner({ legalName: `Sportcentrum Locaties ${n} B.V.`, partnerType: 'CREDIT' });
  // The first location, as registration makes it (the fixture inserts the organisation only).
  await sql(
    `INSERT INTO "Location" (id, "organisationId", position, name, street, "houseNumber", postcode, city, "updatedAt")
     VALUES ($1, $2, 0, $3, 'Voorstraat', '1', '3311 AB', 'Dordrecht', now())`,
    [`loc-${partner.organisationId}`, partner.organisationId, `Sportcentrum ${n}`],
  );
  const page = await loginAs(partner, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await page.getByRole('link', { name: 'Locaties', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Locaties', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Sportcentrum ${n}` })).toBeVisible();
  await expectAccessible(page, '/partner/locaties');

  // Keyboard only: to the add link and into the form.
  const add = page.getByRole('link', { name: 'Locatie toevoegen' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Locatie toevoegen', level: 1 })).toBeVisible();
  await expectAccessible(page, '/partner/locaties/nieuw');

  // Sent half-filled: the messages stand beside their fields, and what was typed stays.
  await page.getByLabel('Naam van de locatie').fill('Buitenbad Wantijpark');
  const monday = page.getByRole('group', { name: 'Maandag' });
  await monday.getByLabel('Open van', { exact: true }).fill('17:00');
  await monday.getByLabel('tot', { exact: true }).first().fill('10:00');
  await page.getByRole('button', { name: 'Voorstel naar de redactie sturen' }).click();
  await expect(page.locator('#postcode-error')).toBeVisible();
  await expect(page.locator('#maTo1-error')).toHaveText('De tijd "tot" moet later zijn dan de tijd "van".');
  await expect(page.getByLabel('Naam van de locatie')).toHaveValue('Buitenbad Wantijpark');
  await expectAccessible(page, '/partner/locaties/nieuw with errors');

  // The address from postcode and number, typed with the keyboard.
  await page.getByLabel('Postcode').focus();
  await page.keyboard.type('3314 LT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Straat')).toHaveValue('Wantijdijk');
  await expect(page.getByLabel('Plaats')).toHaveValue('Dordrecht');
  await monday.getByLabel('Open van', { exact: true }).fill('10:00');
  await monday.getByLabel('tot', { exact: true }).first().fill('18:00');
  const saturday = page.getByRole('group', { name: 'Zaterdag' });
  await saturday.getByLabel('Open van', { exact: true }).fill('10:00');
  await saturday.getByLabel('tot', { exact: true }).first().fill('12:30');
  await saturday.getByLabel('En van', { exact: true }).fill('13:30');
  await saturday.getByLabel('tot', { exact: true }).nth(1).fill('17:00');
  await page.getByLabel('Opmerking bij de openingstijden (niet verplicht)').fill('Alleen open van mei tot en met september.');
  await page.getByRole('button', { name: 'Voorstel naar de redactie sturen' }).click();
  await expect(page.getByText('Je voorstel is naar de redactie gestuurd.')).toBeVisible();
  const pending = page.getByRole('region', { name: 'Voorstellen bij de redactie' });
  await expect(pending).toContainText('Nieuwe locatie: Buitenbad Wantijpark');
  await expect(pending).toContainText('Wantijdijk 6, 3314 LT Dordrecht');
  await expectAccessible(page, '/partner/locaties with an open proposal');
  const mail = await inbox.waitFor('redactie@dordtpas.example', 'stelt een wijziging van de locaties voor');
  expect(mail.text).toContain('Buitenbad Wantijpark');

  // The editor applies it on the partner's page.
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/partners/${partner.organisationId}`);
  const places = editor.getByRole('region', { name: 'Locaties' });
  const request = places.getByRole('region', { name: 'Voorgestelde wijzigingen van locaties' });
  await expect(request).toContainText('Nieuwe locatie: Buitenbad Wantijpark');
  await expect(request).toContainText('Zaterdag: 10:00–12:30, 13:30–17:00');
  await expectAccessible(editor, '/redactie/partners/[id] with a location proposal');
  await request.getByRole('button', { name: /^Toepassen/ }).click();
  await expect(editor.getByText('Het voorstel is toegepast. De partner krijgt een e-mail.')).toBeVisible();
  await expect(places.getByRole('heading', { name: 'Buitenbad Wantijpark' })).toBeVisible();
  await inbox.waitFor(partner.email, 'Je locaties zijn bijgewerkt');

  // The partner's page shows both, in order, the new one with its hours and remark.
  await page.goto('/partner/locaties');
  const list = page.getByRole('list', { name: 'Locaties' });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([`Sportcentrum ${n}`, 'Buitenbad Wantijpark']);
  await expect(list).toContainText('Wantijdijk 6, 3314 LT Dordrecht');
  await expect(list).toContainText('Alleen open van mei tot en met september.');
  await expect(page.getByRole('region', { name: 'Voorstellen bij de redactie' })).toHaveCount(0);
  await expectAccessible(page, '/partner/locaties with two locations');
  // The geocode job was sent on applying: the PDOK stand-in's point arrives.
  await expect
    .poll(
      async () =>
        (
          await sql<{ latitude: number | null }>(`SELECT latitude FROM "Location" WHERE "organisationId" = $1 AND position = 1`, [
            partner.organisationId,
          ])
        )[0]?.latitude,
      {
        timeout: 30_000,
      },
    )
    .toBe(51.8103);
});
