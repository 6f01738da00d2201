import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { geocoder } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';
import type { CatalogFilters, NearParam } from './filters';
import { PAGE_SIZE, cardColumns, matchConditions, searchWords, swapsMayHelp, toCard, type CardRow, type CatalogResult } from './catalog';

// "Bij mij in de buurt" (ADR 0036): the catalog with the same filters and search, sorted by the
// distance from a point to each offer's nearest location (CatalogLocation), nearest first, then by
// name. Offers without a location on the map (no coordinates yet, or none at all) follow, by name:
// nothing disappears from the list because it is sorted.
//
// Plain SQL, no PostGIS, so the embedded PGlite runs it too: a box of latitude and longitude first
// (the (latitude, longitude) index), the exact distance (haversine) only for the rows inside it. The
// box is widened until it holds the page asked for; what lies within the radius of a box is in the
// right order, whatever lies outside it.

export type Point = { latitude: number; longitude: number };

/** Mean radius of the earth (IUGG), km. */
const EARTH_KM = 6371.0088;
/**
 * The radii tried, km, each twice the one before: a page of offers is often within a few hundred
 * metres, and a box that holds thousands of locations costs as much as no box at all. The last
 * try has no box.
 */
export const NEAR_RADII_KM = [0.25, 0.5, 1, 2, 4, 8, 16, 32] as const;

/** The box around `point` that holds every place within `km` of it (latitude, longitude in degrees). */
export function boundingBox(point: Point, km: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const angle = km / EARTH_KM;
  const lat = (point.latitude * Math.PI) / 180;
  const toDegrees = (r: number) => (r * 180) / Math.PI;
  const minLat = toDegrees(lat - angle);
  const maxLat = toDegrees(lat + angle);
  // Near a pole every longitude is within reach. Else the widest longitude of the circle
  // (asin(sin δ / cos φ), a little wider than δ / cos φ), plus a hair for rounding.
  if (maxLat >= 90 || minLat <= -90) return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLon: -180, maxLon: 180 };
  const spread = toDegrees(Math.asin(Math.min(1, Math.sin(angle) / Math.cos(lat)))) + 1e-9;
  return { minLat: minLat - 1e-9, maxLat: maxLat + 1e-9, minLon: point.longitude - spread, maxLon: point.longitude + spread };
}

/** Haversine distance in km from `point` to the row's latitude/longitude, in SQL. */
function distanceSql(point: Point): Prisma.Sql {
  const lat = Prisma.sql`${point.latitude}::float8`;
  const lon = Prisma.sql`${point.longitude}::float8`;
  return Prisma.sql`(${2 * EARTH_KM}::float8 * asin(sqrt(least(1::float8,
    power(sin(radians(l."latitude" - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(l."latitude")) * power(sin(radians(l."longitude" - ${lon}) / 2), 2)))))`;
}

/**
 * Where the URL's position is: the browser's coordinates as they are, a postcode's centre from PDOK
 * (lib/geo, kept in memory a day). `from` says it for the heading ("postcode 3311 AB"); when there
 * is no point, `error` says why next to the postcode field and the list is shown as without one.
 */
export async function nearPoint(
  near: NearParam,
  locale: Locale = 'nl',
): Promise<{ point: Point; from: string } | { point: null; error: string }> {
  const t = publicMessages(locale).near;
  if ('lat' in near) return { point: { latitude: near.lat, longitude: near.lon }, from: t.fromLocation };
  const lookup = await geocoder().lookupPostcode(near.bij);
  switch (lookup.status) {
    case 'found':
      return { point: lookup.point, from: t.fromPostcode(lookup.point.postcode) };
    case 'invalid':
      return { point: null, error: locale === 'nl' ? lookup.message : t.invalid };
    case 'not-found':
      return { point: null, error: t.notFound(near.bij.toUpperCase()) };
    case 'unavailable':
      return { point: null, error: t.unavailable };
  }
}

/** Runs a query: the app's PrismaClient here, PGlite in a test (the same text and values). */
export type SqlRunner = <T>(query: Prisma.Sql, options: { indexOnly: boolean }) => Promise<T[]>;

const prismaRunner: SqlRunner = async <T>(query: Prisma.Sql, { indexOnly }: { indexOnly: boolean }) =>
  // As the search (lib/offers/catalog.ts): the planner would scan the table for a trigram comparison.
  indexOnly
    ? (await prisma.$transaction([prisma.$executeRaw`SET LOCAL enable_seqscan = off`, prisma.$queryRaw<T[]>(query)]))[1]
    : prisma.$queryRaw<T[]>(query);

type NearRow = CardRow & { distanceKm: number | null };

// Kept with the entry (lib/offers/catalog.ts): counted with the others in one scan, no join.
const located = Prisma.sql`"CatalogEntry"."located"`;
const byName = Prisma.sql`lower("organisationName"), lower("title"), "slug"`;

/** The queries of one question (filters, search, point), as SQL: exported for the PGlite test. */
export function nearQueries(filters: CatalogFilters, point: Point, today: string, swaps: boolean) {
  const words = searchWords(filters.zoek);
  const where = Prisma.join(matchConditions(filters, today, swaps), ' AND ');
  const distance = distanceSql(point);
  return {
    words,
    /** How many offers the question finds, and how many of them have a location on the map. */
    counts: Prisma.sql`SELECT count(*)::int AS "total", (count(*) FILTER (WHERE ${located}))::int AS "located" FROM "CatalogEntry" WHERE ${where}`,
    /**
     * The nearest located offers within `km` (no limit: null), from `offset`. Without a search the box
     * comes first (the index), then the offers; with one, the few offers it finds come first (the
     * trigram index), each with its nearest location (the primary key starts with offerId).
     */
    nearest(km: number | null, limit: number, offset: number): Prisma.Sql {
      const page = Prisma.sql`ORDER BY "distanceKm", ${byName} LIMIT ${limit} OFFSET ${offset}`;
      const within = km === null ? Prisma.empty : Prisma.sql`AND "distanceKm" <= ${km}::float8`;
      if (words.length) {
        return Prisma.sql`
          SELECT * FROM (
            SELECT ${cardColumns(today)}, (SELECT min(${distance}) FROM "CatalogLocation" l WHERE l."offerId" = "CatalogEntry"."offerId") AS "distanceKm"
            FROM "CatalogEntry" WHERE ${where}
          ) found WHERE "distanceKm" IS NOT NULL ${within} ${page}`;
      }
      // The nearest first already in `near`: the offers are then looked up one by one (primary key)
      // until the page is full, and only ties are sorted by name (an incremental sort), instead of
      // joining every offer in the box (twice as fast for the whole catalog).
      const box = km === null ? null : boundingBox(point, km);
      const inBox = box
        ? Prisma.sql`WHERE l."latitude" BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8 AND l."longitude" BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8`
        : Prisma.empty;
      return Prisma.sql`
        WITH near AS (SELECT l."offerId", min(${distance}) AS "distanceKm" FROM "CatalogLocation" l ${inBox} GROUP BY l."offerId" ORDER BY 2)
        SELECT ${cardColumns(today)}, near."distanceKm"
        FROM near JOIN "CatalogEntry" ON "CatalogEntry"."offerId" = near."offerId"
        WHERE ${where} ${within} ${page}`;
    },
    /** The offers without a location on the map, by name, from `offset`. */
    unlocated: (limit: number, offset: number) => Prisma.sql`
      SELECT ${cardColumns(today)}, NULL::float8 AS "distanceKm" FROM "CatalogEntry"
      WHERE ${where} AND NOT ${located} ORDER BY ${byName} LIMIT ${limit} OFFSET ${offset}`,
  };
}

/**
 * The radius that likely holds the page, from a box that held too few: the offers within a radius
 * grow with its square, so the `offset + wanted` nearest need about R·√(need / had). Only a guess to
 * skip boxes: a box that turns out too small is widened as before, one too large is merely slower.
 * When the box held none of this page, how many it held is unknown (at most `offset`): four times it.
 */
export function nextRadius(radius: number | null, offset: number, wanted: number, found: number): number {
  if (radius === null) return 0;
  if (found === 0) return radius * 4;
  return radius * Math.sqrt((offset + wanted) / (offset + found));
}

/**
 * One page of the catalog for these filters (and search), sorted by the distance from `point`: the
 * located offers nearest first (the box widened as far as needed), then the others by name.
 */
export async function nearCatalogPage(
  filters: CatalogFilters,
  point: Point,
  today: string,
  run: SqlRunner = prismaRunner,
): Promise<CatalogResult> {
  const first = await nearQuery(filters, point, today, false, run);
  // As the search: swapped letters only when nothing was found otherwise.
  return first.total === 0 && swapsMayHelp(filters.zoek) ? nearQuery(filters, point, today, true, run) : first;
}

async function nearQuery(filters: CatalogFilters, point: Point, today: string, swaps: boolean, run: SqlRunner): Promise<CatalogResult> {
  const q = nearQueries(filters, point, today, swaps);
  const options = { indexOnly: q.words.length > 0 };
  const offset = (filters.pagina - 1) * PAGE_SIZE;
  // A search finds few offers, each measured at once: no box to widen.
  const radii = q.words.length ? [null] : [...NEAR_RADII_KM, null];
  const nextBox = (i: number) => run<NearRow>(q.nearest(radii[i], PAGE_SIZE, offset), options);
  // The counts and the first box at once (on PostgreSQL two connections; PGlite takes them in turn).
  const [[{ total, located }], firstTry] = await Promise.all([run<{ total: number; located: number }>(q.counts, options), nextBox(0)]);
  // How many offers with a place this page holds (rows offset … offset + wanted): the box grows until
  // it holds them all. Each box that held too few says how far the next must reach (nextRadius), so
  // the boxes too small for that are not asked (a point far from every place skips most of them).
  const wanted = Math.max(0, Math.min(PAGE_SIZE, located - offset));
  let i = 0;
  let rows = firstTry.slice(0, wanted);
  while (rows.length < wanted && radii[i] !== null) {
    const reach = nextRadius(radii[i], offset, wanted, rows.length);
    i++;
    while (radii[i] !== null && radii[i]! < reach) i++;
    rows = (await nextBox(i)).slice(0, wanted);
  }
  // Then the offers without a place on the map, after the last located one.
  const rest = PAGE_SIZE - rows.length;
  if (rest > 0 && total > located && offset + rows.length >= located) {
    rows.push(...(await run<NearRow>(q.unlocated(rest, Math.max(0, offset - located)), options)));
  }
  return {
    cards: rows.map(({ distanceKm, ...r }) => ({ ...toCard(r), distanceKm: distanceKm === null ? null : Number(distanceKm) })),
    total,
    page: filters.pagina,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
