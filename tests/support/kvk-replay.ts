import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KvkRegistration } from '@/lib/kvk';
import { localServer, send, type Handler } from './stand-in';

// A stand-in for the KvK API's Basisprofiel that replays the answers in tests/fixtures/kvk (their
// README says which is which), so the real adapter's HTTP code (lib/kvk/basisprofiel.ts) is what the
// tests run. Like the KvK it wants its key in the `apikey` header (401 without it or with another
// one) and refuses a query parameter its specification does not name (400, IPD1999: release notes
// 1.1.1). The 401's body follows the specification's Error shape with its description; what the
// KvK's gateway really sends there is not known here, and the adapter does not read it. Without
// internet the dev server can use it too:
//   npx tsx tests/support/kvk-replay.ts             (prints KVK_API_URL and KVK_API_KEY)

export type { StandIn } from './stand-in';

export const FIXTURES = fileURLToPath(new URL('../fixtures/kvk/', import.meta.url));
/** The KvK's public key for its test environment (developers.kvk.nl, FAQ); the stand-in wants this one. */
export const KVK_TEST_API_KEY = 'l7xx1f2691f2520d487b902f4e0b57a0b197';
const BASE_PATH = '/api';
// The query parameters of GET /basisprofielen/{kvkNummer} in the KvK's OpenAPI description.
const PARAMETERS = new Set(['geoData']);

const fout = (code: string | undefined, omschrijving: string) => JSON.stringify({ fout: [{ ...(code ? { code } : {}), omschrijving }] });

/** A local server on `port` (default: a free one) at the KvK API's path with this handler: the replay below, or a broken KvK in a test. */
export const standIn = (handler: Handler, port = 0) => localServer(handler, { basePath: BASE_PATH, port });

/** GET /api/v1/basisprofielen/24301234 → 24301234.json (200) or 24301234.<status>.json. */
export const replay: Handler = async (request, response, url) => {
  if (request.headers.apikey !== KVK_TEST_API_KEY) return send(response, 401, fout(undefined, 'Geen of onjuiste apikey aangeleverd'));
  const match = /^\/api\/v1\/basisprofielen\/([0-9]{8})$/.exec(url.pathname);
  if (!match) return send(response, 404, 'no recording for this kind of question', 'text/plain');
  const unknown = [...url.searchParams.keys()].filter((name) => !PARAMETERS.has(name));
  if (unknown.length) {
    return send(response, 400, fout('IPD1999', `De volgende opgegeven parameter(s) is (zijn) ongeldig: ${unknown.join(', ')}`));
  }
  const file = (await readdir(FIXTURES)).find((name) => new RegExp(`^${match[1]}(\\.[0-9]{3})?\\.json$`).test(name));
  if (!file) return send(response, 404, `no recording for ${match[1]} in tests/fixtures/kvk`, 'text/plain');
  const status = Number(/\.([0-9]{3})\.json$/.exec(file)?.[1] ?? 200);
  send(response, status, await readFile(`${FIXTURES}${file}`, 'utf8'));
};

/** What tests/fixtures/kvk/24301234.json reads as: the BV's statutory name, its main branch's visiting address. */
export const STOOMKOFFIE: KvkRegistration = {
  kvkNumber: '24301234',
  legalName: 'Dordtse Stoomkoffie B.V.',
  visitAddress: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 AB', city: 'Dordrecht' },
};

/** The replay stand-in, on `port` (default: a free one). */
export const startKvkReplay = (port = 0) => standIn(replay, port);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = await startKvkReplay();
  console.log(`KvK stand-in: KVK_API_URL=${started.url} KVK_API_KEY=${KVK_TEST_API_KEY}`);
}
