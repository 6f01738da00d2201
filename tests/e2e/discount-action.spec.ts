import { PHONE, cardTitles, expect, expectAccessible, formAnswer, linkIn, offerHtml, runDailyJob, sql, test } from './fixtures';
import { cameraJpeg } from '../support/images';
import { defaultValidity, oneYearAfter } from '../../lib/discounts/schema';
import { formatIsoDate, todayInDordrecht } from '../../lib/i18n/format';

// PRODUCT.md §3, manual §8–13: a partner proposes a discount offer in the wizard on a phone,
// leaves half-way, resumes from "Concepten", submits; the editors rewrite it, the partner comments
// and then approves; it is published, and gone the day after its last day; a renewal is prefilled.
test('discount offer: wizard on a phone with a closed tab, review loop, publication, expiry and renewal', async ({
  newPage,
  loginAs,
  demo,
  inbox,
}) => {
  test.setTimeout(120_000); // the whole journey of three people, a photo upload included
  let partner = await loginAs('partner', await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  const partnerContext = partner.context();
  await partner.getByRole('link', { name: 'Actievoorstel toevoegen' }).click();
  await expect(partner.getByRole('heading', { name: 'Actievoorstel toevoegen', level: 1 })).toBeVisible();
  await expectAccessible(partner, '/partner/acties/nieuw');
  const startRequest = partner.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await partner.getByRole('button', { name: 'Begin met een nieuw voorstel' }).click();
  const crafted = await startRequest;

  // 1. Onderwerp — "Volgende" with nothing filled in: the message next to the field.
  await expect(partner.getByRole('heading', { name: /Onderwerp/, level: 1 })).toBeVisible();
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Stap 1 van 7Onderwerp');
  // A brand-new proposal: no step is ticked, not even the prefilled contact step or the summary.
  // A function: the tab is closed and opened again below.
  const steps = () => partner.getByRole('navigation', { name: 'Stappen van je actievoorstel' });
  await expect(steps().getByRole('link')).toHaveCount(6);
  await expect(steps()).not.toContainText('✓');
  await expect(steps()).not.toContainText('(ingevuld)');
  await expect(steps().getByRole('link', { name: /^6 ?\. Contactinformatie/ })).toHaveAccessibleName(/nog niet klaar/);
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.locator('#subject-error')).toHaveText(/Schrijf waarop je korting geeft/);
  await expect(formAnswer(partner)).toBeFocused();
  await formAnswer(partner)
    .getByRole('link', { name: /Schrijf waarop je korting geeft/ })
    .click();
  await expect(partner.getByLabel('Waarop geef je korting?')).toBeFocused();
  await expectAccessible(partner, 'step onderwerp (error)');
  await partner.getByLabel('Waarop geef je korting?').fill('toegang zwembad');
  await partner.getByRole('button', { name: /Volgende/ }).click();

  // 2. Looptijd — a whole year from today by default (said beside the dates); longer is refused.
  await expect(partner.getByRole('heading', { name: /Looptijd/, level: 1 })).toBeVisible();
  await expect(steps().getByRole('link', { name: /^1 ?\. Onderwerp/ })).toHaveAccessibleName(/\(ingevuld\)/);
  const today = todayInDordrecht();
  const period = defaultValidity(today);
  expect(period.validFrom).toBe(today);
  await expect(partner.getByLabel('Eerste dag')).toHaveValue(today);
  await expect(partner.getByLabel('Laatste dag')).toHaveValue(period.validUntil);
  await expect(partner.getByText(`vanaf vandaag (${formatIsoDate(today)}) tot en met ${formatIsoDate(period.validUntil)}`)).toBeVisible();
  await partner.getByLabel('Laatste dag').fill(oneYearAfter(today));
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.locator('#validUntil-error')).toHaveText(/maximaal één jaar/);
  await expectAccessible(partner, 'step looptijd (error)');
  await partner.getByLabel('Laatste dag').fill(period.validUntil);
  await partner.getByLabel(/Extra informatie over de looptijd/).fill('Niet op maandag.');
  await partner.getByRole('button', { name: /Volgende/ }).click();

  // 3. Beschrijving — typed, saved automatically, and then the tab is closed without "Volgende".
  await expect(partner.getByRole('heading', { name: /Beschrijving/, level: 1 })).toBeVisible();
  await expectAccessible(partner, 'step beschrijving');
  await partner
    .getByLabel('Beschrijving voor op de website')
    .fill('Met je Dordtpas zwem je voor minder dan de helft van de prijs, elke dag behalve maandag.');
  await partner.getByLabel(/Meer informatie voor de redactie/).fill('Graag ook vermelden dat zwemles niet meedoet.');
  await expect(partner.getByText(/Opgeslagen om \d{2}:\d{2}/)).toBeVisible();
  await partner.close();

  // Back later: Home lists the draft under "Concepten"; it resumes where something is still missing.
  partner = await partnerContext.newPage();
  await partner.goto('/partner');
  await expect(partner.getByRole('heading', { name: 'Concepten' })).toBeVisible();
  await expectAccessible(partner, '/partner (with a draft)');
  await expect(partner.getByText('Verder bij stap 4: Foto en tips')).toBeVisible();
  await partner.getByRole('link', { name: 'Verder invullen: toegang zwembad' }).click();
  // The first step not done yet: "Foto en tips" was never opened (although nothing there is required).
  await expect(partner.getByRole('heading', { name: /Foto en tips/, level: 1 })).toBeVisible();
  await partner.getByRole('link', { name: /^3/ }).click();
  await expect(partner.getByLabel('Beschrijving voor op de website')).toHaveValue(/minder dan de helft van de prijs/);
  await expect(partner.getByLabel(/Meer informatie voor de redactie/)).toHaveValue('Graag ook vermelden dat zwemles niet meedoet.');
  await partner.getByRole('button', { name: /Volgende/ }).click();

  // 4. Foto en tips — a photo uploaded and the tab closed before "Volgende": the photo is kept.
  await expect(partner.getByRole('heading', { name: /Foto en tips/, level: 1 })).toBeVisible();
  await expectAccessible(partner, 'step foto');
  const fotoUrl = partner.url();
  const offerId = fotoUrl.split('/').at(-2)!;
  await partner
    .locator('input[type="file"]')
    .setInputFiles({ name: 'zwembad.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(2400, 1600) });
  await expect(partner.getByText('De foto is toegevoegd')).toBeVisible();
  const uploadedId = await partner.locator('input[name="photoId"]').inputValue();
  expect(uploadedId).not.toBe('');
  await expect
    .poll(async () => (await sql<{ photoId: string | null }>('SELECT "photoId" FROM "Offer" WHERE id = $1', [offerId]))[0].photoId)
    .toBe(uploadedId);
  await partner.close();
  partner = await partnerContext.newPage();
  await partner.goto(fotoUrl);
  await expect(partner.getByLabel('Deze foto gebruiken')).toHaveValue(uploadedId);
  await expect(partner.getByLabel('Deze foto gebruiken')).toBeChecked();
  // "Vorige" goes back without losing anything; reservation required.
  await partner.getByLabel(/Tips voor de pashouder/).fill('Kom op doordeweekse ochtenden, dan is het rustig.');
  await partner.getByLabel('De pashouder moet vooraf reserveren').check();
  await partner.getByRole('button', { name: /Vorige/ }).click();
  await expect(partner.getByRole('heading', { name: /Beschrijving/, level: 1 })).toBeVisible();
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.getByLabel(/Tips voor de pashouder/)).toHaveValue('Kom op doordeweekse ochtenden, dan is het rustig.');
  await expect(partner.getByLabel('De pashouder moet vooraf reserveren')).toBeChecked();
  await partner.getByRole('button', { name: /Volgende/ }).click();

  // 5. Financiële informatie — prices per age; a pass price above 75 % is refused with the maximum.
  await expect(partner.getByRole('heading', { name: /Financiële informatie/, level: 1 })).toBeVisible();
  await partner.getByLabel('Als prijzen per leeftijd').check();
  const band = (n: number) => partner.getByRole('group', { name: `Leeftijdsgroep ${n}` });
  await band(1).getByLabel('Leeftijd vanaf').fill('4');
  await band(1).getByLabel('Leeftijd tot en met').fill('17');
  await band(1).getByLabel('Gewone prijs').fill('4,00');
  await band(1).getByLabel('Prijs met Dordtpas').fill('2');
  await band(2).getByLabel('Leeftijd vanaf').fill('18');
  await band(2).getByLabel('Gewone prijs').fill('€ 6,50');
  await band(2).getByLabel('Prijs met Dordtpas').fill('5,00');
  await partner.getByLabel('Vaker (bij elk bezoek)').check();
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(band(2).getByText('Bij deze gewone prijs is de pasprijs maximaal € 4,87.')).toBeVisible();
  await expectAccessible(partner, 'step financieel (error)');
  await band(2).getByLabel('Prijs met Dordtpas').fill('3,25');
  await partner.getByRole('button', { name: /Volgende/ }).click();

  // 6. Contactinformatie — prefilled from the partner.
  await expect(partner.getByRole('heading', { name: /Contactinformatie/, level: 1 })).toBeVisible();
  // (Another spec may have renamed the demo partner: compare with the account as it is now.)
  const [me] = await sql<{ name: string }>('SELECT name FROM "User" WHERE username = $1', [demo.partner.username]);
  await expect(partner.getByLabel('Contactpersoon voor de redactie')).toHaveValue(me.name);
  await expect(partner.getByLabel('E-mailadres', { exact: true })).toHaveValue(demo.partner.email);
  // The demo partner has two locations (issue 20): the action applies to all of them unless the partner chooses.
  const places = partner.getByRole('group', { name: 'Waar geldt dit aanbod?' });
  await expect(places.getByLabel(/^Alle locaties/)).toBeChecked();
  await expect(places).toContainText('Wielengang 12');
  await expect(places).toContainText('Buitenbad Wantijpark');
  // Nothing personal is public unless the partner ticks it.
  const publicContact = partner.getByRole('group', { name: 'Wat zien pashouders op de website?' });
  await expect(publicContact).toContainText('Pashouders zien ze alleen als je hier een vinkje zet.');
  for (const label of ['Toon het telefoonnummer aan pashouders', 'Toon het e-mailadres aan pashouders', 'Toon de website aan pashouders'])
    await expect(publicContact.getByLabel(label)).not.toBeChecked();
  await expectAccessible(partner, 'step contact');
  await partner.getByRole('button', { name: /Naar controleren/ }).click();

  // 7. Controleren en indienen — the terms are required.
  await expect(partner.getByRole('heading', { name: /Controleren en indienen/, level: 1 })).toBeVisible();
  await expect(partner.getByText('18 jaar en ouder: € 6,50 → € 3,25')).toBeVisible();
  await expect(partner.getByRole('region', { name: 'Contactinformatie' })).toContainText(`${demo.partner.email} (alleen voor de redactie)`);
  await expect(steps().getByRole('link', { name: /^4 ?\. Foto en tips/ })).toHaveAccessibleName(/\(ingevuld\)/);
  await partner.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(partner.locator('#acceptTerms-error')).toBeVisible();
  await expectAccessible(partner, 'step indienen (terms missing)');
  await partner.getByLabel('Ik ga akkoord met de samenwerkingsvoorwaarden').check();
  const submittedAt = new Date().toISOString();
  await partner.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(partner.getByText('Bedankt! Je actievoorstel is ingediend.')).toBeVisible();
  await expect(partner.getByText('Ingediend, de redactie gaat ermee aan de slag')).toBeVisible();
  await expect(partner.getByRole('heading', { name: 'Concepten' })).toHaveCount(0);

  // The editors: a mail with a link to the action, which is in the work queue.
  // This one's mail, not the one of an earlier spec's proposal (accessibility.spec) still on top.
  const submitted = await inbox.waitFor('redactie@dordtpas.example', 'heeft een actievoorstel ingediend', submittedAt);
  const editor = await loginAs('editor', await newPage());
  // On the dashboard among what waits on the editors, under its partner's name.
  const waiting = editor.getByRole('region', { name: 'Aanbod dat op de redactie wacht' }).getByRole('listitem');
  await expect(
    waiting.filter({ hasText: 'Zwembad De Wielen' }).getByRole('link', { name: 'Toegang zwembad', exact: true }).first(),
  ).toBeVisible();
  await editor.goto(linkIn(submitted, '/redactie/acties/'));
  await expect(editor.getByText('Graag ook vermelden dat zwemles niet meedoet.')).toBeVisible();
  await expect(editor.getByRole('group', { name: 'Leeftijdsgroep 2' }).getByLabel('Prijs met Dordtpas')).toHaveValue('3,25');
  await expectAccessible(editor, '/redactie/acties/[id]');
  for (const label of ['Tonen aan pashouders: telefoonnummer', 'Tonen aan pashouders: e-mailadres'])
    await expect(editor.getByLabel(label)).not.toBeChecked();
  await editor.getByLabel('Titel', { exact: true }).fill('Zwemmen voor de halve prijs');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();

  // The partner: "Een akkoord is nodig op onderstaand actievoorstel(len)." → behandel → comment.
  await inbox.waitFor(demo.partner.email, 'graag je akkoord');
  await partner.goto('/partner');
  await expect(partner.getByText('Een akkoord is nodig op onderstaand actievoorstel(len).')).toBeVisible();
  await partner.getByRole('link', { name: 'behandel: Zwemmen voor de halve prijs' }).click();
  const preview = partner.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview.getByRole('row', { name: /18 jaar en ouder/ })).toContainText('€ 3,25');
  await expect(preview.getByText('Reserveren is verplicht.')).toBeVisible();
  await expectAccessible(partner, '/partner/aanbod/[id] (discount offer)');
  await partner.getByText('Ik ga nog niet akkoord en wil reageren op de inhoud').click();
  await partner.getByLabel('Wat wil je aangepast zien?').fill('Schrijf er ook bij dat het op maandag niet kan.');
  await partner.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(partner.getByText('Je reactie is naar de redactie gestuurd.')).toBeVisible();

  // The editor revises and asks again; the partner approves exactly the preview.
  await inbox.waitFor('redactie@dordtpas.example', 'heeft gereageerd');
  await editor.reload();
  await editor
    .getByLabel('Tekst voor de pashouder')
    .fill('Met je Dordtpas zwem je voor minder dan de helft van de prijs. Op maandag geldt de korting niet.');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await partner.goto('/partner');
  await partner.getByRole('link', { name: 'behandel: Zwemmen voor de halve prijs' }).click();
  await expect(preview.getByText('Op maandag geldt de korting niet.')).toBeVisible();
  const previewed = await offerHtml(partner);
  await partner.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(partner.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();

  // Public: the same page as the preview, with the tariffs table and the period in plain Dutch.
  const published = await inbox.waitFor(demo.partner.email, 'staat op de Dordtpas-website');
  const publicUrl = linkIn(published, '/aanbod/');
  const visitor = await newPage({ viewport: PHONE });
  await visitor.goto(publicUrl);
  await expect(visitor.getByRole('heading', { name: 'Zwemmen voor de halve prijs', level: 1 })).toBeVisible();
  await expect(
    visitor.getByText(`Geldig van ${formatIsoDate(period.validFrom)} tot en met ${formatIsoDate(period.validUntil)}.`),
  ).toBeVisible();
  // The partner's phone and e-mail are not on the public page: nobody chose to show them. (The
  // pool's own desk number is, with its location: that is the place's public number.)
  await expect(visitor.locator('a[href="tel:0781234567"], a[href^="mailto:"]')).toHaveCount(0);
  await expect(visitor.getByText('078 123 4567')).toHaveCount(0);
  await expect(visitor.getByText(demo.partner.email)).toHaveCount(0);
  expect(await offerHtml(visitor)).toBe(previewed);
  await expectAccessible(visitor, '/aanbod/[slug] (discount offer)');

  // In the catalog: found with a typo, under "korting" and "voor kinderen" (it has a band under 18).
  await visitor.goto('/?zoek=zwemen+halve&soort=korting&kinderen=1');
  expect(await cardTitles(visitor)).toEqual(['Zwemmen voor de halve prijs']);
  await expect(visitor.locator('#resultaten + ul').getByText('Voor kinderen')).toBeVisible();
  await visitor.goto('/?soort=tegoed');
  expect(await cardTitles(visitor)).not.toContain('Zwemmen voor de halve prijs');

  // The day after its last day it is gone from the site, and "verlopen" for the partner. The date
  // moves on (its last day was yesterday), and the server's job after midnight drops cached pages.
  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM "Offer" WHERE kind = 'DISCOUNT_ACTION' AND content->>'title' = $1`, [
    'Zwemmen voor de halve prijs',
  ]);
  for (const table of ['Offer', 'CatalogEntry']) {
    await sql(
      `UPDATE "${table}" SET "validUntil" = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1 WHERE ${table === 'Offer' ? 'id' : '"offerId"'} = $1`,
      [id],
    );
  }
  await runDailyJob();
  expect((await visitor.goto(publicUrl))?.status()).toBe(404);
  await expect(visitor.getByRole('heading', { name: 'Dit aanbod is niet (meer) beschikbaar', level: 1 })).toBeVisible();
  await visitor.goto('/?zoek=halve+prijs');
  await expect(visitor.getByText('Geen aanbod gevonden voor ‘halve prijs’.')).toBeVisible();
  await partner.goto('/partner');
  await expect(partner.getByText('verlopen', { exact: true })).toBeVisible();
  await expectAccessible(partner, '/partner (expired action)');

  // Renewal: a new draft for the next period, prefilled from the old action.
  await partner.getByRole('button', { name: 'Verlengen voor volgend jaar' }).click();
  await expect(partner.getByRole('heading', { name: /Onderwerp/, level: 1 })).toBeVisible();
  await expect(partner.getByLabel('Waarop geef je korting?')).toHaveValue('toegang zwembad');
  await partner.getByRole('link', { name: /^5/ }).click();
  await expect(partner.getByRole('group', { name: 'Leeftijdsgroep 2' }).getByLabel('Prijs met Dordtpas')).toHaveValue('3,25');
  await partner.getByRole('link', { name: /^7/ }).click();
  await expect(partner.getByText(/tot en met/).first()).toBeVisible();
  await expect(partner.getByRole('region', { name: 'Looptijd' })).toContainText(formatIsoDate(oneYearAfter(period.validFrom)));

  // A partner of type tegoed only sees no button, and replaying the start action is refused.
  const credit = await loginAs('partner2', await newPage());
  await expect(credit).toHaveURL(/\/partner$/);
  await expect(credit.getByRole('link', { name: 'Actievoorstel toevoegen' })).toHaveCount(0);
  const h = crafted.headers();
  const replayed = await credit.context().request.post('/partner/acties/nieuw', {
    headers: { 'next-action': h['next-action'], 'content-type': h['content-type'], accept: h['accept'] ?? 'text/x-component' },
    data: crafted.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(await replayed.text()).toContain('Je organisatie biedt alleen tegoed besteden aan.');
  const [{ count }] = await sql<{ count: string }>(
    `SELECT count(*) FROM "Offer" o JOIN "Organisation" g ON g.id = o."organisationId" WHERE g."kvkNumber" = '24301877'`,
  );
  expect(Number(count)).toBe(0);
});

test('a credit-only partner is shown how to give discounts too: a request that the editors grant', async ({ newPage, loginAs, inbox }) => {
  const credit = await newPage({ viewport: PHONE });
  const editor = await newPage();
  try {
    await loginAs('partner2', credit);
    await expect(credit.getByRole('link', { name: 'Actievoorstel toevoegen' })).toHaveCount(0);
    const section = credit.getByRole('region', { name: 'Ook korting geven aan pashouders?' });
    await expect(section).toContainText('Vraag de redactie om je soort partner te wijzigen naar "tegoed en korting".');
    await expectAccessible(credit, '/partner (credit only)');
    await section.getByRole('button', { name: 'Vraag de redactie om ook korting te geven' }).click();
    await expect(section.getByText('Je verzoek is naar de redactie gestuurd.')).toBeVisible();
    await inbox.waitFor('redactie@dordtpas.example', 'De Boekhoek Dordrecht B.V. wil ook korting geven');
    await credit.reload();
    await expect(section).toContainText('gevraagd om ook korting te geven. De redactie bekijkt je verzoek.');
    await expect(section.getByRole('button')).toHaveCount(0);

    await loginAs('editor', editor);
    const requests = editor.getByRole('region', { name: 'Verzoeken van partners' });
    await expect(requests.getByRole('listitem').filter({ hasText: 'De Boekhoek' })).toContainText('Wil ook korting geven');
    await expectAccessible(editor, '/redactie (a partner type request)');
    await requests.getByRole('button', { name: 'Wijzig naar tegoed en korting' }).click();
    await expect(requests.getByText('De soort partner is gewijzigd naar tegoed en korting.')).toBeVisible();
    await inbox.waitFor('hallo@boekhoek.example', 'Je kunt nu kortingsacties voorstellen');

    await credit.reload();
    await expect(credit.getByRole('link', { name: 'Actievoorstel toevoegen' })).toBeVisible();
    await expect(section).toHaveCount(0);
  } finally {
    // The demo data as the other specs expect it: De Boekhoek offers credit only.
    await sql(
      `UPDATE "Organisation" SET "partnerType" = 'CREDIT', "requestedPartnerType" = NULL, "partnerTypeRequestedAt" = NULL WHERE "kvkNumber" = '24301877'`,
    );
  }
});

test('the wizard works without JavaScript: start, errors next to the field, back and forth, delete the draft', async ({
  newPage,
  loginAs,
}) => {
  const page = await loginAs('partner', await newPage({ javaScriptEnabled: false, viewport: PHONE }));
  await expect(page).toHaveURL(/\/partner$/);
  await page.getByRole('link', { name: 'Actievoorstel toevoegen' }).click();
  await page.getByRole('button', { name: 'Begin met een nieuw voorstel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 1 van 7Onderwerp');
  await page.getByRole('button', { name: /Volgende/ }).click();
  await expect(page.locator('#subject-error')).toHaveText(/Schrijf waarop je korting geeft/);
  await expect(page.getByLabel('Waarop geef je korting?')).toHaveAttribute('aria-describedby', /subject-error/);
  await page.getByLabel('Waarop geef je korting?').fill('contributie zwemclub');
  await page.getByRole('button', { name: /Volgende/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 2 van 7Looptijd');
  await page.getByLabel(/Extra informatie over de looptijd/).fill('Alleen in het seizoen.');
  await page.getByRole('button', { name: /Vorige/ }).click();
  await expect(page.getByLabel('Waarop geef je korting?')).toHaveValue('contributie zwemclub');
  await page.getByRole('link', { name: /^2/ }).click();
  await expect(page.getByLabel(/Extra informatie over de looptijd/)).toHaveValue('Alleen in het seizoen.');
  await expectAccessible(page, 'step looptijd without JavaScript');

  // The draft is on Home; from the last step it can be thrown away (a second press, no dialog).
  await page.getByRole('link', { name: /^7/ }).click();
  await expect(page.getByText('Deze stap is nog niet goed ingevuld:').first()).toBeVisible();
  await page.getByText('Dit concept verwijderen').first().click();
  await page.getByRole('button', { name: 'Dit concept verwijderen' }).click();
  await expect(page.getByText('Het concept is verwijderd.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Verder invullen: contributie zwemclub' })).toHaveCount(0);
});
