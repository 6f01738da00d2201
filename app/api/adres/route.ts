import { geocoder, LOOKUPS_PER_HOUR } from '@/lib/geo';
import { nl } from '@/lib/i18n/nl';
import { clientAddress } from '@/lib/limits/client-address';
import { counter } from '@/lib/limits/limiter';
import { logError } from '@/lib/log';
import { lookupJson as json, lookupUnavailable, tooManyLookups } from '@/lib/lookup-response';

export const dynamic = 'force-dynamic';

// GET /api/adres?postcode=3311AB&huisnummer=12: the street and city for the registration form
// (ADR 0034). Public, because whoever registers has no session yet, so limited per client address;
// counted before the work, as the photo upload. Every answer is the form's to act on:
//   200 { found: true, street, houseNumber, houseNumberAddition?, postcode, city, latitude, longitude }
//   200 { found: false, message }        no such address: the person checks the input or types it
//   200 { unavailable: true, message }   PDOK slow or down, or something of ours: typed by hand
//       (a 200, not a 503: lib/lookup-response.ts)
//   400 { error, fieldErrors }           not a postcode or house number (never sent to PDOK)
//   429 { error } + Retry-After          too many lookups from this address
const perHour = counter('address-lookup-hour', LOOKUPS_PER_HOUR, 60 * 60);

const unavailable = () => lookupUnavailable(nl.addressLookup.unavailable);

export async function GET(request: Request) {
  try {
    const hit = await perHour.hit(clientAddress(request.headers));
    if (hit.limited) return tooManyLookups(nl.addressLookup.tooMany, hit.retryAfterMs);

    const params = new URL(request.url).searchParams;
    const lookup = await geocoder().lookupAddress(params.get('postcode') ?? '', params.get('huisnummer') ?? '');
    switch (lookup.status) {
      case 'found':
        return json(200, { found: true, ...lookup.address });
      case 'not-found':
        return json(200, { found: false, message: nl.addressLookup.notFound });
      case 'unavailable':
        return unavailable();
      case 'invalid': {
        // The parameters' own (Dutch) names, so the form can put each message at its field.
        const { postcode, houseNumber } = lookup.fieldErrors;
        const fieldErrors = { ...(postcode ? { postcode } : {}), ...(houseNumber ? { huisnummer: houseNumber } : {}) };
        return json(400, { error: postcode ?? houseNumber, fieldErrors });
      }
    }
  } catch (error) {
    logError(error);
    return unavailable();
  }
}
