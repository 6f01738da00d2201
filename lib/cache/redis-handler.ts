import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';
import { redisStore, type RedisStore } from './redis-store';

// Next.js's cache (unstable_cache data and the ISR pages) in Redis, so that every instance reads and
// drops the same entries (ADR 0031). next.config.ts names this file as `cacheHandler` when REDIS_URL
// is set; the production server (scripts/server.ts, run by tsx) imports it as it is, unbundled.
//
// Next.js makes a handler per request, so everything lasting lives in the module. Keys are
// `<prefix><build id>:<Next's key>`: two builds never read each other's pages. A tag dropped by
// revalidateTag/revalidatePath (whose `_N_T_/…` path tags come here too) is a key
// `<prefix>tag:<tag>` holding the time; an entry written before that time is a miss, on every
// instance and for every build. Redis down or slow: a read is a miss, a write is skipped.
//
// Entries expire (ENTRY_SECONDS); tag keys do not: there is one per offer ever changed and a few
// more, and were one evicted under memory pressure, an entry older than its drop (a withdrawn
// offer's page) would count as current again. Redis is run with `maxmemory-policy volatile-lru`
// (deploy/README.md): when full, it evicts entries, which have a lifetime, and never a tag key.

/** How long an entry is kept. Entries are keyed by Dordrecht's date or live until midnight anyway. */
export const ENTRY_SECONDS = 2 * 24 * 60 * 60;
/**
 * A page rendered from data read just before a change was committed can be written just after the
 * change dropped its tags. Entries count as this much older than their writing for tags, so such a
 * render is dropped too; pages rendered in the seconds after a change are then not kept (a few
 * renders more after a publish).
 */
export const RENDER_WINDOW_MS = 5_000;
/** Every entry carries this tag: set when a drop could not be recorded, so nothing older is trusted. */
const ALL_TAG = '*';
const CACHE_TAGS_HEADER = 'x-next-cache-tags';

type Stored = { lastModified: number; value: CacheHandlerValue['value']; cacheControl?: CacheHandlerValue['cacheControl']; tags: string[] };
type GetContext = Parameters<CacheHandler['get']>[1];
type SetContext = Parameters<CacheHandler['set']>[2];
type Value = Parameters<CacheHandler['set']>[1];

const buildIds = new Map<string, string>();
function buildIdOf(serverDistDir: string | undefined): string {
  if (!serverDistDir) return 'unknown';
  let id = buildIds.get(serverDistDir);
  if (!id) {
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      id = 'unknown';
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/** JSON that keeps Buffers (RSC payloads, route bodies) and Maps (segment data). */
export function encode(stored: Stored): string {
  return JSON.stringify(stored, function (this: Record<string, unknown>, key, value) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return value;
  });
}

export function decode(text: string): Stored {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

function tagsOf(value: Value, ctx: SetContext): string[] {
  const tags = new Set<string>([ALL_TAG]);
  if (ctx && 'tags' in ctx) for (const tag of ctx.tags ?? []) tags.add(tag);
  if (value && 'tags' in value) for (const tag of value.tags ?? []) tags.add(tag);
  const header = value && 'headers' in value ? value.headers?.[CACHE_TAGS_HEADER] : undefined;
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

export default class RedisCacheHandler implements CacheHandler {
  private readonly store: RedisStore;
  private readonly prefix: string;
  private readonly buildId: string;

  constructor(ctx: CacheHandlerContext) {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('lib/cache/redis-handler.ts needs REDIS_URL');
    this.store = redisStore(url);
    this.prefix = process.env.REDIS_KEY_PREFIX ?? 'dordtpas:';
    this.buildId = buildIdOf(ctx.serverDistDir);
  }

  private entryKey = (key: string) => `${this.prefix}${this.buildId}:${key}`;
  private tagKey = (tag: string) => `${this.prefix}tag:${tag}`;

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    const text = await this.store.run((c) => c.get(this.entryKey(key)));
    if (!text) return null;
    const stored = decode(text);
    const tags = new Set(stored.tags);
    if ('tags' in ctx || 'softTags' in ctx) for (const tag of [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]) tags.add(tag);
    tags.add(ALL_TAG);
    const dropped = await this.store.run((c) => c.mGet([...tags].map(this.tagKey)));
    if (!dropped) return null;
    const renderedFrom = stored.lastModified - RENDER_WINDOW_MS;
    if (dropped.some((at) => at !== null && Number(at) >= renderedFrom)) return null;
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  async set(key: string, value: Value, ctx: SetContext): Promise<void> {
    const stored: Stored = {
      lastModified: Date.now(),
      value,
      cacheControl: ctx && 'cacheControl' in ctx ? ctx.cacheControl : undefined,
      tags: tagsOf(value, ctx),
    };
    await this.store.run((c) => c.set(this.entryKey(key), encode(stored), { expiration: { type: 'EX', value: ENTRY_SECONDS } }));
  }

  /**
   * Any drop expires at once on every instance, also one with a later `expire` (the app only uses
   * `{ expire: 0 }` and revalidatePath): stricter than Next.js's stale-while-revalidate, never older.
   */
  async revalidateTag(tags: string | string[], _durations?: { expire?: number }): Promise<void> {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const now = String(Date.now());
    const done = await this.store.run(async (c) => {
      const batch = c.multi();
      for (const tag of list) batch.set(this.tagKey(tag), now);
      return batch.exec();
    });
    if (done === null) {
      // Not recorded: when Redis answers again, everything stored before now is dropped.
      console.error(`[cache] could not record the drop of ${list.join(', ')}: all cached pages are dropped when Redis is back`);
      dropAllWhenBack(this.store, this.tagKey(ALL_TAG));
    }
  }

  resetRequestCache(): void {}
}

const retrying = new WeakSet<RedisStore>();
function dropAllWhenBack(store: RedisStore, key: string) {
  if (retrying.has(store)) return;
  retrying.add(store);
  const attempt = async () => {
    const dropped = await store.run((c) => c.set(key, String(Date.now())));
    if (dropped === null) setTimeout(attempt, 1000).unref();
    else retrying.delete(store);
  };
  void attempt();
}
