import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { formatAddress } from '@/lib/i18n/format';
import type { LocationView } from '@/lib/locations/queries';
import { matchConditions, swapsMayHelp } from './catalog';
import type { CatalogFilters } from './filters';

// The map (`/kaart`, ADR 0039): the catalog's offers that have a place with coordinates
// (CatalogLocation, written with the catalog entry), with the same filters and search as the
// catalog (matchConditions) — its list, and one marker per location with the offers found there.

export type MapPlace = { id: string; name: string; address: string };
export type MapOffer = { slug: string; title: string; organisationName: string; benefit: string; places: MapPlace[] };
/** One location on the map; `offers` are indices into MapData.offers. */
export type MapMarker = { id: string; name: string; latitude: number; longitude: number; offers: number[] };
export type MapData = { offers: MapOffer[]; markers: MapMarker[] };

type Row = Pick<MapOffer, 'slug' | 'title' | 'organisationName' | 'benefit'> &
  Pick<LocationView, 'name' | 'street' | 'houseNumber' | 'addition' | 'postcode' | 'city'> & {
    locationId: string;
    latitude: number;
    longitude: number;
  };

/**
 * The offers on the map for these filters on `today` (Dordrecht's date), in the catalog's order
 * without a search (the organisation A to Z, then the title), each with its places in their order.
 * `pagina` does not apply: the map shows them all. A search that finds nothing tries two letters
 * swapped, as the catalog does.
 */
export async function mapData(filters: CatalogFilters, today: string): Promise<MapData> {
  const rows = await mapRows(filters, today, false);
  return group(!rows.length && swapsMayHelp(filters.zoek) ? await mapRows(filters, today, true) : rows);
}

async function mapRows(filters: CatalogFilters, today: string, swaps: boolean): Promise<Row[]> {
  // A subquery: the conditions name CatalogEntry's columns unqualified.
  const query = Prisma.sql`
    SELECT e."slug", e."title", e."organisationName", e."benefit",
      l."id" AS "locationId", l."name", l."street", l."houseNumber", l."addition", l."postcode", l."city", cl."latitude", cl."longitude"
    FROM (SELECT "offerId", "slug", "title", "organisationName", "benefit" FROM "CatalogEntry" WHERE ${Prisma.join(matchConditions(filters, today, swaps), ' AND ')}) e
    JOIN "CatalogLocation" cl ON cl."offerId" = e."offerId"
    JOIN "Location" l ON l."id" = cl."locationId"
    ORDER BY lower(e."organisationName"), lower(e."title"), e."slug", l."position", l."createdAt", l."id"`;
  // As in the catalog's search: the trigram index rather than a scan of the whole table.
  return filters.zoek
    ? (await prisma.$transaction([prisma.$executeRaw`SET LOCAL enable_seqscan = off`, prisma.$queryRaw<Row[]>(query)]))[1]
    : prisma.$queryRaw<Row[]>(query);
}

function group(rows: Row[]): MapData {
  const offers: MapOffer[] = [];
  const markers = new Map<string, MapMarker>();
  for (const row of rows) {
    let offer = offers.at(-1);
    if (offer?.slug !== row.slug) {
      offer = { slug: row.slug, title: row.title, organisationName: row.organisationName, benefit: row.benefit, places: [] };
      offers.push(offer);
    }
    offer.places.push({ id: row.locationId, name: row.name, address: formatAddress(row) });
    const marker = markers.get(row.locationId) ?? {
      id: row.locationId,
      name: row.name,
      latitude: row.latitude,
      longitude: row.longitude,
      offers: [],
    };
    marker.offers.push(offers.length - 1);
    markers.set(row.locationId, marker);
  }
  return { offers, markers: [...markers.values()] };
}
