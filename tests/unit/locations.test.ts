import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { locationsOfOffer, sameAddress } from '@/lib/locations/resolve';
import { locationsOf, syncMainLocation } from '@/lib/locations/queries';
import { formatPeriods, readOpeningHours } from '@/lib/locations/hours';
import { rebuildCatalog, syncCatalogLocationsOf } from '@/lib/offers/catalog';
import { setUpPhotoTests } from '../support/photos';
import { makePartner } from '../support/offers';
import { publishedListing } from '../support/catalog';

// Issue 20 (ADR 0036): a partner's locations, the first of which is its visiting address; which of
// them an offer applies to (its content's `locations`, or for content from before, its address);
// and the catalog's places (CatalogLocation) that the distance search and the map read.

setUpPhotoTests();

const address = (street: string, houseNumber: string, postcode = '3311 AB', addition = '') => ({
  street,
  houseNumber,
  addition,
  postcode,
  city: 'Dordrecht',
});
const here = { id: 'a', ...address('Voorstraat', '12') };
const there = { id: 'b', ...address('Wijnstraat', '2', '3311 BT') };

describe('which locations an offer applies to', () => {
  test('"all" is every location, also one added later; chosen ids are those, in the partner’s order', () => {
    expect(locationsOfOffer({ locations: 'all', address: here }, [here, there])).toEqual([here, there]);
    expect(locationsOfOffer({ locations: ['b'], address: here }, [here, there])).toEqual([there]);
    expect(locationsOfOffer({ locations: ['b', 'a'], address: here }, [here, there])).toEqual([here, there]);
  });

  test('content from before locations: where its address is (any spacing or case of the postcode); none when nothing matches', () => {
    expect(locationsOfOffer({ address: { ...there, postcode: '3311bt' } }, [here, there])).toEqual([there]);
    expect(locationsOfOffer({ address: address('Elders', '1', '3312 AA') }, [here, there])).toEqual([]);
  });

  test('ids that are no longer the partner’s are left out; with none left, the address decides', () => {
    expect(locationsOfOffer({ locations: ['gone', 'b'], address: here }, [here, there])).toEqual([there]);
    expect(locationsOfOffer({ locations: ['gone'], address: here }, [here, there])).toEqual([here]);
  });

  test('the same address: postcode, number and addition; the street’s spelling does not matter', () => {
    expect(sameAddress(address('Voorstr.', '12', '3311AB'), address('Voorstraat', '12'))).toBe(true);
    expect(sameAddress(address('Voorstraat', '12', '3311 AB', 'A'), address('Voorstraat', '12'))).toBe(false);
  });
});

describe('opening hours as stored', () => {
  test('read when they are seven weekdays of from–to periods; anything else is no hours, not an error', () => {
    const week = {
      ma: [
        { from: '09:00', to: '12:30' },
        { from: '13:30', to: '17:00' },
      ],
      di: [],
      wo: [],
      do: [],
      vr: [],
      za: [],
      zo: [],
    };
    expect(readOpeningHours(week)).toEqual(week);
    expect(formatPeriods(week.ma)).toBe('09:00–12:30, 13:30–17:00');
    expect(readOpeningHours(null)).toBeNull();
    expect(readOpeningHours({ ...week, ma: [{ from: '17:00', to: '09:00' }] })).toBeNull();
    expect(readOpeningHours({ ma: [] })).toBeNull();
  });
});

describe('the first location is the visiting address', () => {
  test('registration makes it, named as the website names the partner; it follows the address, and loses its coordinates when it moves', async () => {
    const partner = await makePartner({ showDisplayName: 'on', displayName: 'Buurthuis De Hoek' });
    const [first] = await locationsOf(partner.organisationId);
    expect(first).toMatchObject({
      position: 0,
      name: 'Buurthuis De Hoek',
      street: 'Voorstraat',
      houseNumber: '12',
      postcode: '3311 AB',
      latitude: null,
    });

    await prisma.location.update({ where: { id: first.id }, data: { latitude: 51.81, longitude: 4.67, geocodedAt: new Date() } });
    await prisma.organisation.update({ where: { id: partner.organisationId }, data: { visitStreet: 'Voorstraat (achter)' } });
    await prisma.$transaction((tx) => syncMainLocation(tx, partner.organisationId));
    expect((await locationsOf(partner.organisationId))[0]).toMatchObject({ street: 'Voorstraat (achter)', latitude: 51.81 });

    await prisma.organisation.update({ where: { id: partner.organisationId }, data: { visitHouseNumber: '14' } });
    await prisma.$transaction((tx) => syncMainLocation(tx, partner.organisationId));
    const moved = await prisma.location.findMany({ where: { organisationId: partner.organisationId } });
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ houseNumber: '14', latitude: null, longitude: null, geocodedAt: null });
  });
});

describe('the catalog’s places of a published offer', () => {
  const placesOf = async (offerId: string) =>
    (await prisma.catalogLocation.findMany({ where: { offerId }, orderBy: { latitude: 'asc' } })).map((p) => [p.latitude, p.longitude]);

  test('only locations with coordinates, the ones its content names, following the locations and the rebuild', async () => {
    const { partner, offerId } = await publishedListing('Bibliotheek Aan de Merwede');
    const organisationId = partner.organisationId;
    const [main] = await locationsOf(organisationId);
    // Published before coordinates were known, at another address than the visiting one: no place yet.
    expect(await placesOf(offerId)).toEqual([]);

    const branch = await prisma.location.create({
      data: { organisationId, position: 1, name: 'Vestiging Sterrenburg', ...address('Wielenpad', '4'), latitude: 51.795, longitude: 4.69 },
    });
    await prisma.location.update({ where: { id: main.id }, data: { latitude: 51.813, longitude: 4.667 } });
    await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, organisationId));
    // Its content (from the test's form) names no locations: it applies where its address is, Wielenpad 4.
    expect(await placesOf(offerId)).toEqual([[51.795, 4.69]]);

    const setLocations = (locations: unknown) =>
      prisma.$executeRaw`UPDATE "Offer" SET "publishedContent" = jsonb_set("publishedContent", '{locations}', ${JSON.stringify(locations)}::jsonb) WHERE id = ${offerId}`;
    await setLocations('all');
    await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, organisationId));
    expect(await placesOf(offerId)).toEqual([
      [51.795, 4.69],
      [51.813, 4.667],
    ]);
    await setLocations([main.id]);
    await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, organisationId));
    expect(await placesOf(offerId)).toEqual([[51.813, 4.667]]);

    // A removed location takes its places along; the rebuild makes them from the offers anew.
    await setLocations('all');
    await prisma.location.delete({ where: { id: branch.id } });
    await prisma.catalogLocation.deleteMany({ where: { offerId } });
    await prisma.catalogEntry.delete({ where: { offerId } });
    expect(await rebuildCatalog()).toBeGreaterThan(0);
    expect(await placesOf(offerId)).toEqual([[51.813, 4.667]]);
  });
});

describe('the migration that made the locations', () => {
  // Its data part, run again on organisations and offers as they were before locations (none of them).
  const sql = readFileSync(new URL('../../prisma/migrations/20261202132557_locations/migration.sql', import.meta.url), 'utf8');
  const dataPart = sql.slice(sql.indexOf('-- Data:'));
  const content = (street: string, houseNumber: string, postcode: string, addition = '') => ({
    title: 'Zwemmen',
    body: 'Met je Dordtpas zwem je met korting.',
    category: 'sport',
    address: { street, houseNumber, addition, postcode, city: 'Dordrecht' },
    openingInfo: '',
    contact: { phone: '', email: '', website: '', showPhone: false, showEmail: false, showWebsite: false },
    photoId: null,
  });

  test('the visiting address first, then each other address an offer named, once; every old offer then finds its place', async () => {
    const partner = await makePartner({ showDisplayName: 'on', displayName: 'Sportfondsen Dordrecht' });
    const organisationId = partner.organisationId;
    const offers = [
      // At the visiting address, written another way; at a second address, in the working and the published copy; at a third.
      { content: content('Voorstraat', '12', '3311ab'), publishedContent: content('Voorstraat', '12', '3311 AB') },
      { content: content('Wielenpad', '4', '3311 AB'), publishedContent: content('Wielenpad', '4', '3311 AB') },
      { content: content('Sportlaan', '1', '3312 AA', 'B'), publishedContent: undefined },
    ];
    for (const [i, o] of offers.entries())
      await prisma.offer.create({
        data: { kind: 'CREDIT_LISTING', organisationId, status: 'DRAFT', slug: `migratie-locaties-${i}`, ...o },
      });
    await prisma.location.deleteMany({});

    await prisma.$executeRawUnsafe(dataPart);
    const made = await locationsOf(organisationId);
    expect(made.map((l) => [l.position, l.name, l.postcode, l.houseNumber, l.addition])).toEqual([
      [0, 'Sportfondsen Dordrecht', '3311 AB', '12', ''],
      [1, 'Wielenpad 4', '3311 AB', '4', ''],
      [2, 'Sportlaan 1 B', '3312 AA', '1', 'B'],
    ]);
    expect(made.every((l) => l.latitude === null)).toBe(true);
    for (const o of offers) expect(locationsOfOffer(o.content, made)).toHaveLength(1);
  });
});
