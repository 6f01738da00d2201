import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Address } from '@/lib/geo';
import { localServer, send as answer, type Handler, type StandIn } from './stand-in';

// A stand-in for PDOK Locatieserver v3.1 that replays the answers in tests/fixtures/pdok (their
// README says which is which), so the real adapter's HTTP code (lib/geo/pdok.ts) is what the tests
// run. Like PDOK 3.1 it refuses a query parameter its specification does not name. Without internet
// the dev server can use it too:
//   npx tsx tests/support/pdok-replay.ts            (prints the URL for PDOK_LOCATIESERVER_URL)

export type { StandIn };

export const FIXTURES = fileURLToPath(new URL('../fixtures/pdok/', import.meta.url));
// The parameters of `/free` in PDOK's OpenAPI description (PDOK/open-api-specs, locatieserver/oas.yaml).
const FREE_PARAMETERS = new Set(['q', 'fl', 'sort', 'df', 'rows', 'start', 'wt', 'indent', 'lat', 'lon', 'fq']);
const BASE_PATH = '/bzk/locatieserver/search/v3_1';

/** A local server on `port` (default: a free one) at PDOK's path with this handler: the replay below, or a broken PDOK in a test. */
export const standIn = (handler: Handler, port = 0) => localServer(handler, { basePath: BASE_PATH, port });

/** `q=postcode:3311AB and huisnummer:12` (type adres) → 3311AB-12.json; `q=postcode:3311AB` (type postcode) → 3311AB.json. */
export const replay: Handler = async (_request, response, url) => {
  const send = (status: number, body: string, type?: string) => answer(response, status, body, type);
  if (!url.pathname.endsWith('/free')) return send(404, '{"message":"not found"}');
  const unknown = [...url.searchParams.keys()].filter((name) => !FREE_PARAMETERS.has(name));
  if (unknown.length) return send(400, JSON.stringify({ message: `unknown query parameter(s): ${unknown.join(', ')}` }));
  const q = url.searchParams.get('q') ?? '';
  const fq = url.searchParams.get('fq');
  const address = /^postcode:([0-9]{4}[A-Z]{2}) and huisnummer:([0-9]+)$/.exec(q);
  const postcode = /^postcode:([0-9]{4}[A-Z]{2})$/.exec(q);
  const file =
    address && fq === 'type:adres' ? `${address[1]}-${address[2]}.json` : postcode && fq === 'type:postcode' ? `${postcode[1]}.json` : null;
  if (!file) return send(404, 'no recording for this kind of question', 'text/plain');
  const body = await readFile(`${FIXTURES}${file}`, 'utf8').catch(() => undefined);
  if (body === undefined) return send(404, `no recording ${file} in tests/fixtures/pdok`, 'text/plain');
  send(200, body);
};

/** The address tests/fixtures/pdok/3311AB-12.json reads as. */
export const VOORSTRAAT_12: Address = {
  street: 'Voorstraat',
  houseNumber: '12',
  postcode: '3311 AB',
  city: 'Dordrecht',
  latitude: 51.81541985,
  longitude: 4.66412237,
};

/** The base URL of a stand-in on this port (PDOK_LOCATIESERVER_URL). */
export const pdokStandInUrl = (port: number) => `http://127.0.0.1:${port}${BASE_PATH}`;

/** The replay stand-in, on `port` (default: a free one). */
export const startPdokReplay = (port = 0) => standIn(replay, port);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = await startPdokReplay();
  console.log(`PDOK stand-in: PDOK_LOCATIESERVER_URL=${started.url}`);
}
