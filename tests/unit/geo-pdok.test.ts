import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { cachedGeocoder, FOUND_TTL_MS, NOT_FOUND_TTL_MS } from '@/lib/geo/cache';
import { pdokGeocoder, PDOK_TIMEOUT_MS } from '@/lib/geo/pdok';
import { parseAddressQuery } from '@/lib/geo/schema';
import type { AddressLookup, Geocoder } from '@/lib/geo';
import { nl } from '@/lib/i18n/nl';
import { standIn, startPdokReplay, VOORSTRAAT_12, type StandIn } from '../support/pdok-replay';
import { misbehaving } from '../support/misbehaving';

// The address from postcode and house number (lib/geo, ADR 0034): the real PDOK adapter over real
// HTTP against a local stand-in that replays PDOK's answers (tests/fixtures/pdok), PDOK misbehaving
// in each way we know of, and the in-memory cache in front of it.

let replay: StandIn;
let warnings: MockInstance<typeof console.warn>;
beforeAll(async () => {
  replay = await startPdokReplay();
});
afterAll(() => replay.close());
beforeEach(() => {
  replay.requests.length = 0;
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warnings.mockRestore());

const lookup = (postcode: string, houseNumber: string, baseUrl = replay.url) =>
  pdokGeocoder({ baseUrl }).lookupAddress(postcode, houseNumber);

describe('the input, checked before anything is sent', () => {
  test('a postcode with or without space, any case; a house number 1 to 99999', () => {
    for (const postcode of ['3311AB', '3311 AB', '3311ab', ' 3311 ab ']) {
      expect(parseAddressQuery(postcode, '12')).toEqual({ ok: true, query: { postcode: '3311 AB', houseNumber: '12' } });
    }
    expect(parseAddressQuery('3311AB', '1')).toMatchObject({ ok: true });
    expect(parseAddressQuery('3311AB', '99999')).toMatchObject({ ok: true });
  });

  test('anything else has the form’s Dutch message and never reaches PDOK', async () => {
    const cases: [unknown, unknown, string[]][] = [
      ['0311AB', '12', ['postcode']],
      ['3311A', '12', ['postcode']],
      ['33111AB', '12', ['postcode']],
      ['3311 SS', '12', ['postcode']],
      ['3311AB', '0', ['houseNumber']],
      ['3311AB', '100000', ['houseNumber']],
      ['3311AB', '12a', ['houseNumber']],
      ['3311AB', '-1', ['houseNumber']],
      ['', '', ['postcode', 'houseNumber']],
      [undefined, null, ['postcode', 'houseNumber']],
      ['postcode:* or huisnummer:1', '1', ['postcode']],
    ];
    for (const [postcode, houseNumber, fields] of cases) {
      const parsed = parseAddressQuery(postcode, houseNumber);
      expect(parsed.ok, `${postcode} ${houseNumber}`).toBe(false);
      if (!parsed.ok) expect(Object.keys(parsed.fieldErrors).sort(), `${postcode} ${houseNumber}`).toEqual(fields.sort());
      if (typeof postcode === 'string' && typeof houseNumber === 'string') {
        expect((await lookup(postcode, houseNumber)).status).toBe('invalid');
      }
    }
    expect(parseAddressQuery('3311AB', 'x')).toEqual({ ok: false, fieldErrors: { houseNumber: nl.validation.houseNumber } });
    expect(parseAddressQuery('33', '1')).toEqual({ ok: false, fieldErrors: { postcode: nl.validation.postcode } });
    expect(replay.requests).toEqual([]);
  });
});

describe('PDOK’s answers', () => {
  test('the request: /free, postcode and number as fields, addresses only, only the fields read', async () => {
    await lookup('3311 ab', '12');
    expect(replay.requests).toHaveLength(1);
    const [request] = replay.requests;
    expect(request.pathname).toBe('/bzk/locatieserver/search/v3_1/free');
    expect(Object.fromEntries(request.searchParams)).toEqual({
      q: 'postcode:3311AB and huisnummer:12',
      fq: 'type:adres',
      fl: 'straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaatsnaam,centroide_ll',
      rows: '10',
    });
  });

  test('an address: street, number, postcode as "3311 AB", city, and the point as latitude/longitude', async () => {
    expect(await lookup('3311AB', '12')).toEqual({ status: 'found', address: VOORSTRAAT_12 });
  });

  test('no such postcode (numFound 0): not found', async () => {
    expect(await lookup('3319 ZZ', '1')).toEqual({ status: 'not-found' });
  });

  test('PDOK’s fuzzy neighbours of a number that does not exist are not taken for it', async () => {
    expect(await lookup('3311AB', '13')).toEqual({ status: 'not-found' });
  });

  test('the plain number wins over 5A and 5B, whatever PDOK’s order; an empty huisletter is none', async () => {
    const found = await lookup('3311GH', '5');
    expect(found).toMatchObject({ status: 'found', address: { street: 'Groenmarkt', houseNumber: '5', latitude: 51.81394463 } });
    expect(found.status === 'found' && 'houseNumberAddition' in found.address).toBe(false);
  });

  test('the number’s only address has a letter and an addition: both, in the form’s one field', async () => {
    expect(await lookup('3312CK', '20')).toMatchObject({
      status: 'found',
      address: { street: 'Johan de Wittstraat', houseNumber: '20', houseNumberAddition: 'A-2', postcode: '3312 CK' },
    });
  });

  test('only 41A and 41B: the street is found, which addition is left to the person', async () => {
    const found = await lookup('3317LM', '41');
    expect(found).toMatchObject({ status: 'found', address: { street: 'Reeweg-Oost', houseNumber: '41', city: 'Dordrecht' } });
    expect(found.status === 'found' && found.address.houseNumberAddition).toBeUndefined();
  });

  test('an answer missing fields is unavailable, not half an address', async () => {
    expect(await lookup('3311AB', '15')).toEqual({ status: 'unavailable', reason: 'invalid-response' });
    expect(warnings).toHaveBeenCalledTimes(1);
    // The log says what went wrong, not whose address it was.
    expect(JSON.stringify(warnings.mock.calls)).not.toMatch(/3311|Voorstraat/);
  });
});

describe('PDOK misbehaving: unavailable, so the form is filled in by hand', () => {
  const { that: pdokThat, closeLast } = misbehaving(standIn);

  test(`a server that never answers: a timeout after ${PDOK_TIMEOUT_MS} ms, well within 2.5 s`, async () => {
    const url = await pdokThat(() => {});
    const started = performance.now();
    expect(await lookup('3311AB', '12', url)).toEqual({ status: 'unavailable', reason: 'timeout' });
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(PDOK_TIMEOUT_MS - 50);
    expect(took).toBeLessThan(2_500);
  });

  test('a server that sends the headers and then stalls: the same deadline', async () => {
    const url = await pdokThat((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"response":');
    });
    const started = performance.now();
    expect(await lookup('3311AB', '12', url)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(2_500);
  });

  test('HTTP 500', async () => {
    const url = await pdokThat((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<h1>Internal Server Error</h1>');
    });
    expect(await lookup('3311AB', '12', url)).toEqual({ status: 'unavailable', reason: 'http' });
  });

  test('invalid JSON, and JSON of another shape', async () => {
    const invalid = await pdokThat((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"response": {"numFound": 1, "docs": [');
    });
    expect(await lookup('3311AB', '12', invalid)).toEqual({ status: 'unavailable', reason: 'invalid-response' });
    for (const body of ['null', '[]', '{"response":{"docs":"nope"}}', '{"response":{"numFound":1,"docs":[{"straatnaam":"Voorstraat"}]}}']) {
      const url = await pdokThat((_request, response) => {
        response.end(body);
      });
      expect(await lookup('3311AB', '12', url), body).toEqual({ status: 'unavailable', reason: 'invalid-response' });
    }
    const badPoint = await pdokThat((_request, response) => {
      response.end(
        JSON.stringify({
          response: {
            numFound: 1,
            docs: [
              { straatnaam: 'Voorstraat', huisnummer: 12, postcode: '3311AB', woonplaatsnaam: 'Dordrecht', centroide_ll: 'POINT(abc)' },
            ],
          },
        }),
      );
    });
    expect(await lookup('3311AB', '12', badPoint)).toEqual({ status: 'unavailable', reason: 'invalid-response' });
  });

  test('nobody listening: a network error', async () => {
    const url = await pdokThat(() => {});
    await closeLast();
    expect(await lookup('3311AB', '12', url)).toEqual({ status: 'unavailable', reason: 'network' });
  });
});

describe('a postcode alone ("bij mij in de buurt"): its centre', () => {
  const lookupPostcode = (postcode: string, baseUrl = replay.url) => pdokGeocoder({ baseUrl }).lookupPostcode(postcode);
  const { that: pdokThat } = misbehaving(standIn);

  test('the request: the postcode as a field, documents of type postcode, only the fields read', async () => {
    expect(await lookupPostcode('3311 ab')).toEqual({
      status: 'found',
      point: { postcode: '3311 AB', city: 'Dordrecht', latitude: 51.81548307, longitude: 4.66391742 },
    });
    expect(Object.fromEntries(replay.requests[0].searchParams)).toEqual({
      q: 'postcode:3311AB',
      fq: 'type:postcode',
      fl: 'postcode,woonplaatsnaam,centroide_ll',
      rows: '5',
    });
  });

  test('no such postcode: not found; not a postcode: the form’s message, nothing sent', async () => {
    expect(await lookupPostcode('3319ZZ')).toEqual({ status: 'not-found' });
    for (const typed of ['3311', 'Dordrecht', '3311 SS', 'postcode:*'])
      expect(await lookupPostcode(typed), typed).toEqual({ status: 'invalid', message: nl.validation.postcode });
    expect(replay.requests).toHaveLength(1);
  });

  test('a neighbouring postcode of PDOK’s fuzzy search is not taken for it; PDOK away is unavailable', async () => {
    const neighbour = await pdokThat((_request, response) => {
      response.end(
        JSON.stringify({
          response: { numFound: 1, docs: [{ postcode: '3311AC', woonplaatsnaam: 'Dordrecht', centroide_ll: 'POINT(4.66 51.81)' }] },
        }),
      );
    });
    expect(await lookupPostcode('3311AB', neighbour)).toEqual({ status: 'not-found' });
    const broken = await pdokThat((_request, response) => {
      response.writeHead(503);
      response.end();
    });
    expect(await lookupPostcode('3311AB', broken)).toEqual({ status: 'unavailable', reason: 'http' });
  });

  test('kept in memory like an address: asked once however it is typed; invalid never asked', async () => {
    const cached = cachedGeocoder(pdokGeocoder({ baseUrl: replay.url }));
    expect(await cached.lookupPostcode('3311AB')).toMatchObject({ status: 'found' });
    expect(await cached.lookupPostcode(' 3311 ab')).toMatchObject({ status: 'found' });
    expect(await cached.lookupPostcode('33')).toMatchObject({ status: 'invalid' });
    expect(replay.requests).toHaveLength(1);
  });
});

describe('the cache in front', () => {
  /** A geocoder that answers what it is told and counts the questions. */
  function counting(answer: (houseNumber: string) => AddressLookup) {
    const asked: string[] = [];
    const inner: Geocoder = {
      name: 'counting',
      async lookupAddress(postcode, houseNumber) {
        asked.push(`${postcode}|${houseNumber}`);
        return answer(houseNumber);
      },
      async lookupPostcode(postcode) {
        asked.push(postcode);
        return { status: 'not-found' };
      },
    };
    return { inner, asked };
  }
  const found = (houseNumber: string): AddressLookup => ({
    status: 'found',
    address: { street: 'Voorstraat', houseNumber, postcode: '3311 AB', city: 'Dordrecht', latitude: 51.8, longitude: 4.66 },
  });

  test('the same address however it is typed is asked once, for a day', async () => {
    let now = 0;
    const { inner, asked } = counting(found);
    const cached = cachedGeocoder(inner, { now: () => now });
    expect(await cached.lookupAddress('3311AB', '12')).toEqual(found('12'));
    expect(await cached.lookupAddress('3311 ab', ' 12')).toEqual(found('12'));
    now = FOUND_TTL_MS - 1;
    await cached.lookupAddress('3311ab', '12');
    expect(asked).toEqual(['3311 AB|12']);
    now = FOUND_TTL_MS;
    await cached.lookupAddress('3311AB', '12');
    expect(asked).toEqual(['3311 AB|12', '3311 AB|12']);
  });

  test('"not found" for an hour; "unavailable" not at all; invalid input never asked', async () => {
    let now = 0;
    let answer: AddressLookup = { status: 'not-found' };
    const { inner, asked } = counting(() => answer);
    const cached = cachedGeocoder(inner, { now: () => now });
    await cached.lookupAddress('3319ZZ', '1');
    await cached.lookupAddress('3319ZZ', '1');
    expect(asked).toHaveLength(1);
    now = NOT_FOUND_TTL_MS;
    answer = { status: 'unavailable', reason: 'timeout' };
    expect(await cached.lookupAddress('3319ZZ', '1')).toEqual(answer);
    expect(await cached.lookupAddress('3319ZZ', '1')).toEqual(answer);
    expect(asked).toHaveLength(3);
    expect(await cached.lookupAddress('3319', '1')).toMatchObject({ status: 'invalid' });
    expect(asked).toHaveLength(3);
  });

  test('two questions at once make one request; the least recently used goes first when full', async () => {
    const { inner, asked } = counting(found);
    const cached = cachedGeocoder(inner, { maxEntries: 2 });
    await Promise.all([cached.lookupAddress('3311AB', '1'), cached.lookupAddress('3311 AB', '1')]);
    expect(asked).toEqual(['3311 AB|1']);
    await cached.lookupAddress('3311AB', '2');
    await cached.lookupAddress('3311AB', '1'); // used again: now 2 is the oldest
    await cached.lookupAddress('3311AB', '3'); // full: 2 goes
    asked.length = 0;
    await cached.lookupAddress('3311AB', '1');
    await cached.lookupAddress('3311AB', '3');
    expect(asked).toEqual([]);
    await cached.lookupAddress('3311AB', '2');
    expect(asked).toEqual(['3311 AB|2']);
  });

  test('in front of the real adapter: PDOK is asked once for a retyped address', async () => {
    const cached = cachedGeocoder(pdokGeocoder({ baseUrl: replay.url }));
    expect(await cached.lookupAddress('3311AB', '12')).toMatchObject({ status: 'found' });
    expect(await cached.lookupAddress('3311 ab', '12')).toMatchObject({ status: 'found' });
    expect(replay.requests).toHaveLength(1);
  });
});
