import type { Page } from '@playwright/test';
import { cameraJpeg, exeFile, plainImage } from '../support/images';
import { alert, PHONE, expect, formAnswer, expectAccessible, linkIn, sql, submitLogin, test, uniq } from './fixtures';

// The partner's journey from the manual (§1–5): register on a phone, confirm by mail, log in.
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

type Partner = { id: string; email: string; username: string; kvk: string; password: string };

function newPartner(): Partner {
  const id = uniq();
  return { id, email: `partner${id}@voorbeeld.nl`, username: `sport${id}`, kvk: `870${id}`, password: 'fiets naar de markt in juni' };
}

async function fillForm(page: Page, p: Partner) {
  await page.getByLabel('Bedrijfsnaam (zoals bekend bij de KvK)').fill(`Sportclub De Merwede ${p.id}`);
  await page.getByLabel('Alternatieve bedrijfsnaam op de website tonen').check();
  await page.getByLabel('Naam op de website', { exact: true }).fill(`De Merwede ${p.id}`);
  await page.getByLabel('KvK-nummer').fill(p.kvk);
  await page.getByLabel('Straat', { exact: true }).fill('Merwedestraat');
  await page.getByLabel('Huisnummer').first().fill('5');
  await page.getByLabel('Postcode').first().fill('3313ab');
  await page.getByLabel('Omschrijving organisatie').fill('Voetbal en hockey voor kinderen en volwassenen.');
  await page.getByLabel('Naam', { exact: true }).fill('Joris Verhoeven');
  await page.getByLabel('Man', { exact: true }).check();
  await page.getByLabel('Telefoonnummer').fill('06 12345678');
  await page.getByLabel('E-mailadres').fill(p.email);
  await page.getByLabel('Gebruikersnaam').fill(p.username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(p.password);
  await page.getByLabel('Herhaal wachtwoord').fill(p.password);
  await page.getByLabel('Soort aanbieder').selectOption('sport');
  await page.getByLabel(/Ik ga akkoord met de/).check();
}

test('a partner registers on a phone, confirms the mail link and logs in', async ({ page, loginAs, inbox }) => {
  test.setTimeout(120_000); // a long form, two photo uploads, a mail and three pages checked by axe
  const p = newPartner();
  await page.goto('/aanmelden');
  await expect(page.getByRole('heading', { name: 'Aanmelden als partner van Dordtpas' })).toBeVisible();
  // "Beide" is the default, as the manual says.
  await expect(page.getByLabel(/Beide: tegoed besteden/)).toBeChecked();
  await expectAccessible(page, '/aanmelden');

  // Sending the empty form: an error next to every required field, and a summary on top with focus.
  await page.getByRole('button', { name: 'Registreren' }).click();
  const legalName = page.getByLabel('Bedrijfsnaam (zoals bekend bij de KvK)');
  await expect(formAnswer(page)).toBeFocused();
  // In the form's order: with the KvK lookup (the suite has a KvK key) the number comes before the name it fills in.
  await expect(formAnswer(page).getByRole('link').nth(0)).toHaveText('Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678.');
  await expect(formAnswer(page).getByRole('link').nth(1)).toHaveText('Vul de bedrijfsnaam in zoals die bij de KvK bekend is.');
  await expect(legalName).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#legalName-error')).toHaveText('Vul de bedrijfsnaam in zoals die bij de KvK bekend is.');
  await expect(page.locator('#kvkNumber-error')).toHaveText('Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678.');
  await expect(page.locator('#acceptTerms-error')).toBeVisible();
  await expect(legalName).toHaveAttribute('aria-describedby', /legalName-error/);
  await expectAccessible(page, '/aanmelden with errors');

  // The live counter of "Omschrijving organisatie".
  await page.getByLabel('Omschrijving organisatie').fill('x'.repeat(510));
  await expect(page.locator('#description-counter')).toHaveText('510 van 500 tekens — 10 te veel');

  // The photo: a portrait is refused with the reason; a landscape photo is uploaded with progress.
  const photoInput = page.locator('input[type="file"]');
  await photoInput.setInputFiles({ name: 'staand.jpg', mimeType: 'image/jpeg', buffer: await plainImage(900, 1600) });
  await expect(page.locator('#photo-error')).toHaveText(
    'Deze foto staat rechtop of is vierkant (900 × 1600 pixels). Kies een liggende foto: breder dan hoog.',
  );
  await photoInput.setInputFiles({ name: 'programma.jpg', mimeType: 'image/jpeg', buffer: exeFile() });
  await expect(page.locator('#photo-error')).toHaveText('Dit bestand is geen foto. Kies een foto in JPG, PNG, WebP of HEIC.');
  await photoInput.setInputFiles({ name: 'zwembad.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(2400, 1600) });
  await expect(page.getByText('De foto is toegevoegd.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByAltText('Voorbeeld van de gekozen foto')).toBeVisible();
  await expect(page.getByText('Andere foto kiezen')).toBeVisible();
  await expectAccessible(page, '/aanmelden with a photo');

  // A KvK number that is already registered is refused by the server; everything typed stays,
  // the photo too.
  await fillForm(page, { ...p, kvk: '41118712' });
  await page.getByRole('button', { name: 'Registreren' }).click();
  await expect(page.locator('#kvkNumber-error')).toHaveText('Dit KvK-nummer is al aangemeld. Heb je al een account? Log dan in.');
  await expect(formAnswer(page)).toBeFocused();
  await expect(formAnswer(page).getByRole('link')).toHaveText(['Dit KvK-nummer is al aangemeld. Heb je al een account? Log dan in.']);
  await expect(page.getByLabel('E-mailadres')).toHaveValue(p.email);
  await expect(page.getByLabel('Naam op de website', { exact: true })).toHaveValue(`De Merwede ${p.id}`);
  await expect(page.getByLabel('Omschrijving organisatie')).toHaveValue('Voetbal en hockey voor kinderen en volwassenen.');
  await expect(page.getByLabel('Man', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue(''); // never sent back
  await expect(page.getByAltText('Voorbeeld van de gekozen foto')).toBeVisible();

  // Corrected: registered.
  await page.getByLabel('KvK-nummer').fill(p.kvk);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(p.password);
  await page.getByLabel('Herhaal wachtwoord').fill(p.password);
  await page.getByRole('button', { name: 'Registreren' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);
  await expect(page.getByText(`We hebben een e-mail gestuurd naar ${p.email}`)).toBeVisible();
  await expectAccessible(page, '/aanmelden/bedankt');

  // Not confirmed yet: login is refused, and says why.
  await submitLogin(page, p.username, p.password);
  await expect(alert(page)).toContainText('Je hebt je e-mailadres nog niet bevestigd');

  // The confirmation mail arrives over SMTP; the browser follows its link.
  const mail = await inbox.waitFor(p.email, 'Bevestig je aanmelding');
  const link = linkIn(mail, '/aanmelden/bevestigen?token=');
  await page.goto(link);
  await expectAccessible(page, '/aanmelden/bevestigen');
  await page.getByRole('button', { name: 'Account bevestigen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?bevestigd=1/);
  await expect(page.getByText('Je account is bevestigd. Log in om verder te gaan.')).toBeVisible();
  await expectAccessible(page, '/inloggen');
  await inbox.waitFor(p.email, 'Je Dordtpas-account is bevestigd');

  // The link works once only; a used link offers a new one.
  await page.goto(link);
  await expect(alert(page)).toContainText('Deze link werkt niet (meer)');
  await expect(page.getByRole('button', { name: 'Stuur een nieuwe link' })).toBeVisible();
  await expectAccessible(page, '/aanmelden/bevestigen (used link)');

  // Log in with the e-mail address: the partner's Home with the organisation and what happens next.
  await loginAs({ username: p.email.toUpperCase(), password: p.password });
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByRole('heading', { name: 'Welkom, Joris Verhoeven' })).toBeVisible();
  await expect(page.getByText(`Sportclub De Merwede ${p.id}`)).toBeVisible();
  await expect(page.getByText('3313 AB Dordrecht')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeVisible();
  // The photo from the registration, in the re-encoded sizes, served with long cache headers.
  const photo = page.getByAltText(`Foto van De Merwede ${p.id}`);
  await expect(photo).toBeVisible();
  await expect(photo).toHaveJSProperty('complete', true);
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const webpSrcSet = await page.locator('picture source[type="image/webp"]').getAttribute('srcset');
  expect(webpSrcSet).toMatch(
    /\/api\/media\/[a-f0-9]+-480\.webp 480w, \/api\/media\/[a-f0-9]+-960\.webp 960w, \/api\/media\/[a-f0-9]+-1600\.webp 1600w/,
  );
  const media = await page.request.get(webpSrcSet!.split(' ')[0]);
  expect(media.status()).toBe(200);
  expect(media.headers()['content-type']).toBe('image/webp');
  expect(media.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  await expectAccessible(page, '/partner');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1/);
  await page.goto('/partner');
  await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fpartner/);

  // The editors see the new registration.
  await loginAs('editor');
  await expect(page).toHaveURL(/\/redactie$/);
  await expect(page.getByText(`De Merwede ${p.id}`, { exact: true })).toBeVisible();
  await expectAccessible(page, '/redactie');
});

test('an unconfirmed partner asks for a new link on an invalid link and confirms with it', async ({ page, inbox }) => {
  const p = newPartner();
  await page.goto('/aanmelden');
  await fillForm(page, p);
  await page.getByRole('button', { name: 'Registreren' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);
  const first = await inbox.waitFor(p.email, 'Bevestig je aanmelding');

  await page.goto('/aanmelden/bevestigen?token=dit-is-geen-geldige-link');
  await expect(alert(page)).toContainText('Deze link werkt niet (meer)');
  await page.getByLabel('E-mailadres').fill(p.email);
  await page.getByRole('button', { name: 'Stuur een nieuwe link' }).click();
  await expect(formAnswer(page)).toContainText('hebben we een nieuwe link gestuurd');

  const second = await inbox.waitFor(p.email, 'Bevestig je aanmelding', first.receivedAt);
  // The old link stopped working when the new one was sent.
  await page.goto(linkIn(first, '/aanmelden/bevestigen?token='));
  await expect(alert(page)).toContainText('Deze link werkt niet (meer)');
  await page.goto(linkIn(second, '/aanmelden/bevestigen?token='));
  await page.getByRole('button', { name: 'Account bevestigen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?bevestigd=1/);
});

test("registering with an address that has an account looks like any registration; the address's owner gets a mail", async ({
  page,
  loginAs,
  demo,
  inbox,
}) => {
  // The demo partner's address, in other capitals: the form must not tell that it has an account.
  const p = { ...newPartner(), email: demo.partner.email.toUpperCase() };
  const before = new Date().toISOString();
  await page.goto('/aanmelden');
  await fillForm(page, p);
  await page.getByRole('button', { name: 'Registreren' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);
  await expect(page.getByText(`We hebben een e-mail gestuurd naar ${p.email}`)).toBeVisible();
  await expect(page.getByText(/al een account/)).toHaveCount(0);

  const mail = await inbox.waitFor(demo.partner.email, 'Je hebt al een Dordtpas-account', before);
  expect(mail.text).toContain(`Je gebruikersnaam is: ${demo.partner.username}`);
  // The link in it leads to the login page, where the owner logs in as always.
  await page.goto(linkIn(mail, '/inloggen'));
  await loginAs('partner');
  await expect(page).toHaveURL(/\/partner$/);
});

// Issue 20, the Dutch form pattern: postcode and house number first, street and city filled in from
// PDOK Locatieserver (here its recorded answers, tests/fixtures/pdok, replayed by the suite's stand-in).
test('the visiting address from postcode and house number: filled in, never over what was typed; an unknown one is said', async ({
  page,
}) => {
  // The lookups of this address count per client (60 an hour); earlier specs ran from the same one.
  await sql(`DELETE FROM "RateLimit" WHERE key LIKE 'address-lookup-hour%'`);
  await page.goto('/aanmelden');
  const visit = page.getByRole('group', { name: 'Bezoekadres' });
  const [postcode, number, addition, street, city] = ['Postcode', 'Huisnummer', 'Toevoeging', 'Straat', 'Plaats'].map((label) =>
    visit.getByLabel(label, { exact: true }),
  );
  const said = visit.getByRole('status');
  await expect(visit).toContainText('Vul eerst de postcode en het huisnummer in');

  await postcode.fill('3311 AB');
  await number.fill('12');
  await expect(street).toHaveValue('Voorstraat');
  await expect(city).toHaveValue('Dordrecht');
  await expect(said).toHaveText('Gevonden: Voorstraat 12, 3311 AB Dordrecht. Klopt het niet? Pas het aan.');
  await expectAccessible(page, '/aanmelden with a found address');

  // What the person typed stays theirs; a fitting addition is filled in where none was typed.
  await street.fill('Johan de Wittstraat (achteringang)');
  await postcode.fill('3312 CK');
  await number.fill('20');
  await expect(said).toContainText('Gevonden: Johan de Wittstraat (achteringang) 20 A-2, 3312 CK Dordrecht.');
  await expect(street).toHaveValue('Johan de Wittstraat (achteringang)');
  await expect(addition).toHaveValue('A-2');

  // No such address: said, and everything stays editable and as it was.
  await postcode.fill('3319 ZZ');
  await number.fill('1');
  await expect(said).toHaveText('We vinden geen adres bij deze postcode en dit huisnummer. Kijk ze na, of vul het adres zelf in.');
  await expect(street).toHaveValue('Johan de Wittstraat (achteringang)');
  await expect(street).toBeEditable();
});

// Issue 20: with a KVK_API_KEY (here the KvK's Basisprofiel replayed from tests/fixtures/kvk by the
// suite's stand-in) the KvK number fills the legal name and the visiting address, never over what was typed.
test('the KvK number fills the legal name and the visiting address; a typed name stays, an unknown number is said', async ({ page }) => {
  await sql(`DELETE FROM "RateLimit" WHERE key LIKE 'kvk-lookup-hour%' OR key LIKE 'address-lookup-hour%'`);
  await page.goto('/aanmelden');
  const kvk = page.getByLabel('KvK-nummer');
  const said = page.locator('#kvkNumber-lookup');
  const legalName = page.getByLabel('Bedrijfsnaam (zoals bekend bij de KvK)');
  const visit = page.getByRole('group', { name: 'Bezoekadres' });
  await expect(page.getByText('Met je KvK-nummer vullen wij de bedrijfsnaam en het bezoekadres in.')).toBeVisible();
  // Asked first, before the name it fills in.
  const labels = await page.locator('fieldset').first().locator('label').allTextContents();
  expect(labels.findIndex((l) => l.startsWith('KvK-nummer'))).toBeLessThan(labels.findIndex((l) => l.startsWith('Bedrijfsnaam')));

  await kvk.fill('2430 1234');
  await expect(said).toHaveText('Uit het KvK-register ingevuld: de naam (Dordtse Stoomkoffie B.V.) en het bezoekadres. Kijk ze na.');
  await expect(legalName).toHaveValue('Dordtse Stoomkoffie B.V.');
  await expect(visit.getByLabel('Straat', { exact: true })).toHaveValue('Voorstraat');
  await expect(visit.getByLabel('Huisnummer', { exact: true })).toHaveValue('12');
  await expect(visit.getByLabel('Postcode', { exact: true })).toHaveValue('3311 AB');
  await expect(visit.getByLabel('Plaats', { exact: true })).toHaveValue('Dordrecht');
  await expectAccessible(page, '/aanmelden with a KvK registration found');

  // A name typed by the person is theirs; a number without a registration is said.
  await legalName.fill('Stoomkoffie Dordt');
  await kvk.fill('24300000');
  await expect(said).toHaveText('We vinden geen inschrijving bij dit KvK-nummer. Kijk het nummer na, of vul de gegevens zelf in.');
  await kvk.fill('24305678');
  await expect(said).toContainText('Uit het KvK-register ingevuld:');
  await expect(legalName).toHaveValue('Stoomkoffie Dordt');
});
