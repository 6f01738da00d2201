import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { KVK_LOOKUPS_PER_HOUR } from '@/lib/kvk';
import { resetDb } from '../support/db';
import { getLookup } from '../support/lookups';
import { KVK_TEST_API_KEY, startKvkReplay, STOOMKOFFIE, type StandIn } from '../support/kvk-replay';

// GET /api/kvk (app/api/kvk/route.ts): what the registration form gets for a KvK number, without a
// KVK_API_KEY (nothing: the form stays as it is) and with one, through the real register (the
// Basisprofiel adapter and the cache) against the replaying stand-in, and the real limiter in the
// test database.

let replay: StandIn;
beforeAll(async () => {
  replay = await startKvkReplay();
});
beforeEach(async () => {
  await resetDb();
  replay.requests.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await replay.close();
  await prisma.$disconnect();
});

type Get = typeof import('@/app/api/kvk/route').GET;

/** The route as the app loads it with this key (fresh modules: the configuration is read once, at the first use). */
async function routeWith(apiKey: string | undefined): Promise<{ GET: Get; kvk: typeof import('@/lib/kvk') }> {
  vi.stubEnv('KVK_API_KEY', apiKey ?? '');
  vi.stubEnv('KVK_API_URL', replay.url);
  vi.resetModules();
  return { GET: (await import('@/app/api/kvk/route')).GET, kvk: await import('@/lib/kvk') };
}

const get = (GET: Get, query: string, from?: string) => getLookup(GET, `/api/kvk?${query}`, from);

describe('without a KVK_API_KEY', () => {
  test('404 { configured: false } for any question: the KvK never asked, nothing counted', async () => {
    const { GET, kvk } = await routeWith(undefined);
    expect(kvk.kvkRegister()).toBeNull();
    for (const query of ['kvkNummer=24301234', 'kvkNummer=x', '']) {
      expect(await get(GET, query)).toMatchObject({ status: 404, body: { configured: false } });
    }
    expect(replay.requests).toEqual([]);
    expect(await prisma.rateLimit.count()).toBe(0);
  });
});

describe('with a key: answers', () => {
  test('found: the legal name and the visiting address, postcode as "3311 AB"', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    expect(await get(GET, 'kvkNummer=2430%201234')).toEqual({
      status: 200,
      body: { found: true, ...STOOMKOFFIE },
      headers: expect.anything(),
    });
  });

  test('found without a Dutch visiting address: the name alone', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    const { body } = await get(GET, 'kvkNummer=24309999');
    expect(body).toEqual({ found: true, kvkNumber: '24309999', legalName: 'Rheinische Fahrradmanufaktur GmbH' });
  });

  test('not found, with the Dutch sentence for the form', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    expect(await get(GET, 'kvkNummer=24300000')).toMatchObject({ status: 200, body: { found: false, message: nl.kvkLookup.notFound } });
  });

  test('the KvK unable to answer (temporarily, a broken answer, our key refused): unavailable, not an error', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    for (const kvkNumber of ['24304444', '24303333']) {
      expect(await get(GET, `kvkNummer=${kvkNumber}`)).toEqual({
        status: 200,
        body: { unavailable: true, message: nl.kvkLookup.unavailable },
        headers: expect.anything(),
      });
    }
    const refused = await routeWith('l7xx-a-key-the-kvk-does-not-know');
    expect(await get(refused.GET, 'kvkNummer=24301234')).toMatchObject({ status: 200, body: { unavailable: true } });
  });

  test('something of ours failing: unavailable, logged, no 500 and no stack', async () => {
    const { GET, kvk } = await routeWith(KVK_TEST_API_KEY);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(kvk.kvkRegister()!, 'lookup').mockRejectedValueOnce(new Error('boom at lib/kvk/basisprofiel.ts:1'));
    const { status, body } = await get(GET, 'kvkNummer=24301234');
    expect({ status, body }).toEqual({ status: 200, body: { unavailable: true, message: nl.kvkLookup.unavailable } });
    expect(errors).toHaveBeenCalledTimes(1);
  });

  test('a bad configuration is no 500 either', async () => {
    vi.stubEnv('KVK_API_URL', 'ftp://kvk.example');
    vi.stubEnv('KVK_API_KEY', KVK_TEST_API_KEY);
    vi.resetModules();
    const { GET } = await import('@/app/api/kvk/route');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await get(GET, 'kvkNummer=24301234')).toMatchObject({ status: 200, body: { unavailable: true } });
  });

  test('a retyped number is answered from memory: the KvK is asked (and paid) once', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    await get(GET, 'kvkNummer=24305678');
    await get(GET, 'kvkNummer=2430.5678');
    expect(replay.requests).toHaveLength(1);
  });
});

describe('with a key: refusals', () => {
  test('not a KvK number: 400 with the form’s Dutch message, and the KvK never asked', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    for (const query of ['kvkNummer=2430123', 'kvkNummer=24301234/vestigingen', 'kvknummer=24301234', '']) {
      expect(await get(GET, query), query).toMatchObject({ status: 400, body: { error: nl.validation.kvkNumber } });
    }
    expect(replay.requests).toEqual([]);
  });

  test(`${KVK_LOOKUPS_PER_HOUR} lookups an hour per client address; then 429 with Retry-After, other addresses unaffected`, async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    for (let i = 0; i < KVK_LOOKUPS_PER_HOUR; i++) expect((await get(GET, 'kvkNummer=24301234')).status).toBe(200);
    const refused = await get(GET, 'kvkNummer=24301234');
    expect(refused).toMatchObject({ status: 429, body: { error: nl.kvkLookup.tooMany } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    // Junk counts as well: it is refused before it is read.
    expect((await get(GET, 'kvkNummer=x')).status).toBe(429);
    expect((await get(GET, 'kvkNummer=24301234', '198.51.100.9')).status).toBe(200);
  });

  test('its own counter: address lookups do not use up KvK lookups', async () => {
    const { GET } = await routeWith(KVK_TEST_API_KEY);
    const adres = await import('@/app/api/adres/route');
    for (let i = 0; i < 5; i++)
      await adres.GET(new Request('http://localhost:3000/api/adres?postcode=x', { headers: { 'x-forwarded-for': '203.0.113.7' } }));
    const counted = await prisma.rateLimit.findMany({ select: { key: true } });
    expect(counted.map((c) => c.key)).toEqual([expect.stringMatching(/^address-lookup-hour/)]);
    expect((await get(GET, 'kvkNummer=24301234')).status).toBe(200);
    expect(await prisma.rateLimit.count()).toBe(2);
  });
});
