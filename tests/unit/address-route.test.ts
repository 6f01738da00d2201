import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';

// GET /api/adres (app/api/adres/route.ts): what the registration form gets for a postcode and a house
// number, through the real geocoder (PDOK adapter and cache) against the replaying stand-in, and the
// real limiter in the test database.

// The configuration is read once, when lib/db.ts is first imported: the stand-in must be up, and
// PDOK_LOCATIESERVER_URL point at it, before any import below.
const { replay, VOORSTRAAT_12 } = await vi.hoisted(async () => {
  const { startPdokReplay, VOORSTRAAT_12 } = await import('../support/pdok-replay');
  const started = await startPdokReplay();
  process.env.PDOK_LOCATIESERVER_URL = started.url;
  return { replay: started, VOORSTRAAT_12 };
});

import { GET } from '@/app/api/adres/route';
import { prisma } from '@/lib/db';
import { geocoder, LOOKUPS_PER_HOUR } from '@/lib/geo';
import { nl } from '@/lib/i18n/nl';
import { resetDb } from '../support/db';
import { getLookup } from '../support/lookups';

beforeEach(async () => {
  await resetDb();
  replay.requests.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(async () => {
  await replay.close();
  await prisma.$disconnect();
});

const get = (query: string, from?: string) => getLookup(GET, `/api/adres?${query}`, from);

describe('answers', () => {
  test('found: the address, postcode as "3311 AB"', async () => {
    expect(await get('postcode=3311ab&huisnummer=12')).toMatchObject({ status: 200, body: { found: true, ...VOORSTRAAT_12 } });
  });

  test('found with its addition', async () => {
    expect((await get('postcode=3312CK&huisnummer=20')).body).toMatchObject({ found: true, houseNumberAddition: 'A-2' });
  });

  test('not found, with the Dutch sentence for the form', async () => {
    expect(await get('postcode=3319%20ZZ&huisnummer=1')).toMatchObject({
      status: 200,
      body: { found: false, message: nl.addressLookup.notFound },
    });
  });

  test('PDOK unable to answer (here: a broken answer): unavailable, not an error', async () => {
    expect(await get('postcode=3311AB&huisnummer=15')).toMatchObject({
      status: 200,
      body: { unavailable: true, message: nl.addressLookup.unavailable },
    });
  });

  test('something of ours failing: unavailable, logged, no 500 and no stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = vi.spyOn(geocoder(), 'lookupAddress').mockRejectedValueOnce(new Error('boom at lib/geo/pdok.ts:1'));
    const { status, body } = await get('postcode=3311AB&huisnummer=12');
    expect({ status, body }).toEqual({ status: 200, body: { unavailable: true, message: nl.addressLookup.unavailable } });
    expect(errors).toHaveBeenCalledTimes(1);
    failing.mockRestore();
    errors.mockRestore();
  });

  test('a retyped address is answered from memory: PDOK is asked once', async () => {
    await get('postcode=3311GH&huisnummer=5');
    await get('postcode=3311%20gh&huisnummer=5');
    expect(replay.requests).toHaveLength(1);
  });
});

describe('refusals', () => {
  test('invalid input: 400 with the Dutch message per field, and PDOK never asked', async () => {
    expect(await get('postcode=0311AB&huisnummer=12')).toMatchObject({
      status: 400,
      body: { error: nl.validation.postcode, fieldErrors: { postcode: nl.validation.postcode } },
    });
    expect(await get('postcode=3311AB&huisnummer=12a')).toMatchObject({
      status: 400,
      body: { error: nl.validation.houseNumber, fieldErrors: { huisnummer: nl.validation.houseNumber } },
    });
    const nothing = await get('');
    expect(nothing.status).toBe(400);
    expect(Object.keys(nothing.body.fieldErrors).sort()).toEqual(['huisnummer', 'postcode']);
    expect(replay.requests).toEqual([]);
  });

  test(`${LOOKUPS_PER_HOUR} lookups an hour per client address; then 429 with Retry-After, other addresses unaffected`, async () => {
    for (let i = 0; i < LOOKUPS_PER_HOUR; i++) expect((await get('postcode=3311AB&huisnummer=12')).status).toBe(200);
    const refused = await get('postcode=3311AB&huisnummer=12');
    expect(refused).toMatchObject({ status: 429, body: { error: nl.addressLookup.tooMany } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    // Junk counts as well: it is refused before it is read.
    expect((await get('postcode=x')).status).toBe(429);
    expect((await get('postcode=3311AB&huisnummer=12', '198.51.100.9')).status).toBe(200);
  });
});
