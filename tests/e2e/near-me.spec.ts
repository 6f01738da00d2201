import type { Page } from '@playwright/test';
import { PHONE, cardTitles, expect, expectAccessible, sql, test, uniq, type InsertPartner, type NewPage } from './fixtures';
import { credit } from '../support/content';
import { E2E_DB, databaseUrl } from '../support/databases';
import { formatDistance } from '../../lib/i18n/format';
import { haversineKm, type Place } from '../support/distance';

// Issue 20, "bij mij in de buurt": a pass holder sorts the catalog by distance from their postcode
// (the PDOK stand-in knows 3311 AB: tests/fixtures/pdok/3311AB.json), with JavaScript and without,
// together with a search and a filter; or from the browser's location after pressing the button. A
// wrong postcode is said beside the field and the list stays; PDOK away likewise.

/** 3311 AB's centre as the PDOK stand-in answers it. */
const POSTCODE_3311AB = { latitude: 51.81548307, longitude: 4.66391742 };
/** A word only these offers have, so that other specs' offers stay out of the list. */
const WORD = 'Kraanvogel';
const MUSEUM = `${WORD}museum`;
const LIBRARY = `${WORD}bibliotheek`;
const POOL = `${WORD}zwembad`;
const PLACES: Record<string, { category: string; places: Place[] }> = {
  [MUSEUM]: { category: 'cultuur', places: [{ latitude: 51.8155, longitude: 4.6683 }] },
  // Two locations: the nearer one counts.
  [LIBRARY]: {
    category: 'cultuur',
    places: [
      { latitude: 51.79, longitude: 4.71 },
      { latitude: 51.8263, longitude: 4.67 },
    ],
  },
  [POOL]: { category: 'sport', places: [{ latitude: 51.8155, longitude: 4.6277 }] },
};

/** What a card says for this offer from `from`: "1,3 km". */
const distanceFrom = (from: Place, title: string) => formatDistance(Math.min(...PLACES[title].places.map((p) => haversineKm(from, p))));

/**
 * Three published offers of three partners with their locations, in the catalog as a publish leaves
 * them (lib/offers/catalog.ts's syncCatalogEntry, on the e2e database).
 */
async function threeOffersWithPlaces(insertPartner: InsertPartner) {
  process.env.DATABASE_URL ??= databaseUrl(E2E_DB);
  const { prisma } = await import('../../lib/db');
  const { syncCatalogEntry } = await import('../../lib/offers/catalog');
  for (const [title, { category, places }] of Object.entries(PLACES)) {
    const partner = await insertPartner({ legalName: `${title} ${uniq()}`, displayName: title, category });
    for (const [position, place] of places.entries())
      await sql(
        `INSERT INTO "Location" (id, "organisationId", position, name, street, "houseNumber", postcode, city, latitude, longitude, "geocodedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Voorstraat', $5, '3311 AB', 'Dordrecht', $6, $7, now(), now())`,
        [`e2eloc${uniq()}`, partner.organisationId, position, title, String(position + 1), place.latitude, place.longitude],
      );
    const id = `e2enear${uniq()}`;
    const content = { ...credit(), title, category, locations: 'all' };
    await sql(
      `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "updatedAt")
       VALUES ($1, 'CREDIT_LISTING', $2, 'PUBLISHED', $3, $4, $4, now(), 4, now())`,
      [id, partner.organisationId, `aanbod-${id}`, JSON.stringify(content)],
    );
    await prisma.$transaction((tx) => syncCatalogEntry(tx, id));
  }
}

/** The distance each card shows, in the order of the cards. */
const cardDistances = (page: Page) => page.locator('#resultaten + ul article p:last-child > span:last-child').allTextContents();
const sortedLine = (page: Page) => page.locator('#resultaten span').first();

async function byPostcode(page: Page, postcode: string) {
  await page.getByLabel('Je postcode').fill(postcode);
  await page.getByRole('button', { name: 'Sorteer op afstand' }).click();
}

async function visitor(newPage: NewPage, javaScriptEnabled: boolean) {
  return newPage({ viewport: PHONE, javaScriptEnabled });
}

test('near me by postcode sorts by distance with and without JavaScript, together with a search and a filter', async ({
  newPage,
  insertPartner,
}) => {
  test.setTimeout(120_000);
  await threeOffersWithPlaces(insertPartner);
  const byDistance = [MUSEUM, LIBRARY, POOL];
  const distances = byDistance.map((t) => `Afstand: ${distanceFrom(POSTCODE_3311AB, t)}`);

  for (const javaScriptEnabled of [false, true]) {
    const page = await visitor(newPage, javaScriptEnabled);
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
    await page.goto(`/?zoek=${WORD.toLowerCase()}`);
    expect(await cardTitles(page), how).toEqual([LIBRARY, MUSEUM, POOL]);
    // The location button needs JavaScript; without it only the postcode form is there.
    await expect(page.getByRole('button', { name: 'Gebruik mijn locatie' }), how).toHaveCount(javaScriptEnabled ? 1 : 0);
    await expect(page.getByLabel('Je postcode')).toHaveAttribute('autocomplete', 'postal-code');

    // The postcode form keeps the search.
    await byPostcode(page, '3311 ab');
    await expect(page, how).toHaveURL(/\/\?zoek=kraanvogel&bij=3311\+ab$/);
    expect(await cardTitles(page), how).toEqual(byDistance);
    expect(await cardDistances(page), how).toEqual(distances);
    await expect(sortedLine(page)).toHaveText('Op afstand van postcode 3311 AB, het dichtstbij eerst');
    await expect(page.getByText('Het aanbod staat op afstand van postcode 3311 AB.')).toBeVisible();
    await expect(page.getByLabel('Je postcode')).toHaveValue('3311 ab');
    await expect(page).toHaveTitle(/bij mij in de buurt/);
    await expectAccessible(page, `/?bij= (${how})`);

    // A filter keeps the position; the links of the list too.
    await page.getByLabel('Soort aanbod').selectOption({ label: 'Cultuur en musea' });
    await page.getByRole('button', { name: 'Toon aanbod' }).click();
    await expect(page).toHaveURL(/[?&]categorie=cultuur/);
    await expect(page).toHaveURL(/[?&]bij=3311\+ab/);
    expect(await cardTitles(page), how).toEqual([MUSEUM, LIBRARY]);

    // Not sorted by distance any more: the list by name, the search and filter kept.
    await page.getByRole('link', { name: 'Niet meer op afstand sorteren' }).click();
    await expect(page).toHaveURL(/\/\?zoek=kraanvogel&categorie=cultuur$/);
    expect(await cardTitles(page), how).toEqual([LIBRARY, MUSEUM]);
    expect(await cardDistances(page)).not.toContain(distances[0]);
  }

  // Sorted by distance is one page per question: the front cache never keeps it.
  const response = await (await visitor(newPage, false)).goto('/?bij=3311AB');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
});

test('a wrong postcode is said beside the field, what was typed stays and the list is shown; PDOK away too', async ({
  newPage,
  insertPartner,
}) => {
  await threeOffersWithPlaces(insertPartner);
  const page = await visitor(newPage, false);
  await page.goto(`/?zoek=${WORD.toLowerCase()}`);
  const field = page.getByLabel('Je postcode');
  const cases: Array<[string, string]> = [
    ['3311', 'Vul een postcode in zoals 3311 AB: 4 cijfers en 2 letters.'],
    // PDOK knows no such postcode.
    ['3319 ZZ', 'We kennen postcode 3319 ZZ niet. Kijk of je hem goed hebt getypt.'],
    // The stand-in has no answer for this one (HTTP 404), as when PDOK is away.
    ['3312 AB', 'We konden deze postcode nu niet vinden; probeer het later.'],
  ];
  for (const [typed, message] of cases) {
    await byPostcode(page, typed);
    await expect(page.locator('#bij-error')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAttribute('aria-describedby', /(^| )bij-error( |$)/);
    await expect(field).toHaveValue(typed);
    // The list as without a position: by name.
    expect(await cardTitles(page), typed).toEqual([LIBRARY, MUSEUM, POOL]);
    await expectAccessible(page, `/?bij=${typed}`);
  }
});

test('"Gebruik mijn locatie" asks the browser only when pressed and sorts from there', async ({ newPage, insertPartner }) => {
  await threeOffersWithPlaces(insertPartner);
  const west = { latitude: 51.8152, longitude: 4.628 };
  const page = await newPage({ viewport: PHONE, geolocation: west, permissions: ['geolocation'] });
  // Counted in the page: nothing asks for the position before the press.
  await page.addInitScript(() => {
    const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    (window as unknown as { asked: number }).asked = 0;
    navigator.geolocation.getCurrentPosition = (...args) => {
      (window as unknown as { asked: number }).asked++;
      return original(...args);
    };
  });
  await page.goto(`/?zoek=${WORD.toLowerCase()}&soort=tegoed`);
  const button = page.getByRole('button', { name: 'Gebruik mijn locatie' });
  await expect(button).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(0);
  await expectAccessible(page, '/?zoek= with the location button');

  await button.click();
  // Rounded to three decimals, the search and filter kept.
  await expect(page).toHaveURL(/\/\?zoek=kraanvogel&soort=tegoed&lat=51\.815&lon=4\.628$/);
  const from = { latitude: 51.815, longitude: 4.628 };
  const byDistance = [POOL, MUSEUM, LIBRARY];
  // The client router: the URL changes before the new list is there.
  await expect(sortedLine(page)).toHaveText('Op afstand van je locatie, het dichtstbij eerst');
  expect(await cardTitles(page)).toEqual(byDistance);
  expect(await cardDistances(page)).toEqual(byDistance.map((t) => `Afstand: ${distanceFrom(from, t)}`));
  await expect(page.getByRole('button', { name: 'Gebruik mijn locatie' })).toBeEnabled();
  await expectAccessible(page, '/?lat=&lon= (sorted from the location)');
});
