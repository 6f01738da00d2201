import { prisma } from '@/lib/db';
import { geocoder as configuredGeocoder, type AddressLookup, type Geocoder } from '@/lib/geo';
import { errorFields, log } from '@/lib/log';
import { syncCatalogLocationsOf } from '@/lib/offers/catalog';

// The `geocode` job (ADR 0036, lib/jobs/definitions.ts): the coordinates of locations that have none
// yet, from PDOK through lib/geo (its cache in front), a few at a time. Sent after a registration and
// after the editors apply a location, and hourly for what those missed. A location that PDOK could
// not place (unknown address, PDOK away, a timeout) is marked as tried and left without coordinates:
// it is tried again after a day. One bad address never fails the job.

/** Locations looked up in one run: PDOK's time-out is 2 s, so a run of unanswered lookups stays short. */
export const GEOCODE_BATCH = 20;
/** A location tried without result waits this long before the next try. */
export const GEOCODE_RETRY_MS = 24 * 60 * 60 * 1000;
/** After this many unanswered lookups in a row, PDOK is taken to be away: the rest wait for the next run. */
const GIVE_UP_AFTER = 3;

export type GeocodeReport = { tried: number; found: number; notFound: number; unavailable: number };

/** Only addresses are asked (`lookupAddress`): that is all a geocoder given here needs. */
type AddressGeocoder = Pick<Geocoder, 'name' | 'lookupAddress'>;

export async function geocodeLocations(options: { geocoder?: AddressGeocoder; batch?: number; now?: Date } = {}): Promise<GeocodeReport> {
  const { geocoder = configuredGeocoder(), batch = GEOCODE_BATCH, now = new Date() } = options;
  const due = await prisma.location.findMany({
    where: { latitude: null, OR: [{ geocodedAt: null }, { geocodedAt: { lt: new Date(now.getTime() - GEOCODE_RETRY_MS) } }] },
    select: { id: true, organisationId: true, postcode: true, houseNumber: true, addition: true },
    // Never tried first, then the longest ago.
    orderBy: [{ geocodedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    take: batch,
  });
  const report: GeocodeReport = { tried: 0, found: 0, notFound: 0, unavailable: 0 };
  const touched = new Set<string>();
  let unanswered = 0;
  for (const location of due) {
    if (unanswered >= GIVE_UP_AFTER) break;
    const answer = await lookUp(geocoder, location.postcode, location.houseNumber);
    report.tried++;
    const found = answer.status === 'found' ? answer.address : null;
    if (found) report.found++;
    else if (answer.status === 'unavailable') report.unavailable++;
    else report.notFound++;
    unanswered = answer.status === 'unavailable' ? unanswered + 1 : 0;
    // Only while the address is still the one looked up and nobody placed it meanwhile.
    const written = await prisma.location.updateMany({
      where: {
        id: location.id,
        postcode: location.postcode,
        houseNumber: location.houseNumber,
        addition: location.addition,
        latitude: null,
      },
      data: found ? { latitude: found.latitude, longitude: found.longitude, geocodedAt: now } : { geocodedAt: now },
    });
    if (found && written.count === 1) touched.add(location.organisationId);
  }
  // The offers' places in the catalog (near me, the map) follow, once per organisation.
  for (const organisationId of touched) await prisma.$transaction((tx) => syncCatalogLocationsOf(tx, organisationId));
  if (report.tried) log('info', '[geocode] locations looked up', { ...report });
  return report;
}

/** The geocoder's answer; an error of its own counts as "unavailable" (logged), so the run goes on. */
async function lookUp(geocoder: AddressGeocoder, postcode: string, houseNumber: string): Promise<AddressLookup> {
  try {
    return await geocoder.lookupAddress(postcode, houseNumber);
  } catch (error) {
    log('error', '[geocode] the geocoder failed', errorFields(error));
    return { status: 'unavailable', reason: 'network' };
  }
}
