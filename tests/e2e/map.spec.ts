import type { Page, Request } from '@playwright/test';
import { TILES_PORT } from '../support/e2e-env';
import { credit } from '../support/content';
import { PHONE, expect, expectAccessible, rebuildCatalog, sql, test, uniq, type InsertPartner } from './fixtures';

// Issue 20, ADR 0039: the map of the catalog (/kaart). Markers per location, clustered, a marker's
// card links to the offer; the tiles come from the local blank-tile stand-in only; the list works
// without JavaScript; "Lijst | Kaart" keeps the filters and the search; axe finds nothing.

/** One word only these offers have: the map is asked with it, whatever else the database holds. */
const WORD = 'kaartproef';
const KANO = `Kanoverhuur ${WORD}`;
const THEATER = `Theater ${WORD}`;

type Place = { name: string; latitude: number; longitude: number };
// Two places of the canoe rental, one of them 400 m from the theatre: together they are one cluster
// when the map shows all three, the third far enough away to be a marker of its own.
const MERWEDE: Place = { name: 'Kanoverhuur Merwede', latitude: 51.8152, longitude: 4.6641 };
const BIESBOSCH: Place = { name: 'Kanoverhuur Biesbosch', latitude: 51.7655, longitude: 4.7853 };
const KUNSTMIN: Place = { name: 'Schouwburg Kunstmin', latitude: 51.8118, longitude: 4.6689 };

/**
 * A partner with these locations and a published credit listing for all of them; its catalog entry
 * and places are made by the server's own catalog job (rebuildCatalog), as after a migration.
 */
async function placedOffer(insertPartner: InsertPartner, title: string, category: string, places: Place[]) {
  const partner = await insertPartner({ legalName: `${title} ${uniq()}`, displayName: title, category });
  for (const [position, place] of places.entries())
    await sql(
      `INSERT INTO "Location" (id, "organisationId", position, name, street, "houseNumber", postcode, city, latitude, longitude, "updatedAt")
       VALUES ($1, $2, $3, $4, 'Voorstraat', $5, '3311 AB', 'Dordrecht', $6, $7, now())`,
      [
        `loc-${partner.organisationId}-${position}`,
        partner.organisationId,
        position,
        place.name,
        String(position + 1),
        place.latitude,
        place.longitude,
      ],
    );
  const content = { ...credit(), title, category, body: `Met je Dordtpas: ${title}.`, locations: 'all' };
  const id = `map-${partner.organisationId}`;
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'PUBLISHED', $3, $4, $4, now(), 3, now())`,
    [id, partner.organisationId, `${title.toLowerCase().replace(/\s+/g, '-')}-${uniq()}`, JSON.stringify(content)],
  );
  return { id, places: places.length };
}

async function twoPartnersOnTheMap(insertPartner: InsertPartner) {
  const kano = await placedOffer(insertPartner, KANO, 'sport', [MERWEDE, BIESBOSCH]);
  const theater = await placedOffer(insertPartner, THEATER, 'cultuur', [KUNSTMIN]);
  await rebuildCatalog([kano, theater]);
}

/** Every request the page makes, to check where they go. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

const markers = (page: Page) => page.locator('.offer-map .map-marker');
const clusters = (page: Page) => page.locator('.offer-map .map-cluster');

test('/kaart shows a marker per location, clustered; a marker opens a card that links to the offer; tiles only from the local stand-in', async ({
  page,
  insertPartner,
}) => {
  await twoPartnersOnTheMap(insertPartner);
  await page.setViewportSize(PHONE);
  const requests = recordRequests(page);
  await page.goto(`/kaart?zoek=${WORD}`);

  const map = page.getByRole('region', { name: 'Kaart van het aanbod' });
  await expect(map).toBeVisible();
  await expect(page.getByText('Kaartgegevens © Kadaster / PDOK')).toBeVisible();
  // Three places: the two near each other in one cluster, the third on its own.
  await expect(clusters(page)).toHaveCount(1);
  await expect(clusters(page)).toHaveText('2');
  await expect(clusters(page)).toHaveAttribute('title', '2 plekken. Druk om in te zoomen.');
  await expect(markers(page)).toHaveCount(1);
  await expect(markers(page)).toHaveAttribute('title', BIESBOSCH.name);
  // On a phone the map is as wide as the screen, the list below it.
  const box = (await map.boundingBox())!;
  expect(box.width).toBe(PHONE.width);
  expect(box.height).toBeGreaterThan(300);
  expect((await page.getByRole('heading', { name: '2 resultaten met een adres' }).boundingBox())!.y).toBeGreaterThan(box.y + box.height);

  // The cluster zooms in to its places.
  await clusters(page).click();
  await expect(markers(page)).toHaveCount(2);
  await expect(page.locator(`.offer-map .map-marker[title="${MERWEDE.name}"]`)).toBeVisible();
  await expect(page.locator(`.offer-map .map-marker[title="${KUNSTMIN.name}"]`)).toBeVisible();
  await expect(clusters(page)).toHaveCount(0);

  await page.locator(`.offer-map .map-marker[title="${KUNSTMIN.name}"]`).click();
  const card = page.locator('.leaflet-popup');
  await expect(card).toContainText(KUNSTMIN.name);
  await expect(card.getByRole('button', { name: 'Sluiten' })).toBeVisible();
  await expectAccessible(page, '/kaart with a card open');
  await card.getByRole('link', { name: THEATER }).click();
  await expect(page).toHaveURL(/\/aanbod\/theater-kaartproef-/);
  await expect(page.getByRole('heading', { level: 1, name: THEATER })).toBeVisible();

  // Tiles were asked for, from the stand-in; nothing left this machine.
  const urls = requests.map((r) => new URL(r.url()));
  expect(
    urls.filter((u) => u.host === `127.0.0.1:${TILES_PORT}` && /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(u.pathname)).length,
  ).toBeGreaterThan(0);
  expect(urls.filter((u) => u.hostname !== '127.0.0.1').map(String)).toEqual([]);
});

test('the map with the keyboard: Tab to a marker, Enter opens its card with the focus on the link, Escape goes back', async ({
  page,
  insertPartner,
}) => {
  await twoPartnersOnTheMap(insertPartner);
  await page.goto(`/kaart?zoek=${WORD}`);
  await expect(page.getByText('Je kunt de kaart met de toetsen bedienen')).toBeVisible();
  const far = page.locator(`.offer-map .map-marker[title="${BIESBOSCH.name}"]`);
  await expect(far).toHaveAttribute('role', 'button');

  // The map itself, then its markers, are in the Tab order.
  await page.getByRole('region', { name: 'Kaart van het aanbod' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('.map-marker, .map-cluster'))).toBe(true);
  await far.focus();
  await page.keyboard.press('Enter');
  const link = page.locator('.leaflet-popup').getByRole('link', { name: KANO });
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect(far).toBeFocused();

  // A cluster with Enter zooms in; the keyboard goes on from the map.
  await clusters(page).focus();
  await page.keyboard.press('Enter');
  await expect(clusters(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Kaart van het aanbod' })).toBeFocused();
  await expectAccessible(page, '/kaart after the keyboard');
});

test('without JavaScript /kaart is the list: each offer with its places and a link; the map says it needs JavaScript', async ({
  newPage,
  insertPartner,
}) => {
  await twoPartnersOnTheMap(insertPartner);
  const page = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await page.goto(`/kaart?zoek=${WORD}`);
  await expect(page.getByText('De kaart werkt alleen met JavaScript. Het aanbod staat in de lijst hieronder.')).toBeVisible();
  // No empty map box: the list follows on the first screen.
  expect((await page.getByRole('heading', { name: '2 resultaten met een adres' }).boundingBox())!.y).toBeLessThan(PHONE.height - 100);
  const list = page.locator('#lijst + ul > li');
  await expect(list).toHaveCount(2);
  await expect(list.nth(0)).toContainText(KANO);
  await expect(list.nth(0).getByRole('list', { name: 'Adressen' }).getByRole('listitem')).toHaveText([
    `${MERWEDE.name}: Voorstraat 1, 3311 AB Dordrecht`,
    `${BIESBOSCH.name}: Voorstraat 2, 3311 AB Dordrecht`,
  ]);
  await expect(list.nth(1)).toContainText(THEATER);
  await expectAccessible(page, '/kaart without JavaScript');
  await list.nth(0).getByRole('link', { name: KANO }).click();
  await expect(page.getByRole('heading', { level: 1, name: KANO })).toBeVisible();
});

test('"Lijst | Kaart" keeps the filters and the search both ways, with and without JavaScript', async ({ newPage, insertPartner }) => {
  await twoPartnersOnTheMap(insertPartner);
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage({ viewport: PHONE, javaScriptEnabled });
    await page.goto(`/?zoek=${WORD}&categorie=cultuur&pagina=1`);
    const views = page.getByRole('navigation', { name: 'Bekijk het aanbod als' });
    await expect(views.getByRole('link', { name: 'Lijst' })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, `the catalog with the view switch (JavaScript ${javaScriptEnabled})`);
    await views.getByRole('link', { name: 'Kaart' }).click();
    await expect(page).toHaveURL(`/kaart?zoek=${WORD}&categorie=cultuur`);
    await expect(page).toHaveTitle(`Kaart: Zoeken: ${WORD} - Cultuur en musea | Dordtpas`);
    await expect(page.locator('#lijst + ul > li')).toHaveCount(1);
    await expect(page.locator('#lijst + ul > li')).toContainText(THEATER);
    if (javaScriptEnabled) await expect(markers(page)).toHaveCount(1);
    await expect(views.getByRole('link', { name: 'Kaart' })).toHaveAttribute('aria-current', 'page');

    await views.getByRole('link', { name: 'Lijst' }).click();
    await expect(page).toHaveURL(`/?zoek=${WORD}&categorie=cultuur`);
    await expect(page.getByLabel('Zoek in het aanbod')).toHaveValue(WORD);
    await expect(page.getByLabel('Soort aanbod')).toHaveValue('cultuur');
  }
  // Without filters: the plain map, every offer with an address.
  const page = await newPage();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Bekijk het aanbod als' }).getByRole('link', { name: 'Kaart' }).click();
  await expect(page).toHaveURL('/kaart');
  await expect(page.locator('#lijst + ul > li').filter({ hasText: WORD })).toHaveCount(2);
  await expectAccessible(page, '/kaart');
});
