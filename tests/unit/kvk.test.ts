import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { basisprofielRegister, KVK_TIMEOUT_MS } from '@/lib/kvk/basisprofiel';
import { cachedKvkRegister, KVK_FOUND_TTL_MS, KVK_NOT_FOUND_TTL_MS } from '@/lib/kvk/cache';
import { parseKvkNumber } from '@/lib/kvk/schema';
import type { KvkLookup, KvkRegister } from '@/lib/kvk';
import { KVK_TEST_API_KEY, standIn, startKvkReplay, STOOMKOFFIE, type StandIn } from '../support/kvk-replay';
import { misbehaving } from '../support/misbehaving';

// The legal name and address by KvK number (lib/kvk, ADR 0035): the real Basisprofiel adapter over
// real HTTP against a local stand-in that replays the KvK's answers (tests/fixtures/kvk), the KvK
// misbehaving in each way we know of, and the in-memory cache in front of it.

let replay: StandIn;
let warnings: MockInstance<typeof console.warn>;
beforeAll(async () => {
  replay = await startKvkReplay();
});
afterAll(() => replay.close());
beforeEach(() => {
  replay.requests.length = 0;
  replay.headers.length = 0;
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warnings.mockRestore());

const lookup = (kvkNumber: string, baseUrl = replay.url, apiKey = KVK_TEST_API_KEY) =>
  basisprofielRegister({ baseUrl, apiKey }).lookup(kvkNumber);

describe('the input, checked before anything is sent', () => {
  test('eight digits, with spaces, dots or dashes as people type them', () => {
    for (const input of ['24301234', ' 2430 1234 ', '2430.1234', '24-30-12-34']) {
      expect(parseKvkNumber(input)).toEqual({ ok: true, kvkNumber: '24301234' });
    }
  });

  test('anything else has the form’s Dutch message and never reaches the KvK (nor costs anything)', async () => {
    for (const input of ['', '2430123', '243012345', '2430123a', '24301234/0000', '../../v2/zoeken', '２４３０１２３４']) {
      expect(parseKvkNumber(input), input).toEqual({ ok: false, message: nl.validation.kvkNumber });
      expect(await lookup(input), input).toEqual({ status: 'invalid', message: nl.validation.kvkNumber });
    }
    expect(parseKvkNumber(undefined)).toEqual({ ok: false, message: nl.validation.kvkNumber });
    expect(replay.requests).toEqual([]);
  });
});

describe('the KvK’s answers', () => {
  test('the request: /v1/basisprofielen/{number}, no query, the key in the apikey header', async () => {
    await lookup('2430 1234');
    expect(replay.requests).toHaveLength(1);
    expect(replay.requests[0].pathname).toBe('/api/v1/basisprofielen/24301234');
    expect(replay.requests[0].search).toBe('');
    expect(replay.headers[0].apikey).toBe(KVK_TEST_API_KEY);
    expect(replay.headers[0].accept).toMatch(/application\/json/);
  });

  test('a BV: its statutory name and the main branch’s visiting address, postcode as "3311 AB"', async () => {
    expect(await lookup('24301234')).toEqual({ status: 'found', registration: STOOMKOFFIE });
  });

  test('the main branch’s visiting address, not its postal one nor the owner’s', async () => {
    const found = await lookup('24301234');
    expect(found.status === 'found' && found.registration.visitAddress?.street).toBe('Voorstraat');
  });

  test('an eenmanszaak has no statutory name: the registered name; letter and addition in one field', async () => {
    expect(await lookup('24305678')).toEqual({
      status: 'found',
      registration: {
        kvkNumber: '24305678',
        legalName: 'Bakkerij Van Wijk',
        visitAddress: {
          street: 'Johan de Wittstraat',
          houseNumber: '20',
          houseNumberAddition: 'A-2',
          postcode: '3312 CK',
          city: 'Dordrecht',
        },
      },
    });
  });

  test('a stichting without branches: the visiting address the KvK keeps at the owner', async () => {
    expect(await lookup('24301111')).toMatchObject({
      status: 'found',
      registration: { legalName: 'Stichting Dordtse Zomerconcerten', visitAddress: { street: 'Grote Kerksbuurt', postcode: '3311 CB' } },
    });
  });

  test('only a branch here, the owner abroad: the name, and no address (the person types it)', async () => {
    expect(await lookup('24309999')).toEqual({
      status: 'found',
      registration: { kvkNumber: '24309999', legalName: 'Rheinische Fahrradmanufaktur GmbH' },
    });
  });

  test('a shielded main-branch address: no address, and not the owner’s in its place', async () => {
    expect(await lookup('24302222')).toEqual({
      status: 'found',
      registration: { kvkNumber: '24302222', legalName: 'Thuiszorg Aan De Merwede B.V.' },
    });
  });

  test('no registration (404, IPD0005) and no KvK number (400, IPD0004): not found', async () => {
    expect(await lookup('24300000')).toEqual({ status: 'not-found' });
    expect(await lookup('00000000')).toEqual({ status: 'not-found' });
    expect(warnings).not.toHaveBeenCalled();
  });

  test('temporarily unavailable (404, IPD1002) is not "not found"', async () => {
    expect(await lookup('24304444')).toEqual({ status: 'unavailable', reason: 'http' });
  });

  test('a 404 that is not the KvK’s (no recording, a wrong KVK_API_URL): unavailable, never "not found"', async () => {
    expect(await lookup('24307777')).toEqual({ status: 'unavailable', reason: 'http' });
    expect(await lookup('24301234', `${replay.url}/v9`)).toEqual({ status: 'unavailable', reason: 'http' });
  });

  test('an answer missing fields (no name at all) is unavailable, not half a registration', async () => {
    expect(await lookup('24303333')).toEqual({ status: 'unavailable', reason: 'invalid-response' });
    expect(warnings).toHaveBeenCalledTimes(1);
  });

  test('a bad key (401): unavailable, and the log says why without the key or the number', async () => {
    expect(await lookup('24301234', replay.url, 'l7xx-not-our-key')).toEqual({ status: 'unavailable', reason: 'http' });
    expect(replay.headers[0].apikey).toBe('l7xx-not-our-key');
    expect(warnings).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warnings.mock.calls);
    expect(logged).toMatch(/401/);
    expect(logged).toMatch(/KVK_API_KEY/);
    expect(logged).not.toMatch(/l7xx|24301234/);
  });

  test('nothing the adapter logs holds the key or the KvK number', async () => {
    for (const kvkNumber of ['24303333', '24304444', '24307777']) await lookup(kvkNumber);
    expect(warnings).toHaveBeenCalledTimes(3);
    expect(JSON.stringify(warnings.mock.calls)).not.toMatch(new RegExp(`${KVK_TEST_API_KEY}|2430`));
  });
});

describe('the KvK misbehaving: unavailable, so the form is filled in by hand', () => {
  const { that: kvkThat, closeLast } = misbehaving(standIn);

  test(`a server that never answers: a timeout after ${KVK_TIMEOUT_MS} ms, well within 2.5 s`, async () => {
    const url = await kvkThat(() => {});
    const started = performance.now();
    expect(await lookup('24301234', url)).toEqual({ status: 'unavailable', reason: 'timeout' });
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(KVK_TIMEOUT_MS - 50);
    expect(took).toBeLessThan(2_500);
  });

  test('a server that sends the headers and then stalls: the same deadline', async () => {
    const url = await kvkThat((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"kvkNummer":"24301234",');
    });
    const started = performance.now();
    expect(await lookup('24301234', url)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(2_500);
  });

  test('HTTP 500 (IPD9999), 503 from a gateway, 403, 429', async () => {
    const statuses: [number, string][] = [
      [500, '{"fout":[{"code":"IPD9999","omschrijving":"Er is een algemene technische fout opgetreden."}]}'],
      [503, '<html><body>Service Unavailable</body></html>'],
      [403, '{"fout":[{"omschrijving":"Niet geautoriseerd voor deze operatie"}]}'],
      [429, '{"fout":[{"omschrijving":"Too many requests"}]}'],
    ];
    for (const [status, body] of statuses) {
      const url = await kvkThat((_request, response) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(body);
      });
      expect(await lookup('24301234', url), String(status)).toEqual({ status: 'unavailable', reason: 'http' });
    }
  });

  test('invalid JSON, and JSON of another shape', async () => {
    const answers = [
      '{"kvkNummer": "24301234", "naam": ',
      'null',
      '[]',
      '{"kvkNummer": 24301234, "naam": "Dordtse Stoomkoffie"}',
      '{"kvkNummer": "24301234", "naam": "X", "_embedded": {"hoofdvestiging": {"adressen": [{"type": "bezoekadres", "huisnummer": "12"}]}}}',
      '{"kvkNummer": "24309876", "naam": "Another registration"}',
    ];
    for (const body of answers) {
      const url = await kvkThat((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      });
      expect(await lookup('24301234', url), body).toEqual({ status: 'unavailable', reason: 'invalid-response' });
    }
  });

  test('half an address (no house number) is no address; the name is still the registration’s', async () => {
    const url = await kvkThat((_request, response) => {
      response.end(
        JSON.stringify({
          kvkNummer: '24301234',
          statutaireNaam: 'Dordtse Stoomkoffie B.V.',
          _embedded: {
            hoofdvestiging: { adressen: [{ type: 'bezoekadres', straatnaam: 'Voorstraat', postcode: '3311AB', plaats: 'Dordrecht' }] },
          },
        }),
      );
    });
    expect(await lookup('24301234', url)).toEqual({
      status: 'found',
      registration: { kvkNumber: '24301234', legalName: 'Dordtse Stoomkoffie B.V.' },
    });
  });

  test('nobody listening: a network error', async () => {
    const url = await kvkThat(() => {});
    await closeLast();
    expect(await lookup('24301234', url)).toEqual({ status: 'unavailable', reason: 'network' });
  });
});

describe('the cache in front', () => {
  /** A register that answers what it is told and counts the questions. */
  function counting(answer: (kvkNumber: string) => KvkLookup) {
    const asked: string[] = [];
    const inner: KvkRegister = {
      name: 'counting',
      async lookup(kvkNumber) {
        asked.push(kvkNumber);
        return answer(kvkNumber);
      },
    };
    return { inner, asked };
  }
  const found = (kvkNumber: string): KvkLookup => ({ status: 'found', registration: { kvkNumber, legalName: 'X B.V.' } });

  test('the same number however it is typed is asked once, for a day', async () => {
    let now = 0;
    const { inner, asked } = counting(found);
    const cached = cachedKvkRegister(inner, { now: () => now });
    expect(await cached.lookup('24301234')).toEqual(found('24301234'));
    expect(await cached.lookup('2430 1234')).toEqual(found('24301234'));
    now = KVK_FOUND_TTL_MS - 1;
    await cached.lookup('2430.1234');
    expect(asked).toEqual(['24301234']);
    now = KVK_FOUND_TTL_MS;
    await cached.lookup('24301234');
    expect(asked).toEqual(['24301234', '24301234']);
  });

  test('"not found" for an hour; "unavailable" not at all; invalid input never asked', async () => {
    let now = 0;
    let answer: KvkLookup = { status: 'not-found' };
    const { inner, asked } = counting(() => answer);
    const cached = cachedKvkRegister(inner, { now: () => now });
    await cached.lookup('24300000');
    await cached.lookup('24300000');
    expect(asked).toHaveLength(1);
    now = KVK_NOT_FOUND_TTL_MS;
    answer = { status: 'unavailable', reason: 'timeout' };
    expect(await cached.lookup('24300000')).toEqual(answer);
    expect(await cached.lookup('24300000')).toEqual(answer);
    expect(asked).toHaveLength(3);
    expect(await cached.lookup('2430')).toEqual({ status: 'invalid', message: nl.validation.kvkNumber });
    expect(asked).toHaveLength(3);
  });

  test('in front of the real adapter: the KvK is asked once for a retyped number', async () => {
    const cached = cachedKvkRegister(basisprofielRegister({ baseUrl: replay.url, apiKey: KVK_TEST_API_KEY }));
    expect(await cached.lookup('24301234')).toMatchObject({ status: 'found' });
    expect(await cached.lookup('2430 1234')).toMatchObject({ status: 'found' });
    expect(replay.requests).toHaveLength(1);
  });

  test('two questions at once are one request (and one fee)', async () => {
    const { inner, asked } = counting(found);
    const cached = cachedKvkRegister(inner);
    await Promise.all([cached.lookup('24301234'), cached.lookup('2430 1234')]);
    expect(asked).toEqual(['24301234']);
  });
});
