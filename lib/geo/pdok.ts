import { z } from 'zod';
import { log } from '@/lib/log';
import { getText, jsonOf } from '@/lib/remote';
import { houseNumberAddition, parseAddressQuery, parsePostcodeQuery, type AddressQuery } from './schema';
import type { Address, Geocoder, PostcodePoint, UnavailableReason } from './types';

// PDOK Locatieserver v3.1: the government's free geocoder over the BAG (no key, no contract). This
// machine has no internet, so the request and the answer were checked against PDOK's documentation:
//  - PDOK's OpenAPI description (github.com/PDOK/open-api-specs, locatieserver/oas.yaml): `/free`
//    takes q (Solr syntax, terms combined with `and`), fq (default: every type), fl and rows;
//  - the release notes of 3.1 (github.com/PDOK/locatieserver, README.md): the base
//    https://api.pdok.nl/bzk/locatieserver/search/v3_1, a query parameter the specification does not
//    name is refused, `numFoundExact` is new in the envelope;
//  - the Locatieserver handbook (github.com/RijksICTGilde/handleiding-locatieserver, 02-free.Rmd):
//    fq=type:adres for addresses only, the envelope { response: { numFound, start, maxScore, docs } },
//    centroide_ll as WKT "POINT(lon lat)" in WGS84, and that the search is fuzzy (it also answers
//    with near matches);
//  - published adres documents: huisnummer a number, postcode "2022ZJ" without a space, huisletter
//    and huisnummertoevoeging absent (or "") when the address has none.

export const PDOK_TIMEOUT_MS = 2_000;
const FIELDS = 'straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaatsnaam,centroide_ll';
// More than one: 12, 12A and 12-1 all have house number 12, and PDOK orders them by score, not the
// plain number first. Ten is a small answer and covers nearly every building.
const ROWS = 10;

const optionalText = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);
const point = z
  .string()
  .transform((wkt) => (/^POINT\s*\(\s*(\S+)\s+(\S+)\s*\)$/i.exec(wkt.trim())?.slice(1) ?? []).map(Number))
  .pipe(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]));

const pdokPostcode = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[1-9][0-9]{3}[A-Z]{2}$/))
  .transform((s) => `${s.slice(0, 4)} ${s.slice(4)}`);

const pdokAddress = z.object({
  straatnaam: z.string().trim().min(1),
  huisnummer: z.union([
    z.number().int().positive(),
    z
      .string()
      .regex(/^[0-9]+$/)
      .transform(Number),
  ]),
  huisletter: optionalText,
  huisnummertoevoeging: optionalText,
  postcode: pdokPostcode,
  woonplaatsnaam: z.string().trim().min(1),
  centroide_ll: point,
});
type PdokAddress = z.infer<typeof pdokAddress>;

// A document of type `postcode`: the postcode's centroid (of its addresses), its place.
const pdokPostcodeDoc = z.object({ postcode: pdokPostcode, woonplaatsnaam: z.string().trim().min(1), centroide_ll: point });
const POSTCODE_FIELDS = 'postcode,woonplaatsnaam,centroide_ll';

// Every document must be whole: an answer we cannot fully read is no answer (the form is then filled in by hand).
const pdokAnswer = <T extends z.ZodType>(doc: T) =>
  z.object({ response: z.object({ numFound: z.number().int().min(0), docs: z.array(doc) }) });
const addressAnswer = pdokAnswer(pdokAddress);
const postcodeAnswer = pdokAnswer(pdokPostcodeDoc);

/** The real adapter. `baseUrl` is the service without `/free` (PDOK_LOCATIESERVER_URL). */
export function pdokGeocoder(options: { baseUrl: string; timeoutMs?: number }): Geocoder {
  const timeoutMs = options.timeoutMs ?? PDOK_TIMEOUT_MS;
  const failed = (reason: UnavailableReason, detail?: Record<string, unknown>) => {
    // No postcode or house number in the log: they are the person's data.
    log('warn', '[geo] PDOK Locatieserver did not answer usably; the address is filled in by hand', { reason, ...detail });
    return { ok: false as const, unavailable: reason };
  };

  /** PDOK's documents for this request, or why there are none. */
  async function ask<T extends z.ZodType>(
    url: string,
    answer: T,
  ): Promise<{ ok: true; data: z.infer<T> } | { ok: false; unavailable: UnavailableReason }> {
    const fetched = await getText(url, { headers: { accept: 'application/json' }, timeoutMs });
    if (!fetched.ok) return failed(fetched.reason, { error: fetched.error });
    if (fetched.status !== 200) return failed('http', { status: fetched.status });
    const json = jsonOf(fetched.body);
    if (json === undefined) return failed('invalid-response', { problem: 'not JSON' });
    const parsed = answer.safeParse(json);
    if (!parsed.success) return failed('invalid-response', { problem: parsed.error.issues[0]?.path.join('.') });
    return { ok: true, data: parsed.data };
  }

  return {
    name: 'pdok',
    async lookupAddress(postcode, houseNumber) {
      const input = parseAddressQuery(postcode, houseNumber);
      if (!input.ok) return { status: 'invalid', fieldErrors: input.fieldErrors };
      const { query } = input;
      const answer = await ask(requestUrl(options.baseUrl, query), addressAnswer);
      if (!answer.ok) return { status: 'unavailable', reason: answer.unavailable };
      const address = choose(answer.data.response.docs, query);
      return address ? { status: 'found', address } : { status: 'not-found' };
    },
    async lookupPostcode(value) {
      const input = parsePostcodeQuery(value);
      if (!input.ok) return { status: 'invalid', message: input.message };
      const answer = await ask(postcodeRequestUrl(options.baseUrl, input.postcode), postcodeAnswer);
      if (!answer.ok) return { status: 'unavailable', reason: answer.unavailable };
      // Fuzzy here too: only the document of exactly this postcode counts.
      const doc = answer.data.response.docs.find((d) => d.postcode === input.postcode);
      if (!doc) return { status: 'not-found' };
      const [longitude, latitude] = doc.centroide_ll;
      const point: PostcodePoint = { postcode: doc.postcode, city: doc.woonplaatsnaam, latitude, longitude };
      return { status: 'found', point };
    },
  };
}

/** The request for a postcode alone: `q=postcode:3311AB`, documents of type postcode (its centroid). */
export function postcodeRequestUrl(baseUrl: string, postcode: string): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/free`);
  url.searchParams.set('q', `postcode:${postcode.replace(' ', '')}`);
  url.searchParams.set('fq', 'type:postcode');
  url.searchParams.set('fl', POSTCODE_FIELDS);
  url.searchParams.set('rows', '5');
  return url.toString();
}

/** The request: `q=postcode:3311AB and huisnummer:12`, addresses only, only the fields we read. */
export function requestUrl(baseUrl: string, query: AddressQuery): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/free`);
  url.searchParams.set('q', `postcode:${query.postcode.replace(' ', '')} and huisnummer:${query.houseNumber}`);
  url.searchParams.set('fq', 'type:adres');
  url.searchParams.set('fl', FIELDS);
  url.searchParams.set('rows', String(ROWS));
  return url.toString();
}

/**
 * The address the form asked for. The search is fuzzy, so a document of another number or postcode
 * is no match. Of the matches, the plain number wins; an addition is only filled in when the number
 * has exactly one address, because of 12A and 12B we cannot know which is meant.
 */
function choose(docs: PdokAddress[], query: AddressQuery): Address | undefined {
  const matches = docs.filter((d) => d.postcode === query.postcode && String(d.huisnummer) === query.houseNumber);
  if (!matches.length) return undefined;
  const plain = matches.find((d) => !d.huisletter && !d.huisnummertoevoeging);
  const chosen = plain ?? matches[0];
  const addition = !plain && matches.length === 1 ? houseNumberAddition(chosen.huisletter, chosen.huisnummertoevoeging) : undefined;
  const [longitude, latitude] = chosen.centroide_ll;
  return {
    street: chosen.straatnaam,
    houseNumber: String(chosen.huisnummer),
    ...(addition ? { houseNumberAddition: addition } : {}),
    postcode: chosen.postcode,
    city: chosen.woonplaatsnaam,
    latitude,
    longitude,
  };
}
