import { requestLocale } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import type { PortalLocale } from '@/lib/i18n/locales';
import { translateMessage } from '@/lib/i18n/translate';
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

export async function GET(request: Request) {
  // The messages in the language of whoever asks (the registration's language choice, or the account's).
  // Never in the way of the answer: without a readable session (the database away), Dutch.
  const locale = await requestLocale().catch((): PortalLocale => 'nl');
  const t = portalMessages(locale);
  const unavailable = () => lookupUnavailable(t.kvkLookup.unavailable);
  try {
    const register = kvkRegister();
    if (!register) return json(404, { configured: false });

    const hit = await perHour.hit(clientAddress(request.headers));
    if (hit.limited) return tooManyLookups(t.kvkLookup.tooMany, hit.retryAfterMs);

    const lookup = await register.lookup(new URL(request.url).searchParams.get('kvkNummer') ?? '');
    switch (lookup.status) {
      case 'found':
        return json(200, { found: true, ...lookup.registration });
      case 'not-found':
        return json(200, { found: false, message: t.kvkLookup.notFound });
      case 'unavailable':
        return unavailable();
      case 'invalid':
        return json(400, { error: translateMessage(lookup.message, locale) });
    }
  } catch (error) {
    logError(error);
    return unavailable();
  }
}
