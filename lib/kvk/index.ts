import { env } from '@/lib/env';
import { basisprofielRegister } from './basisprofiel';
import { cachedKvkRegister } from './cache';
import type { KvkRegister } from './types';

export type { KvkAddress, KvkLookup, KvkRegister, KvkRegistration, UnavailableReason } from './types';

/** At most this many lookups per client address an hour (app/api/kvk): a registration needs one or two, and each costs money. */
export const KVK_LOOKUPS_PER_HOUR = 30;

let chosen: KvkRegister | null | undefined;

/**
 * The configured KvK register: the KvK API's Basisprofiel at KVK_API_URL, its answers kept in memory
 * a while; null without KVK_API_KEY (the API is paid), and then the form is filled in by hand as before.
 */
export function kvkRegister(): KvkRegister | null {
  if (chosen === undefined) {
    const { KVK_API_KEY, KVK_API_URL } = env();
    chosen = KVK_API_KEY ? cachedKvkRegister(basisprofielRegister({ baseUrl: KVK_API_URL, apiKey: KVK_API_KEY })) : null;
  }
  return chosen;
}
