import { answerCache } from '@/lib/cache/answers';
import { parseKvkNumber } from './schema';
import type { KvkLookup, KvkRegister } from './types';

// Every request to the KvK API costs money, and a person who goes back a step asks for the same
// number again: answer it from memory (lib/cache/answers.ts). A registration's name and address
// rarely change in a day. A "not found" is kept an hour: a business registered this morning may
// already be in the register this afternoon. "Unavailable" is never kept.

const HOUR = 60 * 60 * 1000;
export const KVK_FOUND_TTL_MS = 24 * HOUR;
export const KVK_NOT_FOUND_TTL_MS = HOUR;

export function cachedKvkRegister(inner: KvkRegister, options: { maxEntries?: number; now?: () => number } = {}): KvkRegister {
  const cache = answerCache<KvkLookup>({ ...options, ttlMs: { found: KVK_FOUND_TTL_MS, 'not-found': KVK_NOT_FOUND_TTL_MS } });
  return {
    name: inner.name,
    async lookup(kvkNumber) {
      const input = parseKvkNumber(kvkNumber);
      if (!input.ok) return { status: 'invalid', message: input.message };
      return cache.get(input.kvkNumber, () => inner.lookup(input.kvkNumber));
    },
  };
}
