import type { Page } from '@playwright/test';
import {
  PHONE,
  cardTitles,
  expect,
  expectAccessible,
  offerHtml,
  runDailyJob,
  sendListingToPartner,
  sql,
  test,
  type InsertPartner,
  type NewPage,
} from './fixtures';

// PRODUCT.md §4: the public catalog. A credit listing goes through the editorial loop; it appears in
// the (cached) catalog, is found with a typo and by its category, its detail page is the preview,
// and after withdrawal it is gone — with JavaScript and without.

const PARTNER = { username: 'biesbosch', password: 'biesbosch-demo-2026', name: 'Zwembad De Biesbosch' };
const TITLE = 'Zwemmen in De Biesbosch';
/** Tomorrow in Dordrecht as a card says it: "1 december" (with the year only when it is another year). */
const TOMORROW = (() => {
  const day = (d: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', ...options }).format(d);
  const tomorrow = new Date(Date.now() + 86_400_000);
  const sameYear = day(tomorrow, { year: 'numeric' }) === day(new Date(), { year: 'numeric' });
  return day(tomorrow, { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
})();

/** A confirmed partner of type tegoed, as if registered and confirmed (registration has its own spec). */
function createPartner(insertPartner: InsertPartner) {
  return insertPartner({
    organisationId: 'org-biesbosch',
    userId: 'user-biesbosch',
    username: PARTNER.username,
    password: PARTNER.password,
    email: 'info@biesbosch.example',
    name: 'Noor Bakker',
    legalName: 'Stichting Zwembad De Biesbosch',
    displayName: PARTNER.name,
    kvkNumber: '55501234',
    visitStreet: 'Baanhoekweg',
    visitHouseNumber: '53',
    visitPostcode: '3313 LA',
    description: 'Binnenbad en buitenbad aan de rand van de Biesbosch.',
    partnerType: 'CREDIT',
    category: 'sport',
  });
}

async function newVisitor(newPage: NewPage, javaScriptEnabled: boolean) {
  const page = await newPage({ viewport: PHONE, javaScriptEnabled });
  return { context: page.context(), page };
}

/** Searches with the form, as a pass holder types it. */
async function search(page: Page, words: string) {
  await page.getByLabel('Zoek in het aanbod').fill(words);
  await page.getByLabel('Zoek in het aanbod').press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]zoek=${encodeURIComponent(words).replace(/%20/g, '\\+')}`));
}

test('a published offer is in the catalog, found with a typo and by category, the same as its preview, and gone after withdrawal', async ({
  newPage,
  loginAs,
  insertPartner,
}) => {
  test.setTimeout(120_000); // two people, a publish, searches and a withdrawal: 40–55 s on a quiet machine
  await createPartner(insertPartner);
  const visitor = await newVisitor(newPage, true);
  const noJs = await newVisitor(newPage, false);

  // Before publication: the catalog (a cached page) does not have it.
  await visitor.page.goto('/');
  await expect(visitor.page.getByRole('heading', { name: 'Aanbod met je Dordtpas', level: 1 })).toBeVisible();
  expect(await cardTitles(visitor.page)).not.toContain(TITLE);
  await expectAccessible(visitor.page, '/ (catalog)');

  // The editorial loop: the editor writes and sends, the partner approves the preview.
  const editor = await loginAs('editor', await newPage());
  await sendListingToPartner(
    editor,
    PARTNER.name,
    TITLE,
    'Binnenbad en buitenbad aan de rand van de Biesbosch. Betaal je kaartje met je Dordtpas-tegoed.',
  );
  const partner = await loginAs(PARTNER, await newPage());
  await partner.getByRole('link', { name: `behandel: ${TITLE}` }).click();
  const previewed = await offerHtml(partner);
  await partner.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(partner.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();

  // Publishing dropped the cached catalog: it is there now.
  await visitor.page.goto('/');
  expect(await cardTitles(visitor.page)).toContain(TITLE);

  // Found with a typo ("zwembat"), in the URL; the back button returns to the previous search.
  await search(visitor.page, 'zwembat biesbos');
  expect(await cardTitles(visitor.page)).toEqual([TITLE]);
  await expect(visitor.page.getByRole('heading', { name: '1 resultaat voor ‘zwembat biesbos’' })).toBeVisible();
  await expectAccessible(visitor.page, '/?zoek= (results)');
  await search(visitor.page, 'xyzzy');
  await expect(visitor.page.getByText('Geen aanbod gevonden voor ‘xyzzy’.')).toBeVisible();
  await expect(visitor.page.getByText('Bedoelde je')).toHaveCount(0);
  await expectAccessible(visitor.page, '/?zoek= (nothing found)');
  await visitor.page.goBack();
  await expect(visitor.page.getByLabel('Zoek in het aanbod')).toHaveValue('zwembat biesbos');
  expect(await cardTitles(visitor.page)).toEqual([TITLE]);

  // Two letters swapped are forgiven too; a search that finds nothing suggests the closest name.
  await search(visitor.page, 'zwembda');
  expect(await cardTitles(visitor.page)).toEqual([TITLE]);
  await search(visitor.page, 'zwenbat');
  await expect(visitor.page.getByText('Geen aanbod gevonden voor ‘zwenbat’.')).toBeVisible();
  await expect(visitor.page.getByText('Bedoelde je: zwembad?')).toBeVisible();
  await expect(visitor.page).toHaveTitle('Zoeken: zwenbat | Dordtpas');
  await expectAccessible(visitor.page, '/?zoek= (a suggestion)');
  await visitor.page.getByRole('link', { name: 'zwembad', exact: true }).click();
  await expect(visitor.page).toHaveURL(/[?&]zoek=zwembad$/);
  expect(await cardTitles(visitor.page)).toContain(TITLE);

  // By its category, and not under another one.
  await visitor.page.goto('/');
  await visitor.page.getByLabel('Soort aanbod').selectOption({ label: 'Sport en bewegen' });
  await visitor.page.getByRole('button', { name: 'Toon aanbod' }).click();
  await expect(visitor.page).toHaveURL(/[?&]categorie=sport/);
  expect(await cardTitles(visitor.page)).toContain(TITLE);
  await visitor.page.getByLabel('Soort aanbod').selectOption({ label: 'Winkels' });
  await visitor.page.getByRole('button', { name: 'Toon aanbod' }).click();
  await expect(visitor.page).toHaveURL(/[?&]categorie=winkel/);
  expect(await cardTitles(visitor.page)).not.toContain(TITLE);

  // The detail page is the preview.
  await visitor.page.goto('/?categorie=sport&soort=tegoed');
  await visitor.page.getByRole('link', { name: TITLE }).click();
  await expect(visitor.page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  expect(await offerHtml(visitor.page)).toBe(previewed);
  const detailUrl = visitor.page.url();
  await expect(visitor.page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(detailUrl).href);
  await expect(visitor.page.locator('meta[property="og:title"]')).toHaveAttribute('content', TITLE);
  await expectAccessible(visitor.page, '/aanbod/[slug] (credit listing)');

  // Without JavaScript: the same search, filter and detail page, as plain form posts and links.
  await noJs.page.goto('/');
  await search(noJs.page, 'zwembat');
  expect(await cardTitles(noJs.page)).toContain(TITLE);
  await search(noJs.page, 'zwenbat');
  await noJs.page.getByRole('link', { name: 'zwembad', exact: true }).click();
  expect(await cardTitles(noJs.page)).toContain(TITLE);
  await expectAccessible(noJs.page, '/?zoek= without JavaScript');
  await noJs.page.getByLabel('Zoek in het aanbod').fill('');
  await noJs.page.getByLabel('Soort aanbod').selectOption({ label: 'Sport en bewegen' });
  await noJs.page.getByLabel('Tegoed besteden').check();
  await noJs.page.getByRole('button', { name: 'Toon aanbod' }).click();
  await expect(noJs.page).toHaveURL(/categorie=sport&soort=tegoed/);
  expect(await cardTitles(noJs.page)).toContain(TITLE);
  await noJs.page.getByRole('link', { name: TITLE }).click();
  expect(await offerHtml(noJs.page)).toBe(previewed);

  // Withdrawn: gone from the detail page, the catalog and the search, at once.
  await editor.reload();
  await editor.getByLabel('Reden (de partner krijgt deze te lezen)').fill('Het zwembad is gesloten.');
  await editor.getByRole('button', { name: 'Offline halen' }).click();
  await expect(editor.getByText('Het aanbod is offline gehaald.')).toBeVisible();
  for (const page of [visitor.page, noJs.page]) {
    expect((await page.goto(detailUrl))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Dit aanbod is niet (meer) beschikbaar', level: 1 })).toBeVisible();
    await page.goto('/?categorie=sport');
    expect(await cardTitles(page)).not.toContain(TITLE);
    await page.goto('/?zoek=biesbosch');
    await expect(page.getByText('Geen aanbod gevonden voor ‘biesbosch’.')).toBeVisible();
  }
  await expectAccessible(visitor.page, '/?zoek= (withdrawn)');
  await noJs.page.goto(detailUrl);
  await expectAccessible(noJs.page, '/aanbod/[slug] gone, without JavaScript');
});

test('the catalog pages through many offers without JavaScript; sitemap.xml and robots.txt list what is public', async ({
  newPage,
  request,
  insertPartner,
}) => {
  // Thirty published offers in one category (as their publication would leave them in the catalog),
  // then the job that drops cached pages, as after any change.
  await createPartner(insertPartner);
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", "updatedAt")
     SELECT 'bulk-' || n, 'DISCOUNT_ACTION', 'org-biesbosch', 'PUBLISHED', 'bulk-aanbod-' || n, '{}'::jsonb, '{}'::jsonb, now(), now() FROM generate_series(1, 30) n`,
  );
  await sql(
    `INSERT INTO "CatalogEntry" ("offerId", slug, kind, title, "organisationName", category, place, benefit, "forChildren", "searchText", "searchName", "publishedAt")
     SELECT 'bulk-' || n, 'bulk-aanbod-' || n, 'DISCOUNT_ACTION', 'Uitje ' || lpad(n::text, 2, '0'), 'Zwembad De Biesbosch', 'uitje', 'Dordrecht', '30% korting', false, 'uitje ' || n, 'uitje ' || n, now() FROM generate_series(1, 30) n`,
  );
  // "Uitje 03" is an action that starts tomorrow (in Dordrecht).
  await sql(`UPDATE "CatalogEntry" SET "validFrom" = (now() AT TIME ZONE 'Europe/Amsterdam')::date + 1 WHERE "offerId" = 'bulk-3'`);
  await runDailyJob();
  try {
    const { context, page } = await newVisitor(newPage, false);
    await page.goto('/?categorie=uitje');
    await expect(page.getByRole('heading', { name: '30 resultaten Op naam van de aanbieder, van A tot Z' })).toBeVisible();
    await expect(page).toHaveTitle('Aanbod met je Dordtpas - Uitjes en recreatie | Dordtpas');
    expect(await cardTitles(page)).toHaveLength(24);
    // The action that starts tomorrow says so on its card.
    await expect(page.getByRole('listitem').filter({ hasText: 'Uitje 03' })).toContainText(`Vanaf ${TOMORROW}`);
    await expect(page.getByRole('listitem').filter({ hasText: 'Uitje 04' })).not.toContainText('Vanaf');
    // On a phone a card is a line of the list, not a screen: 24 of them in less than six screens.
    expect((await page.locator('#resultaten + ul').boundingBox())!.height).toBeLessThan(6 * PHONE.height);
    await expect(page.getByText('Pagina 1 van 2')).toBeVisible();
    await expect(page.getByRole('link', { name: /Vorige pagina/ })).toHaveCount(0);
    await page.getByRole('link', { name: /Volgende pagina/ }).click();
    await expect(page).toHaveURL(/\?categorie=uitje&pagina=2$/);
    await expect(page).toHaveTitle('Aanbod met je Dordtpas - Uitjes en recreatie - pagina 2 | Dordtpas');
    expect(await cardTitles(page)).toEqual(['Uitje 25', 'Uitje 26', 'Uitje 27', 'Uitje 28', 'Uitje 29', 'Uitje 30']);
    await expect(page.getByText('Pagina 2 van 2')).toBeVisible();
    await expectAccessible(page, '/?pagina=2 without JavaScript');
    await page.goto('/?pagina=2');
    await expect(page).toHaveTitle('Aanbod met je Dordtpas - pagina 2 | Dordtpas');
    // A page beyond the last says so and links back.
    await page.goto('/?categorie=uitje&pagina=9');
    await page.getByRole('link', { name: 'Naar de eerste pagina' }).click();
    await expect(page).toHaveURL(/\?categorie=uitje$/);
    await context.close();

    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /partner');
    expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toContain('xml');
    const xml = await sitemap.text();
    for (let n = 1; n <= 30; n++) expect(xml).toContain(`/aanbod/bulk-aanbod-${n}</loc>`);
    // The map and the accessibility statement are pages of their own too.
    for (const page of ['/kaart', '/toegankelijkheid']) expect(xml).toContain(`${page}</loc>`);
  } finally {
    await sql(`DELETE FROM "Offer" WHERE id LIKE 'bulk-%'`);
    await runDailyJob();
  }
});

test('a missing, withdrawn or ended offer answers 404 with the friendly page, with and without JavaScript; the favicon is there', async ({
  newPage,
  request,
  insertPartner,
}) => {
  // An action whose last day was yesterday, still published (the daily job has not run).
  await createPartner(insertPartner);
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", "validFrom", "validUntil", "updatedAt")
     VALUES ('ended-1', 'DISCOUNT_ACTION', 'org-biesbosch', 'PUBLISHED', 'afgelopen-actie', '{}'::jsonb, '{}'::jsonb, now(), '2026-01-01', (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1, now())`,
  );
  try {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await newVisitor(newPage, javaScriptEnabled);
      for (const path of ['/aanbod/bestaat-niet', '/aanbod/afgelopen-actie', `/aanbod/nog-nooit-gezien-${javaScriptEnabled}`]) {
        expect((await page.goto(path))?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { name: 'Dit aanbod is niet (meer) beschikbaar', level: 1 })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Bekijk al het aanbod' })).toBeVisible();
        await expect(page).toHaveTitle('Dit aanbod is niet (meer) beschikbaar | Dordtpas');
      }
      await expectAccessible(page, `/aanbod/[slug] missing (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`);
      await context.close();
    }
    // Without a browser too: the status and the text are in the first response.
    const response = await request.get('/aanbod/bestaat-niet');
    expect(response.status()).toBe(404);
    expect(await response.text()).toMatch(/<h1[^>]*>Dit aanbod is niet \(meer\) beschikbaar<\/h1>/);

    const icon = await request.get('/favicon.ico');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  } finally {
    await sql(`DELETE FROM "Offer" WHERE id = 'ended-1'`);
  }
});
