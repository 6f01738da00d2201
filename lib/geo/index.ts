import { env } from '@/lib/env';
import { cachedGeocoder } from './cache';
import { pdokGeocoder } from './pdok';
import type { Geocoder } from './types';

export type { Address, AddressLookup, Geocoder, PostcodeLookup, PostcodePoint, UnavailableReason } from './types';

/** At most this many lookups per client address an hour (app/api/adres): a registration needs a handful. */
export const LOOKUPS_PER_HOUR = 60;

let chosen: Geocoder | undefined;

/** The configured geocoder: PDOK Locatieserver at PDOK_LOCATIESERVER_URL, its answers kept in memory a while. */
export function geocoder(): Geocoder {
  chosen ??= cachedGeocoder(pdokGeocoder({ baseUrl: env().PDOK_LOCATIESERVER_URL }));
  return chosen;
}
