import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { frontCacheable } from '@/lib/cache/front';
import { prisma } from '@/lib/db';
import { formatDistance } from '@/lib/i18n/format';
import { PAGE_SIZE, rebuildCatalog, syncCatalogLocationsOf } from '@/lib/offers/catalog';
import { NO_FILTERS, filterKey, filtersQuery, parseFilters, type CatalogFilters } from '@/lib/offers/filters';
import { NEAR_RADII_KM, boundingBox, nearCatalogPage, nextRadius, type Point, type SqlRunner } from '@/lib/offers/near';
import { demoOffers, insertDemoCatalog, type DemoOffer } from '@/prisma/demo-catalog';
import { resetDb } from '../support/db';
import { currentYear } from '../support/proposals';
import { EARTH_KM, haversineKm } from '../support/distance';

// "Bij mij in de buurt" (lib/offers/near.ts, ADR 0036): the catalog sorted by the distance to each
// offer's nearest location, with the catalog's filters and search, against the real PostgreSQL —
// and the same queries on PGlite, the embedded default of the quick start.

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

const year = currentYear();
const today = `${year}-06-15`;
/** Voorstraat, Dordrecht's centre. */
const CENTRE: Point = { latitude: 51.8155, longitude: 4.6639 };

/** A point `km` to the east (positive) or west of `from`. */
const east = (from: Point, km: number): Point => ({
  latitude: from.latitude,
  longitude: from.longitude + (km / (EARTH_KM * Math.cos((from.latitude * Math.PI) / 180))) * (180 / Math.PI),
});
/** A point `km` to the north (positive) or south of `from`. */
const north = (from: Point, km: number): Point => ({
  latitude: from.latitude + (km / EARTH_KM) * (180 / Math.PI),
  longitude: from.longitude,
});

type Spec = { name: string; places: Point[]; kind?: DemoOffer['kind']; category?: DemoOffer['category'] };

/** Published offers with exactly these names and places (the demo catalog's writer), their catalog rebuilt. */
async function catalogWith(specs: Spec[]): Promise<void> {
  const templates = demoOffers(24, Number(year));
  const offers = specs.map((spec, i): DemoOffer => {
    const template = templates.find((t) => (!spec.kind || t.kind === spec.kind) && (!spec.category || t.category === spec.category));
    if (!template) throw new Error(`no demo offer of ${spec.kind} in ${spec.category}`);
    return {
      ...template,
      kvkNumber: String(80_000_000 + i),
      name: spec.name,
      slug: `plek-${i}`,
      content: { ...template.content, title: spec.name },
      // Written with a place, taken away below when it has none.
      locations: (spec.places.length ? spec.places : [CENTRE]).map((p, k) => ({
        name: `${spec.name} ${k}`,
        street: 'Voorstraat',
        houseNumber: String(k + 1),
        postcode: '3311 AB',
        city: 'Dordrecht',
        ...p,
      })),
    };
  });
  await insertDemoCatalog(prisma, offers);
  // An organisation without places: its one location has no coordinates yet (PDOK was away).
  for (const spec of specs.filter((s) => !s.places.length))
    await prisma.location.updateMany({ where: { organisation: { legalName: spec.name } }, data: { latitude: null, longitude: null } });
  await rebuildCatalog();
}

const near = (overrides: Partial<CatalogFilters>, point: Point, run?: SqlRunner) =>
  nearCatalogPage({ ...NO_FILTERS, ...overrides }, point, today, run);
const titles = async (overrides: Partial<CatalogFilters>, point: Point) => (await near(overrides, point)).cards.map((c) => c.title);

describe('nearCatalogPage', () => {
  test('sorted by the distance to each offer’s nearest location, in km as haversine gives it; ties by name', async () => {
    const farOfB = east(CENTRE, 5);
    const nearOfB = north(CENTRE, 0.2);
    await catalogWith([
      { name: 'Museum Aan De Haven', places: [east(CENTRE, 0.5)] },
      { name: 'Bibliotheek Twee Plekken', places: [farOfB, nearOfB] },
      { name: 'Zwembad Verderop', places: [east(CENTRE, -2)] },
      { name: 'Atelier Even Ver', places: [east(CENTRE, -2)] },
    ]);
    const page = await near({}, CENTRE);
    expect(page.cards.map((c) => c.title)).toEqual([
      'Bibliotheek Twee Plekken',
      'Museum Aan De Haven',
      'Atelier Even Ver',
      'Zwembad Verderop',
    ]);
    expect(page).toMatchObject({ total: 4, page: 1, pages: 1 });
    // One card per offer, at its nearest location.
    expect(page.cards[0].distanceKm).toBeCloseTo(haversineKm(CENTRE, nearOfB), 6);
    expect(page.cards.map((c) => formatDistance(c.distanceKm!))).toEqual(['200 m', '500 m', '2,0 km', '2,0 km']);
    // From the other side of town the order turns round.
    expect(await titles({}, east(CENTRE, 6))).toEqual([
      'Bibliotheek Twee Plekken',
      'Museum Aan De Haven',
      'Atelier Even Ver',
      'Zwembad Verderop',
    ]);
    expect(await titles({}, east(CENTRE, -3))).toEqual([
      'Atelier Even Ver',
      'Zwembad Verderop',
      'Bibliotheek Twee Plekken',
      'Museum Aan De Haven',
    ]);
  });

  test('the filters and the search work as in the catalog, together with the distance', async () => {
    await catalogWith([
      { name: 'Zwembad Dichtbij', places: [east(CENTRE, 0.3)], category: 'sport', kind: 'CREDIT_LISTING' },
      { name: 'Zwembad Ver Weg', places: [east(CENTRE, 3)], category: 'sport', kind: 'DISCOUNT_ACTION' },
      { name: 'Museum Dichtbij', places: [east(CENTRE, 0.1)], category: 'cultuur' },
      { name: 'Sportschool Midden', places: [east(CENTRE, 1)], category: 'sport', kind: 'DISCOUNT_ACTION' },
    ]);
    expect(await titles({ categorie: 'sport' }, CENTRE)).toEqual(['Zwembad Dichtbij', 'Sportschool Midden', 'Zwembad Ver Weg']);
    expect(await titles({ categorie: 'sport', soort: 'korting' }, CENTRE)).toEqual(['Sportschool Midden', 'Zwembad Ver Weg']);
    expect(await titles({ zoek: 'zwembad' }, east(CENTRE, 4))).toEqual(['Zwembad Ver Weg', 'Zwembad Dichtbij']);
    // A typo, as the search forgives it; two letters swapped (the second query) too.
    expect(await titles({ zoek: 'zwembat' }, CENTRE)).toEqual(['Zwembad Dichtbij', 'Zwembad Ver Weg']);
    expect(await titles({ zoek: 'musuem' }, CENTRE)).toEqual(['Museum Dichtbij']);
    expect(await titles({ zoek: 'zwembad', categorie: 'cultuur' }, CENTRE)).toEqual([]);
    expect((await near({ zoek: 'zwembad', categorie: 'cultuur' }, CENTRE)).total).toBe(0);
  });

  test('offers without a location on the map come last, by name, and count in the total and the pages', async () => {
    const specs: Spec[] = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => ({
      name: `Plek ${String(i).padStart(2, '0')}`,
      places: [east(CENTRE, 0.1 * (PAGE_SIZE + 2 - i))],
    }));
    specs.push({ name: 'Aaa Zonder Adres', places: [] }, { name: 'Zzz Zonder Adres', places: [] });
    await catalogWith(specs);
    const first = await near({}, CENTRE);
    expect(first).toMatchObject({ total: PAGE_SIZE + 4, pages: 2 });
    expect(first.cards.map((c) => c.title)).toEqual(
      specs
        .slice(2, PAGE_SIZE + 2)
        .map((s) => s.name)
        .reverse(),
    );
    // The page where the located ones end and the others begin.
    const second = await near({ pagina: 2 }, CENTRE);
    expect(second.cards.map((c) => [c.title, c.distanceKm === null])).toEqual([
      ['Plek 01', false],
      ['Plek 00', false],
      ['Aaa Zonder Adres', true],
      ['Zzz Zonder Adres', true],
    ]);
    expect((await near({ pagina: 3 }, CENTRE)).cards).toEqual([]);
    expect((await near({ pagina: 3 }, CENTRE)).total).toBe(PAGE_SIZE + 4);
  });

  test('the box widens as far as needed: every page agrees with sorting all offers in JavaScript, from anywhere', async () => {
    // The demo catalog's spread over Dordrecht (2 or 3 locations for some), 60 offers: three pages.
    const offers = demoOffers(60, Number(year));
    await insertDemoCatalog(prisma, offers);
    await rebuildCatalog();
    const points: Point[] = [
      CENTRE,
      { latitude: 51.8, longitude: 4.72 }, // the corner of the area
      north(CENTRE, 12), // outside the first boxes
      { latitude: 52.0907, longitude: 5.1214 }, // Utrecht: beyond every box, the last query has none
      { latitude: -51.8, longitude: -175 }, // the other side of the earth
    ];
    for (const point of points) {
      const expected = offers
        .map((o) => ({ title: String(o.content.title), name: o.name, km: Math.min(...o.locations.map((l) => haversineKm(point, l))) }))
        .sort((a, b) => a.km - b.km || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
      const pages = await Promise.all([1, 2, 3].map((pagina) => near({ pagina }, point)));
      const cards = pages.flatMap((p) => p.cards);
      expect(
        cards.map((c) => c.title),
        JSON.stringify(point),
      ).toEqual(expected.map((e) => e.title));
      for (const [i, card] of cards.entries()) expect(card.distanceKm).toBeCloseTo(expected[i].km, 6);
      expect(pages.map((p) => p.total)).toEqual([60, 60, 60]);
    }
  });

  test('an empty catalog, and a filter that finds nothing near: no cards, total 0', async () => {
    expect(await near({}, CENTRE)).toEqual({ cards: [], total: 0, page: 1, pages: 1 });
    await catalogWith([{ name: 'Museum Alleen', places: [CENTRE], category: 'cultuur' }]);
    expect(await near({ categorie: 'sport' }, CENTRE)).toEqual({ cards: [], total: 0, page: 1, pages: 1 });
  });
  test('a place found or lost later moves the offer in or out of the distance order (the entry says whether it is on the map)', async () => {
    await catalogWith([
      { name: 'Bbb Dichtbij', places: [east(CENTRE, 0.2)] },
      { name: 'Aaa Later Gevonden', places: [] },
    ]);
    const order = async () => (await near({}, CENTRE)).cards.map((c) => [c.title, c.distanceKm === null]);
    expect(await order()).toEqual([
      ['Bbb Dichtbij', false],
      ['Aaa Later Gevonden', true],
    ]);
    // The geocode job finds the second's address, nearer than the first: it comes first.
    const org = await prisma.organisation.findFirstOrThrow({ where: { legalName: 'Aaa Later Gevonden' } });
    await prisma.location.updateMany({ where: { organisationId: org.id }, data: { ...east(CENTRE, 0.1) } });
    await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, org.id));
    expect(await order()).toEqual([
      ['Aaa Later Gevonden', false],
      ['Bbb Dichtbij', false],
    ]);
    // The first's partner moves to an address without coordinates yet: it goes after the located ones.
    const other = await prisma.organisation.findFirstOrThrow({ where: { legalName: 'Bbb Dichtbij' } });
    await prisma.location.updateMany({ where: { organisationId: other.id }, data: { latitude: null, longitude: null } });
    await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, other.id));
    expect(await order()).toEqual([
      ['Aaa Later Gevonden', false],
      ['Bbb Dichtbij', true],
    ]);
    expect((await near({}, CENTRE)).total).toBe(2);
  });
});

describe('nextRadius', () => {
  test('from a box that held too few: the radius for the rest by the square of the distance; four times when it held none', () => {
    // 6 of 24 within 0.5 km: about 1 km holds 24 (4 times the area).
    expect(nextRadius(0.5, 0, 24, 6)).toBeCloseTo(1, 5);
    // Page 2 (offset 24): 30 of the 48 nearest within 2 km.
    expect(nextRadius(2, 24, 24, 6)).toBeCloseTo(2 * Math.sqrt(48 / 30), 5);
    expect(nextRadius(0.5, 0, 24, 0)).toBe(2);
    expect(nextRadius(null, 0, 24, 3)).toBe(0);
  });
});

describe('boundingBox', () => {
  test('holds every place within the radius, in every direction, also far north and across the date line', () => {
    const centres: Point[] = [
      CENTRE,
      { latitude: 78.2, longitude: 15.6 },
      { latitude: -33.9, longitude: 179.99 },
      { latitude: 0, longitude: 0 },
    ];
    for (const centre of centres)
      for (const km of NEAR_RADII_KM) {
        const box = boundingBox(centre, km);
        for (let bearing = 0; bearing < 360; bearing += 7.5) {
          // The point at exactly `km` in this direction (the direct geodesic problem on a sphere).
          const d = km / EARTH_KM;
          const [φ, λ, θ] = [(centre.latitude * Math.PI) / 180, (centre.longitude * Math.PI) / 180, (bearing * Math.PI) / 180];
          const φ2 = Math.asin(Math.sin(φ) * Math.cos(d) + Math.cos(φ) * Math.sin(d) * Math.cos(θ));
          const λ2 = λ + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ), Math.cos(d) - Math.sin(φ) * Math.sin(φ2));
          const [lat, lon] = [(φ2 * 180) / Math.PI, (λ2 * 180) / Math.PI];
          expect(lat).toBeGreaterThanOrEqual(box.minLat);
          expect(lat).toBeLessThanOrEqual(box.maxLat);
          expect(lon).toBeGreaterThanOrEqual(box.minLon);
          expect(lon).toBeLessThanOrEqual(box.maxLon);
        }
      }
    expect(boundingBox({ latitude: 89.999, longitude: 3 }, 1)).toMatchObject({ minLon: -180, maxLon: 180, maxLat: 90 });
  });
});

describe('the position in the URL', () => {
  test('a postcode as typed, or coordinates rounded to three decimals; a bad one is no position', () => {
    expect(parseFilters({ bij: ' 3311  ab ' }).near).toEqual({ bij: '3311 ab' });
    expect(parseFilters(new URLSearchParams('lat=51.81549&lon=4.66391')).near).toEqual({ lat: 51.815, lon: 4.664 });
    expect(parseFilters({ bij: '3311AB', lat: '51.8', lon: '4.6' }).near).toEqual({ bij: '3311AB' });
    for (const [lat, lon] of [
      ['51.8', ''],
      ['91', '4.6'],
      ['51.8', '181'],
      ['abc', '4'],
      ['1e3', '4'],
      [undefined, '4.6'],
    ])
      expect(parseFilters({ lat, lon }).near, `${lat},${lon}`).toBeUndefined();
    expect(parseFilters({ bij: '' }).near).toBeUndefined();
    expect(parseFilters({ bij: 'x'.repeat(50) }).near).toEqual({ bij: 'x'.repeat(20) });
  });

  test('links keep it (filters, pages), "Niet meer op afstand sorteren" drops it; never a cached page', () => {
    const sorted = parseFilters({ categorie: 'sport', lat: '51.8155', lon: '4.6639' });
    expect(filtersQuery(sorted)).toBe('/?categorie=sport&lat=51.816&lon=4.664');
    expect(filtersQuery(sorted, { pagina: 2 })).toBe('/?categorie=sport&lat=51.816&lon=4.664&pagina=2');
    expect(filtersQuery(parseFilters({ zoek: 'zwembad', bij: '3311AB' }))).toBe('/?zoek=zwembad&bij=3311AB');
    expect(filtersQuery(sorted, { near: undefined })).toBe('/?categorie=sport');
    // The cached pages' key does not know it: proxy.ts sends a position to /zoeken, never to /overzicht.
    expect(filterKey(sorted)).toBe('sport');
    for (const target of [
      '/?bij=3311AB',
      '/?lat=51.816&lon=4.664',
      '/?categorie=sport&lat=51.816&lon=4.664',
      '/?categorie=sport&bij=3311AB',
    ])
      expect(frontCacheable(target), target).toBe(false);
    expect(frontCacheable('/?categorie=sport')).toBe(true);
  });
});

describe('on PGlite (the embedded default)', () => {
  test('the same queries give the same pages as on PostgreSQL', { timeout: 120_000 }, async () => {
    await insertDemoCatalog(prisma, demoOffers(80, Number(year)));
    const noPlace = await prisma.location.findFirstOrThrow({ where: { position: 0 }, orderBy: { id: 'asc' } });
    await prisma.location.updateMany({ where: { organisationId: noPlace.organisationId }, data: { latitude: null, longitude: null } });
    await rebuildCatalog();

    // The migrations, as scripts/embedded-db.ts's PGlite gets them; then the catalog's rows copied over.
    const db = await PGlite.create({ extensions: { pg_trgm } });
    try {
      const dir = path.resolve(import.meta.dirname, '../../prisma/migrations');
      for (const name of (await readdir(dir)).filter((n) => /^\d/.test(n)).sort())
        await db.exec(await readFile(path.join(dir, name, 'migration.sql'), 'utf8'));
      // The entries' organisations and locations are not needed here: no foreign-key checks while copying.
      await db.exec(`SET session_replication_role = replica`);
      for (const table of ['CatalogEntry', 'CatalogLocation']) {
        const [{ rows }] = await prisma.$queryRawUnsafe<[{ rows: unknown }]>(`SELECT json_agg(t) AS rows FROM "${table}" t`);
        await db.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`, [JSON.stringify(rows)]);
      }
      await db.exec(`SET session_replication_role = origin; ANALYZE`);
      const pglite: SqlRunner = async <T>(query: { text: string; values: unknown[] }) => (await db.query<T>(query.text, query.values)).rows;

      const questions: Array<[Partial<CatalogFilters>, Point]> = [
        [{}, CENTRE],
        [{ pagina: 4 }, CENTRE],
        [{ categorie: 'sport' }, { latitude: 51.83, longitude: 4.63 }],
        [{ soort: 'korting', kinderen: true }, CENTRE],
        [{ zoek: 'zwembat' }, CENTRE],
        [{ zoek: 'musuem oost' }, CENTRE],
        [{}, { latitude: 52.0907, longitude: 5.1214 }],
      ];
      // The last bit of a float may differ (PGlite's libm is another build).
      const rounded = (r: Awaited<ReturnType<typeof near>>) => ({
        ...r,
        cards: r.cards.map((c) => ({ ...c, distanceKm: c.distanceKm === null ? null : Math.round(c.distanceKm! * 1e9) / 1e9 })),
      });
      for (const [overrides, point] of questions) {
        const onPostgres = await near(overrides, point);
        const onPglite = await near(overrides, point, pglite);
        expect(onPostgres.cards.length, JSON.stringify(overrides)).toBeGreaterThan(0);
        expect(rounded(onPglite), JSON.stringify(overrides)).toEqual(rounded(onPostgres));
      }
      // The page with the offer that has no place on the map: last, on both.
      const last = await near({ pagina: 4 }, CENTRE, pglite);
      expect(last.cards.at(-1)?.distanceKm).toBeNull();
    } finally {
      await db.close();
    }
  });
});
