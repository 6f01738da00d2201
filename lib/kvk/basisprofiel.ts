import { z } from 'zod';
import { houseNumberAddition } from '@/lib/geo/schema';
import { log } from '@/lib/log';
import { HOUSE_NUMBER, postcode } from '@/lib/partners/schema';
import { getText, jsonOf } from '@/lib/remote';
import { parseKvkNumber } from './schema';
import type { KvkAddress, KvkLookup, KvkRegister, UnavailableReason } from './types';

// The KvK API's Basisprofiel (v1): the statutory name and the main branch's visiting address of a
// KvK number. Paid: a subscription per API key and a fee per request (KVK_API_KEY). This machine has
// no internet, so the request and the answers were checked against the KvK's documentation:
//  - developers.kvk.nl (documentation, faq/apis): the endpoints https://api.kvk.nl/api/v1/basisprofielen
//    and /api/v2/zoeken; the key in an `apikey` header; a test environment under
//    https://api.kvk.nl/test/api/… with the public test key from the FAQ and fictional data;
//  - the OpenAPI descriptions of Basisprofiel 1.5.0 and Zoeken 2.0.0 (as vendored in
//    github.com/infonl/dimpact-zaakafhandelcomponent, src/main/resources/api-specs/kvk/):
//    GET /basisprofielen/{kvkNummer} (8 digits; only `geoData` as a query parameter) answers
//    { kvkNummer, naam, statutaireNaam, _embedded: { hoofdvestiging: { adressen }, eigenaar: { adressen } } };
//    an Adres has type "bezoekadres" or "correspondentieadres", indAfgeschermd, straatnaam, huisnummer
//    (integer), huisletter, huisnummerToevoeging, postcode ("8823SJ"), postbusnummer, plaats, land, and
//    straatHuisnummer/postcodeWoonplaats for an address abroad; an error is { fout: [{ code, omschrijving }] }
//    with 400, 401 ("geen of onjuiste apikey"), 403, 404, 406 or 500;
//  - the Basisprofiel release notes (1.2): a registration without branches has its addresses under
//    `eigenaar` instead of `hoofdvestiging`;
//  - the IPD codes (developers.kvk.nl/nl/documentation#status-codes, as listed by the R package
//    kvkapiR and others): IPD0004 (400) the number is no KvK number, IPD0005 (404) nothing can be
//    delivered for it, IPD1002/IPD1003 (404) temporarily unavailable, IPD9999 (500) a technical error;
//  - why not Zoeken v2 (free per request): its answer for a kvkNummer has the street and the city but
//    no house number or postcode ("not shown unless searched for", FAQ; the documented examples),
//    so it cannot fill in the address (ADR 0035).

export const KVK_TIMEOUT_MS = 2_000;

/** "No such registration", as KvK says it; any other refusal is unavailable, so a wrong URL is never "not found". */
const NOT_FOUND_CODES = new Set(['IPD0004', 'IPD0005']);

const optionalText = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);

// Fields the specification makes optional stay optional here (a shielded or foreign address lacks
// them); a field of the wrong type means the API changed, and then the answer is not read at all.
const kvkAddress = z.object({
  type: z.string(),
  indAfgeschermd: optionalText,
  straatnaam: optionalText,
  huisnummer: z.number().int().optional(),
  huisletter: optionalText,
  huisnummerToevoeging: optionalText,
  postcode: optionalText,
  postbusnummer: z.number().int().optional(),
  plaats: optionalText,
  land: optionalText,
});
type BasisprofielAddress = z.infer<typeof kvkAddress>;

const withAddresses = z.object({ adressen: z.array(kvkAddress).optional() });

const basisprofiel = z.object({
  kvkNummer: z.string().regex(/^[0-9]{8}$/),
  naam: optionalText,
  statutaireNaam: optionalText,
  _embedded: z.object({ hoofdvestiging: withAddresses.optional(), eigenaar: withAddresses.optional() }).optional(),
});

const kvkError = z.object({ fout: z.array(z.object({ code: z.string() })).min(1) });

/** The real adapter. `baseUrl` is the API without the version (KVK_API_URL), e.g. https://api.kvk.nl/api. */
export function basisprofielRegister(options: { baseUrl: string; apiKey: string; timeoutMs?: number }): KvkRegister {
  const timeoutMs = options.timeoutMs ?? KVK_TIMEOUT_MS;
  const unavailable = (reason: UnavailableReason, detail?: Record<string, unknown>): KvkLookup => {
    // Neither the KvK number (whose registration someone is filling in) nor, of course, the key.
    log('warn', '[kvk] the KvK API did not answer usably; the form is filled in by hand', { reason, ...detail });
    return { status: 'unavailable', reason };
  };

  return {
    name: 'kvk-basisprofiel',
    async lookup(kvkNumber) {
      const input = parseKvkNumber(kvkNumber);
      if (!input.ok) return { status: 'invalid', message: input.message };

      const fetched = await getText(requestUrl(options.baseUrl, input.kvkNumber), {
        // The specification lists hal+json for the error answers and both for the profile.
        headers: { apikey: options.apiKey, accept: 'application/json, application/hal+json' },
        timeoutMs,
      });
      if (!fetched.ok) return unavailable(fetched.reason, { error: fetched.error });
      const json = jsonOf(fetched.body);

      if (fetched.status !== 200) {
        const codes = errorCodes(json);
        if ((fetched.status === 400 || fetched.status === 404) && codes.some((code) => NOT_FOUND_CODES.has(code))) {
          return { status: 'not-found' };
        }
        const keyRefused = fetched.status === 401 || fetched.status === 403;
        return unavailable('http', { status: fetched.status, codes, ...(keyRefused ? { hint: 'KVK_API_KEY refused' } : {}) });
      }

      if (json === undefined) return unavailable('invalid-response', { problem: 'not JSON' });
      const answer = basisprofiel.safeParse(json);
      if (!answer.success) return unavailable('invalid-response', { problem: answer.error.issues[0]?.path.join('.') });
      const { kvkNummer, statutaireNaam, naam, _embedded } = answer.data;
      const legalName = statutaireNaam ?? naam;
      if (kvkNummer !== input.kvkNumber) return unavailable('invalid-response', { problem: 'kvkNummer differs' });
      if (!legalName) return unavailable('invalid-response', { problem: 'naam' });

      // The main branch's address when there is a main branch, even when it is abroad or shielded:
      // the owner's address is another place. Without branches the KvK puts the addresses at the owner.
      const addresses = (_embedded?.hoofdvestiging ?? _embedded?.eigenaar)?.adressen ?? [];
      const visitAddress = dutchVisitAddress(addresses);
      return { status: 'found', registration: { kvkNumber, legalName, ...(visitAddress ? { visitAddress } : {}) } };
    },
  };
}

/** GET {base}/v1/basisprofielen/24301234, without geoData: we do not read the point. */
export function requestUrl(baseUrl: string, kvkNumber: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/basisprofielen/${kvkNumber}`;
}

/** The codes of KvK's error answer ({ fout: [{ code, omschrijving }] }); none for another body. */
function errorCodes(json: unknown): string[] {
  const parsed = kvkError.safeParse(json);
  return parsed.success ? parsed.data.fout.map((f) => f.code) : [];
}

/**
 * The visiting address in the form's fields, when it is a whole Dutch street address: not shielded
 * (indAfgeschermd "Ja"), not abroad, not a PO box, with street, number, postcode and place — half an
 * address is worse than none, which the person then types.
 */
function dutchVisitAddress(addresses: BasisprofielAddress[]): KvkAddress | undefined {
  const visit = addresses.find((a) => a.type.toLowerCase() === 'bezoekadres');
  if (!visit || visit.indAfgeschermd?.toLowerCase() === 'ja' || visit.postbusnummer !== undefined) return undefined;
  if (visit.land && visit.land.toLowerCase() !== 'nederland') return undefined;
  const dutchPostcode = postcode.safeParse(visit.postcode);
  const houseNumber = String(visit.huisnummer ?? '');
  if (!visit.straatnaam || !HOUSE_NUMBER.test(houseNumber) || !dutchPostcode.success || !visit.plaats) return undefined;
  const addition = houseNumberAddition(visit.huisletter, visit.huisnummerToevoeging);
  return {
    street: visit.straatnaam,
    houseNumber,
    ...(addition ? { houseNumberAddition: addition } : {}),
    postcode: dutchPostcode.data,
    city: visit.plaats,
  };
}
