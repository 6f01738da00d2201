import { answerCache } from '@/lib/cache/answers';
import { parseAddressQuery, parsePostcodeQuery } from './schema';
import type { AddressLookup, Geocoder, PostcodeLookup } from './types';

// A person who retypes a postcode, or goes back a step, asks for the same address again: answer it
// from memory (lib/cache/answers.ts). An address rarely changes in a day; a "not found" is kept
// shorter, because a new building gets its address in the BAG any day; "unavailable" is never kept.

const HOUR = 60 * 60 * 1000;
export const FOUND_TTL_MS = 24 * HOUR;
export const NOT_FOUND_TTL_MS = HOUR;

export function cachedGeocoder(inner: Geocoder, options: { maxEntries?: number; now?: () => number } = {}): Geocoder {
  const ttlMs = { found: FOUND_TTL_MS, 'not-found': NOT_FOUND_TTL_MS };
  const cache = answerCache<AddressLookup>({ ...options, ttlMs });
  // A postcode's centre, for "bij mij in de buurt": every pass holder of a street asks the same one.
  const postcodes = answerCache<PostcodeLookup>({ ...options, ttlMs });
  return {
    name: inner.name,
    async lookupAddress(postcode, houseNumber) {
      const input = parseAddressQuery(postcode, houseNumber);
      if (!input.ok) return { status: 'invalid', fieldErrors: input.fieldErrors };
      const { query } = input;
      return cache.get(`${query.postcode}|${query.houseNumber}`, () => inner.lookupAddress(query.postcode, query.houseNumber));
    },
    async lookupPostcode(value) {
      const input = parsePostcodeQuery(value);
      if (!input.ok) return { status: 'invalid', message: input.message };
      return postcodes.get(input.postcode, () => inner.lookupPostcode(input.postcode));
    },
  };
}
