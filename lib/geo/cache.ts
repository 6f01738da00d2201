import { answerCache } from '@/lib/cache/answers';
import { parseAddressQuery } from './schema';
import type { AddressLookup, Geocoder } from './types';

// A person who retypes a postcode, or goes back a step, asks for the same address again: answer it
// from memory (lib/cache/answers.ts). An address rarely changes in a day; a "not found" is kept
// shorter, because a new building gets its address in the BAG any day; "unavailable" is never kept.

const HOUR = 60 * 60 * 1000;
export const FOUND_TTL_MS = 24 * HOUR;
export const NOT_FOUND_TTL_MS = HOUR;

export function cachedGeocoder(inner: Geocoder, options: { maxEntries?: number; now?: () => number } = {}): Geocoder {
  const cache = answerCache<AddressLookup>({ ...options, ttlMs: { found: FOUND_TTL_MS, 'not-found': NOT_FOUND_TTL_MS } });
  return {
    name: inner.name,
    async lookupAddress(postcode, houseNumber) {
      const input = parseAddressQuery(postcode, houseNumber);
      if (!input.ok) return { status: 'invalid', fieldErrors: input.fieldErrors };
      const { query } = input;
      return cache.get(`${query.postcode}|${query.houseNumber}`, () => inner.lookupAddress(query.postcode, query.houseNumber));
    },
  };
}
