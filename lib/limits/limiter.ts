import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { prisma } from '@/lib/db';

// Every limit (login failures, uploads, mails) counts in PostgreSQL through rate-limiter-flexible:
// the numbers hold across restarts and are the same on every instance. Its Prisma store keeps one
// row per key in "RateLimit" and deletes rows that expired more than an hour ago every 5 minutes.

export type Counter = {
  /** Counts one event. `limited` when this one went over the limit (it is counted all the same). */
  hit(key: string): Promise<{ count: number; limited: boolean; retryAfterMs: number }>;
  /** Takes one event back (e.g. an attempt that turned out to be the owner's). */
  refund(key: string): Promise<void>;
  /** The current count and how long until the window (or block) ends, without counting. */
  peek(key: string): Promise<{ count: number; retryAfterMs: number }>;
  /** Refuses the key for a while, however many events it has. */
  block(key: string, seconds: number): Promise<void>;
  /** Whether the key is over its limit now (blocked, or the window used up). */
  isLimited(key: string): Promise<{ limited: boolean; retryAfterMs: number }>;
  reset(key: string): Promise<void>;
};

/** A counter of at most `points` events per `seconds`, under its own name (the key prefix). */
export function counter(name: string, points: number, seconds: number): Counter {
  const limiter = new RateLimiterPrisma({ storeClient: prisma, tableName: 'rateLimit', keyPrefix: name, points, duration: seconds });
  const hit = async (key: string) => {
    try {
      const res = await limiter.consume(key);
      return { count: res.consumedPoints, limited: false, retryAfterMs: res.msBeforeNext };
    } catch (rejection) {
      // Over the limit the library rejects with its result object; anything else is a real error.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { count: rejection.consumedPoints, limited: true, retryAfterMs: rejection.msBeforeNext };
    }
  };
  const peek = async (key: string) => {
    const res = await limiter.get(key);
    return { count: res?.consumedPoints ?? 0, retryAfterMs: res?.msBeforeNext ?? 0 };
  };
  return {
    hit,
    peek,
    async refund(key) {
      if ((await peek(key)).count > 0) await limiter.reward(key);
    },
    async block(key, seconds) {
      await limiter.block(key, seconds);
    },
    async isLimited(key) {
      const { count, retryAfterMs } = await peek(key);
      return { limited: count >= points, retryAfterMs: count >= points ? retryAfterMs : 0 };
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

/**
 * Deletes counters that ended more than an hour ago. The library does the same every 5 minutes in
 * each running process; the daily job does it too, for instances that never live that long.
 */
export async function clearExpiredLimits(now = new Date()): Promise<number> {
  const { count } = await prisma.rateLimit.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 60 * 60 * 1000) } } });
  return count;
}
