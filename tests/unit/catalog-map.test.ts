import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { syncCatalogLocationsOf } from '@/lib/offers/catalog';
import type { CatalogFilters } from '@/lib/offers/filters';
import { mapData } from '@/lib/offers/map';
import { withdrawOffer } from '@/lib/offers/review';
import { setUpPhotoTests } from '../support/photos';
import { currentYear } from '../support/proposals';
import { filters, publishedDiscount, publishedListing, titlesFor } from '../support/catalog';

// The map (/kaart, lib/offers/map.ts): the catalog's offers that have a place with coordinates, with
// the catalog's own filters and search, only those online today, and one marker per location with
// every offer found there. Offers are published through the real review loop.

setUpPhotoTests();

const year = currentYear();
const today = `${year}-06-15`;

type Place = { name: string; latitude: number | null; longitude: number | null };

/**
 * The partner's locations as given (the first is its visiting address, made at registration), and
 * its published offers applying to all of them, as a partner's choice of locations leaves them; the
 * catalog's places follow as after any change of locations.
 */
async function placeOffers(organisationId: string, places: Place[]) {
  await prisma.$transaction(async (tx) => {
    const main = await tx.location.findFirstOrThrow({ where: { organisationId, position: 0 } });
    const [first, ...more] = places;
    await tx.location.update({ where: { id: main.id }, data: first });
    for (const [i, place] of more.entries())
      await tx.location.create({
        data: {
          organisationId,
          position: i + 1,
          street: 'Spuiboulevard',
          houseNumber: String(i + 10),
          postcode: '3311 GR',
          city: 'Dordrecht',
          ...place,
        },
      });
    for (const offer of await tx.offer.findMany({ where: { organisationId }, select: { id: true, publishedContent: true } })) {
      const content = { ...(offer.publishedContent as Prisma.JsonObject), locations: 'all' };
      await tx.offer.update({ where: { id: offer.id }, data: { publishedContent: content } });
    }
    await syncCatalogLocationsOf(tx, organisationId);
  });
}

const at = (name: string, latitude: number | null, longitude: number | null): Place => ({ name, latitude, longitude });
const titlesOnMap = async (overrides: Partial<CatalogFilters>, day = today) =>
  (await mapData(filters(overrides), day)).offers.map((o) => o.title);

const L1 = 'Zwemmen in het Sportfondsenbad';
const L2 = 'Het Hof bezoeken';
const A1 = 'Korting bij Zwembad Oost';
const A2 = 'Speeltuin voor de halve prijs';

/** Four offers, each with a place of its own. */
async function fourPlacedOffers() {
  const l1 = await publishedListing('Sportfondsen Dordrecht', { title: L1, body: 'Een glijbaan en een golfslagbad.', category: 'sport' });
  const l2 = await publishedListing('Stichting Hofkwartier', { title: L2, body: 'Koffie met appeltaart.', category: 'cultuur' });
  const a1 = await publishedDiscount('Zwembad Oost', {
    subject: 'zwemles',
    listing: { title: A1, category: 'sport' },
    discount: { discountType: 'PERCENT', percent: 50, validFrom: `${year}-01-01`, validUntil: `${year}-06-30` },
  });
  const a2 = await publishedDiscount('Speeltuin Reeland', {
    subject: 'entree',
    listing: { title: A2, category: 'kinderen' },
    discount: {
      validFrom: `${year}-01-01`,
      validUntil: `${year}-12-31`,
      discountType: 'TARIFFS',
      percent: null,
      tariffs: [{ minAge: 4, maxAge: 17, regular: 450, pass: 200 }],
    },
  });
  await placeOffers(l1.partner.organisationId, [at('Sportfondsenbad', 51.8095, 4.6592)]);
  await placeOffers(l2.partner.organisationId, [at('Het Hof', 51.8148, 4.6693)]);
  await placeOffers(a1.partner.organisationId, [at('Zwembad Oost', 51.8021, 4.7054)]);
  await placeOffers(a2.partner.organisationId, [at('Speeltuin Reeland', 51.7952, 4.6811)]);
  return { l1, l2, a1, a2 };
}

describe('mapData: the catalog’s filters and search', () => {
  test('each filter and a search show on the map what the catalog lists; by the organisation, A to Z', async () => {
    await fourPlacedOffers();
    const cases: Partial<CatalogFilters>[] = [
      {},
      { categorie: 'sport' },
      { categorie: 'winkel' },
      { soort: 'tegoed' },
      { soort: 'korting' },
      { kinderen: true },
      { categorie: 'sport', soort: 'korting' },
      { zoek: 'zwembad' },
      // A typo in a name is forgiven as in the catalog, and two letters swapped.
      { zoek: 'zwembat' },
      { zoek: 'speeltiun' },
      { zoek: 'glijbaan', soort: 'tegoed' },
    ];
    // The same offers (a search's catalog puts the best match first, the map needs no order of matches).
    for (const c of cases) expect((await titlesOnMap(c)).sort(), JSON.stringify(c)).toEqual((await titlesFor(c, today)).sort());
    expect(await titlesOnMap({})).toEqual([A2, L1, L2, A1]);
    expect(await titlesOnMap({ categorie: 'sport' })).toEqual([L1, A1]);
    expect(await titlesOnMap({ zoek: 'speeltiun' })).toEqual([A2]);
    // The map has no pages: a page number in the URL changes nothing.
    expect(await titlesOnMap({ pagina: 3 })).toEqual([A2, L1, L2, A1]);
  });

  test('an offer is listed with its places, name and address; its marker carries the coordinates', async () => {
    await fourPlacedOffers();
    const { offers, markers } = await mapData(filters({ categorie: 'cultuur' }), today);
    expect(offers).toEqual([
      {
        slug: expect.any(String),
        title: L2,
        organisationName: 'Stichting Hofkwartier',
        benefit: 'credit',
        places: [{ id: expect.any(String), name: 'Het Hof', address: 'Voorstraat 12, 3311 AB Dordrecht' }],
      },
    ]);
    expect(markers).toEqual([{ id: offers[0].places[0].id, name: 'Het Hof', latitude: 51.8148, longitude: 4.6693, offers: [0] }]);
  });
});

describe('mapData: only what is online today', () => {
  test('an action after its last day and a withdrawn offer are not on the map', async () => {
    const { l1 } = await fourPlacedOffers();
    expect(await titlesOnMap({ soort: 'korting' }, `${year}-06-30`)).toEqual([A2, A1]);
    expect(await titlesOnMap({ soort: 'korting' }, `${year}-07-01`)).toEqual([A2]);

    expect(await withdrawOffer(l1.editor, l1.offerId, 'Het bad is gesloten.')).toMatchObject({ ok: true });
    const { offers, markers } = await mapData(filters(), `${year}-07-01`);
    expect(offers.map((o) => o.title)).toEqual([A2, L2]);
    expect(markers.map((m) => m.name)).toEqual(['Speeltuin Reeland', 'Het Hof']);
  });
});

describe('mapData: one marker per location', () => {
  test('two offers at one place are one marker with both; a partner with two places has two markers', async () => {
    const first = await publishedListing('Bibliotheek Dordrecht', { title: 'Lenen met je pas' });
    await publishedListing('Bibliotheek Dordrecht', { title: 'Voorlezen voor kinderen' });
    // The second offer was published by a partner of its own (publishedListing registers one): moved to the first.
    const [second] = await prisma.offer.findMany({ where: { publishedContent: { path: ['title'], equals: 'Voorlezen voor kinderen' } } });
    await prisma.offer.update({ where: { id: second.id }, data: { organisationId: first.partner.organisationId } });
    await placeOffers(first.partner.organisationId, [
      at('Bibliotheek Centrum', 51.8125, 4.6702),
      at('Bibliotheek Sterrenburg', 51.7971, 4.6858),
    ]);

    const { offers, markers } = await mapData(filters(), today);
    expect(offers.map((o) => [o.title, o.places.map((p) => p.name)])).toEqual([
      ['Lenen met je pas', ['Bibliotheek Centrum', 'Bibliotheek Sterrenburg']],
      ['Voorlezen voor kinderen', ['Bibliotheek Centrum', 'Bibliotheek Sterrenburg']],
    ]);
    expect(markers.map((m) => [m.name, m.offers])).toEqual([
      ['Bibliotheek Centrum', [0, 1]],
      ['Bibliotheek Sterrenburg', [0, 1]],
    ]);
  });

  test('a place without coordinates has no marker; an offer without any is not on the map', async () => {
    const placed = await publishedListing('Museum Dordrecht', { title: 'Schilderijen kijken' });
    const unplaced = await publishedListing('Atelier Zonder Adres', { title: 'Tekenles' });
    await placeOffers(placed.partner.organisationId, [at('Museum', 51.8169, 4.6689), at('Depot', null, null)]);
    await placeOffers(unplaced.partner.organisationId, [at('Atelier', null, null)]);

    const { offers, markers } = await mapData(filters(), today);
    expect(offers.map((o) => [o.title, o.places.map((p) => p.name)])).toEqual([['Schilderijen kijken', ['Museum']]]);
    expect(markers.map((m) => m.name)).toEqual(['Museum']);
    // Both are in the catalog all the same.
    expect(await titlesFor({}, today)).toEqual(['Tekenles', 'Schilderijen kijken']);
  });
});
