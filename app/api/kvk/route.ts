import { nl } from '@/lib/i18n/nl';
import { KVK_LOOKUPS_PER_HOUR, kvkRegister } from '@/lib/kvk';
import { clientAddress } from '@/lib/limits/client-address';
import { counter } from '@/lib/limits/limiter';
import { logError } from '@/lib/log';
import { lookupJson as json, lookupUnavailable, tooManyLookups } from '@/lib/lookup-response';

export const dynamic = 'force-dynamic';

// GET /api/kvk?kvkNummer=24301234: the legal name and visiting address for the registration form
// (ADR 0035), only when a KVK_API_KEY is configured. Public like /api/adres (whoever registers has no
// session yet), so limited per client address with its own, smaller counter (each lookup costs
// money), counted before the work. Every answer is the form's to act on:
//   404 { configured: false }            no key: the form offers no lookup and is filled in as before
//   200 { found: true, kvkNumber, legalName, visitAddress? }
//   200 { found: false, message }        no such registration: the person checks the number
//   200 { unavailable: true, message }   the KvK slow, down or refusing our key, or something of ours
//   400 { error }                        not a KvK number (never sent to the KvK)
//   429 { error } + Retry-After          too many lookups from this address
const perHour = counter('kvk-lookup-hour', KVK_LOOKUPS_PER_HOUR, 60 * 60);

const unavailable = () => lookupUnavailable(nl.kvkLookup.unavailable);

export async function GET(request: Request) {
  try {
    const register = kvkRegister();
    if (!register) return json(404, { configured: false });

    const hit = await perHour.hit(clientAddress(request.headers));
    if (hit.limited) return tooManyLookups(nl.kvkLookup.tooMany, hit.retryAfterMs);

    const lookup = await register.lookup(new URL(request.url).searchParams.get('kvkNummer') ?? '');
    switch (lookup.status) {
      case 'found':
        return json(200, { found: true, ...lookup.registration });
      case 'not-found':
        return json(200, { found: false, message: nl.kvkLookup.notFound });
      case 'unavailable':
        return unavailable();
      case 'invalid':
        return json(400, { error: lookup.message });
    }
  } catch (error) {
    logError(error);
    return unavailable();
  }
}
