import { geocoder, LOOKUPS_PER_HOUR } from '@/lib/geo';
import { requestLocale } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import type { PortalLocale } from '@/lib/i18n/locales';
import { translateMessage } from '@/lib/i18n/translate';
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

export async function GET(request: Request) {
  // The messages in the language of whoever asks (the registration's language choice, or the account's).
  // Never in the way of the answer: without a readable session (the database away), Dutch.
  const locale = await requestLocale().catch((): PortalLocale => 'nl');
  const t = portalMessages(locale);
  const unavailable = () => lookupUnavailable(t.addressLookup.unavailable);
  try {
    const hit = await perHour.hit(clientAddress(request.headers));
    if (hit.limited) return tooManyLookups(t.addressLookup.tooMany, hit.retryAfterMs);

    const params = new URL(request.url).searchParams;
    const lookup = await geocoder().lookupAddress(params.get('postcode') ?? '', params.get('huisnummer') ?? '');
    switch (lookup.status) {
      case 'found':
        return json(200, { found: true, ...lookup.address });
      case 'not-found':
        return json(200, { found: false, message: t.addressLookup.notFound });
      case 'unavailable':
        return unavailable();
      case 'invalid': {
        // The parameters' own (Dutch) names, so the form can put each message at its field.
        const say = (message: string | undefined) => (message === undefined ? undefined : translateMessage(message, locale));
        const postcode = say(lookup.fieldErrors.postcode);
        const houseNumber = say(lookup.fieldErrors.houseNumber);
        const fieldErrors = { ...(postcode ? { postcode } : {}), ...(houseNumber ? { huisnummer: houseNumber } : {}) };
        return json(400, { error: postcode ?? houseNumber, fieldErrors });
      }
    }
  } catch (error) {
    logError(error);
    return unavailable();
  }
}
