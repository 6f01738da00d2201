import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';
import RedisCacheHandler, { RENDER_WINDOW_MS } from '@/lib/cache/redis-handler';
import { redisStore } from '@/lib/cache/redis-store';
import { testRedisUrl } from '../../scripts/redis';

// Next.js's cache in a real Redis (ADR 0031): what one instance writes another reads, a dropped tag
// (revalidateTag, revalidatePath's `_N_T_` tags) is a miss everywhere, two builds never share an
// entry, and Redis down is a miss, never an error. Each handler here stands for another instance:
// nothing but Redis is shared between them (Next.js makes a handler per request).

const URL_ = testRedisUrl();
const PREFIX = `test-${process.pid}-${Date.now()}:`;

type Value = Parameters<CacheHandler['set']>[1];
type GetContext = Parameters<CacheHandler['get']>[1];
const PAGE = { kind: 'APP_PAGE', isFallback: false } as unknown as GetContext;
const fetchContext = (softTags: string[], tag = 'catalog') => ({ kind: 'FETCH', tags: [tag], softTags }) as unknown as GetContext;

function buildDir(buildId: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dordtpas-build-'));
  writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  mkdirSync(path.join(dir, 'server'));
  return path.join(dir, 'server');
}
const BUILD_A = buildDir('build-a');
const BUILD_B = buildDir('build-b');

function instance(serverDistDir = BUILD_A, url = URL_) {
  process.env.REDIS_URL = url;
  process.env.REDIS_KEY_PREFIX = PREFIX;
  return new RedisCacheHandler({ serverDistDir, revalidatedTags: [], _requestHeaders: {} } as CacheHandlerContext);
}

// The tests drop tags of their own: an entry written within RENDER_WINDOW_MS after a drop of one
// of its tags is a miss (see the test about it).
const page = (html: string, tags = ['_N_T_/layout', '_N_T_/aanbod/layout', '_N_T_/aanbod/zwemmen', 'catalog']) =>
  ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from([0, 1, 2, 250, 255]),
    segmentData: new Map([['/_index', Buffer.from('segment')]]),
    headers: { 'x-next-cache-tags': tags.join(',') },
    status: 200,
  }) as unknown as Value;
const data = (body: string, tag = 'catalog') =>
  ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 3600, tags: [tag] }) as unknown as Value;
const cacheControl = { revalidate: 3600, expire: 31536000 };

beforeAll(() => {
  delete process.env.REDIS_URL;
});
afterAll(async () => {
  await redisStore(URL_).run(async (c) => {
    const keys = await c.keys(`${PREFIX}*`);
    if (keys.length) await c.del(keys);
  });
  await redisStore(URL_).close();
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
});

describe('two instances, one Redis', () => {
  test('a page written by one is read by the other as it was: HTML, RSC bytes, segments, headers, lifetime', async () => {
    await instance().set('/aanbod/zwemmen', page('<h1>Zwemmen</h1>'), { cacheControl } as never);
    const read = await instance().get('/aanbod/zwemmen', PAGE);
    expect(read?.cacheControl).toEqual(cacheControl);
    expect(read?.lastModified).toBeGreaterThan(Date.now() - 5000);
    const value = read?.value as unknown as { html: string; rscData: Buffer; segmentData: Map<string, Buffer>; headers: object };
    expect(value.html).toBe('<h1>Zwemmen</h1>');
    expect(Buffer.isBuffer(value.rscData) && [...value.rscData]).toEqual([0, 1, 2, 250, 255]);
    expect(value.segmentData.get('/_index')?.toString()).toBe('segment');
    expect(value.headers).toEqual((page('') as unknown as { headers: object }).headers);
    expect(await instance().get('/aanbod/anders', PAGE)).toBeNull();
  });

  test('a tag dropped on one instance is a miss on the other, for pages and data; other entries stay', async () => {
    await instance().set('/', page('catalogus'), { cacheControl } as never);
    await instance().set('voorwaarden', page('voorwaarden', ['_N_T_/voorwaarden']), {
      cacheControl,
    } as never);
    await instance().set('offer-zwemmen', data('{"title":"Zwemmen"}'), { fetchCache: true, tags: ['catalog'] } as never);
    await instance().revalidateTag('catalog', { expire: 0 });
    expect(await instance().get('/', PAGE)).toBeNull();
    expect(await instance().get('offer-zwemmen', fetchContext(['_N_T_/aanbod/zwemmen']))).toBeNull();
    expect((await instance().get('voorwaarden', PAGE))?.value).toMatchObject({ html: 'voorwaarden' });
  });

  test('entries expire and a full Redis may evict them (volatile-lru); a drop is kept for good, so no eviction undoes it', async () => {
    await instance().set('/aanbod/bewaard', page('bewaard', ['_N_T_/aanbod/bewaard']), { cacheControl } as never);
    await instance().revalidateTag('_N_T_/aanbod/weg');
    const ttl = await redisStore(URL_).run(async (c) => {
      const [entry] = await c.keys(`${PREFIX}*:/aanbod/bewaard`);
      return { entry: await c.ttl(entry), tag: await c.ttl(`${PREFIX}tag:_N_T_/aanbod/weg`) };
    });
    expect(ttl?.entry).toBeGreaterThan(24 * 60 * 60);
    expect(ttl?.tag).toBe(-1); // exists, without a lifetime
  });

  test("revalidatePath's implicit tag drops the data read by that page only (softTags), and the page", async () => {
    await instance().set('offer-a', data('a', 'catalog-3'), { fetchCache: true, tags: ['catalog-3'] } as never);
    await instance().set('/aanbod/zwemmen', page('zwemmen', ['_N_T_/aanbod/zwemmen', 'catalog-3']), { cacheControl } as never);
    await instance().revalidateTag(['_N_T_/aanbod/zwemmen']);
    expect(await instance().get('offer-a', fetchContext(['_N_T_/aanbod/zwemmen'], 'catalog-3'))).toBeNull();
    expect(await instance().get('/aanbod/zwemmen', PAGE)).toBeNull();
    expect((await instance().get('offer-a', fetchContext(['_N_T_/aanbod/iets-anders'], 'catalog-3')))?.value).toMatchObject({
      data: { body: 'a' },
    });
  });

  test('an entry written within the render window after a drop is a miss (it may hold data from before); a later one is kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await instance().revalidateTag('catalog-4', { expire: 0 });
      await instance().set('/overzicht/sport', page('sport', ['catalog-4']), { cacheControl } as never);
      expect(await instance().get('/overzicht/sport', PAGE)).toBeNull();
      vi.setSystemTime(Date.now() + RENDER_WINDOW_MS + 1000);
      await instance().set('/overzicht/sport', page('sport', ['catalog-4']), { cacheControl } as never);
      expect((await instance().get('/overzicht/sport', PAGE))?.value).toMatchObject({ html: 'sport' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('two builds never read each other’s entries', async () => {
    await instance(BUILD_A).set('/zoeken-niet', page('build a', ['catalog-5']), { cacheControl } as never);
    expect(await instance(BUILD_B).get('/zoeken-niet', PAGE)).toBeNull();
    expect((await instance(BUILD_A).get('/zoeken-niet', PAGE))?.value).toMatchObject({ html: 'build a' });
  });
});

describe('Redis down', () => {
  test('a read is a miss at once, a write and a drop are skipped, and it is said once, not per request', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const started = Date.now();
      const down = 'redis://127.0.0.1:1/0';
      for (let i = 0; i < 5; i++) {
        expect(await instance(BUILD_A, down).get('/', PAGE)).toBeNull();
        await instance(BUILD_A, down).set('/', page('x'), { cacheControl } as never);
      }
      await instance(BUILD_A, down).revalidateTag('catalog', { expire: 0 });
      expect(Date.now() - started).toBeLessThan(3000);
      const unreachable = errors.mock.calls.filter(([line]) => String(line).includes('unreachable'));
      expect(unreachable).toHaveLength(1);
      expect(String(unreachable[0][0])).toContain('127.0.0.1:1');
      // The drop that could not be recorded is said too: everything is dropped when Redis is back.
      expect(errors.mock.calls.some(([line]) => String(line).includes('could not record the drop of catalog'))).toBe(true);
      await redisStore(down).close();
    } finally {
      errors.mockRestore();
    }
  });
});

describe('Redis away from one instance only (a network split)', () => {
  /** A TCP proxy to the test Redis that can be cut off and put back, as a network split does. */
  async function splittableProxy() {
    const target = new URL(URL_);
    const sockets = new Set<Socket>();
    let server: Server | undefined;
    const open = () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 6379), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('error', () => {});
            s.on('close', () => sockets.delete(s));
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', () => resolve());
      });
    let port = 0;
    await open();
    port = (server!.address() as { port: number }).port;
    return {
      url: `redis://127.0.0.1:${port}${target.pathname}`,
      cut: () =>
        new Promise<void>((resolve) => {
          server!.close(() => resolve());
          for (const s of sockets) s.destroy();
        }),
      restore: open,
    };
  }

  test('a drop it could not record drops everything stored before, once Redis answers it again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const proxy = await splittableProxy();
    try {
      const split = () => instance(BUILD_A, proxy.url);
      await split().set('/warm', page('warm', ['catalog-6']), { cacheControl } as never);
      await instance().set('/aanbod/zwemmen', page('before the split', ['catalog-6']), { cacheControl } as never);
      await proxy.cut();
      await split().revalidateTag('catalog-6', { expire: 0 });
      // The other instances never heard of it: the old page is still served there...
      expect((await instance().get('/aanbod/zwemmen', PAGE))?.value).toMatchObject({ html: 'before the split' });
      await proxy.restore();
      // ...until this instance reaches Redis again (its client reconnects with backoff).
      await expect.poll(async () => instance().get('/aanbod/zwemmen', PAGE), { timeout: 15_000, interval: 200 }).toBeNull();
      expect(errors.mock.calls.some(([line]) => String(line).includes('could not record the drop of catalog-6'))).toBe(true);
    } finally {
      await redisStore(proxy.url).close();
      await proxy.cut();
      errors.mockRestore();
      logs.mockRestore();
    }
  });
});
