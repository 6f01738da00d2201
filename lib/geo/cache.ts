import { parseAddressQuery } from './schema';
import type { AddressLookup, Geocoder } from './types';

// A person who retypes a postcode, or goes back a step, asks for the same address again: answer it
// from memory. In-process and small (each instance its own; an address rarely changes in a day). An
// unavailable answer is never kept: the next try may well get through. A "not found" is kept
// shorter, because a new building gets its address in the BAG any day.

const HOUR = 60 * 60 * 1000;
export const FOUND_TTL_MS = 24 * HOUR;
export const NOT_FOUND_TTL_MS = HOUR;

export function cachedGeocoder(inner: Geocoder, options: { maxEntries?: number; now?: () => number } = {}): Geocoder {
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, { lookup: AddressLookup; expires: number }>();
  // Two identical questions at once (a blur and a submit) make one request.
  const inFlight = new Map<string, Promise<AddressLookup>>();

  const remember = (key: string, lookup: AddressLookup) => {
    const ttl = lookup.status === 'found' ? FOUND_TTL_MS : lookup.status === 'not-found' ? NOT_FOUND_TTL_MS : 0;
    if (!ttl) return;
    entries.delete(key);
    entries.set(key, { lookup, expires: now() + ttl });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };

  return {
    name: inner.name,
    async lookupAddress(postcode, houseNumber) {
      const input = parseAddressQuery(postcode, houseNumber);
      if (!input.ok) return { status: 'invalid', fieldErrors: input.fieldErrors };
      const key = `${input.query.postcode}|${input.query.houseNumber}`;

      const kept = entries.get(key);
      if (kept && kept.expires > now()) {
        entries.delete(key);
        entries.set(key, kept);
        return kept.lookup;
      }
      if (kept) entries.delete(key);

      let pending = inFlight.get(key);
      if (!pending) {
        pending = inner
          .lookupAddress(input.query.postcode, input.query.houseNumber)
          .then((lookup) => {
            remember(key, lookup);
            return lookup;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
