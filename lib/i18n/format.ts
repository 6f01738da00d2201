// nl-NL formatting: "24 november 2026", "€ 12,50". Times are shown in Dutch local time. The public
// site's functions take a language too (issue 21): the same day, amount or distance as that language writes it.
import { LOCALES, type Locale } from './locales';

const TIME_ZONE = 'Europe/Amsterdam';

/** One Intl formatter per language and kind, made on first use (making one costs far more than using it). */
function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(LOCALES[locale].intl)));
    return f;
  };
}

const dateFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
);
const dateTimeFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    }),
);
const euroFormat = perLocale((tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }));

/** "24 november 2026" (English: "24 November 2026"), in Dordrecht's calendar. */
export function formatDate(d: Date, locale: Locale = 'nl'): string {
  return dateFormat(locale).format(d);
}

const shortDate = perLocale((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: TIME_ZONE }));
const shortDateYear = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }),
);

/** "2 dec." (with the year when it is not this year's: "2 dec. 2025"), for lists. */
export function formatShortDate(d: Date, now = new Date(), locale: Locale = 'nl'): string {
  return (todayInDordrecht(d).slice(0, 4) === todayInDordrecht(now).slice(0, 4) ? shortDate : shortDateYear)(locale).format(d);
}

// A calendar day has no time zone: it is formatted as the UTC midnight it is stored as.
const isoDateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const isoDayMonthFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }));

/**
 * A calendar day "2026-11-30" → "30 november 2026" (with `year: false`, "30 november"; in English
 * "30 November 2026"); what is not such a day comes back as typed.
 */
export function formatIsoDate(iso: string, { year = true } = {}, locale: Locale = 'nl'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!Number.isFinite(y) || !m || !d) return iso;
  return (year ? isoDateFormat : isoDayMonthFormat)(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The calendar day "YYYY-MM-DD" of a date stored as UTC midnight (a `@db.Date` column, a `Date.UTC(…)`). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An address on one line: "Wielenpad 4 A, 3311 AB Dordrecht" (the addition only when there is one). */
export function formatAddress(a: { street: string; houseNumber: string; addition: string; postcode: string; city: string }): string {
  return `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}, ${a.postcode} ${a.city}`;
}

/** "24 november 2026 om 14:05" (English: "24 November 2026 at 14:05"), Dordrecht's clock. */
export function formatDateTime(d: Date, locale: Locale = 'nl'): string {
  const text = dateTimeFormat(locale).format(d);
  return locale === 'nl' ? text.replace(',', ' om') : locale === 'en' ? text.replace(/,? at |, /, ' at ') : text;
}

/** Amount in cents → "€ 12,50" (with a normal space, as the style guide writes it); always euros, written as the language does ("€12.50"). */
export function formatEuro(cents: number, locale: Locale = 'nl'): string {
  return euroFormat(locale)
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');
}

const percentFormat = perLocale((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }));

/** 25 → "25%" (Dutch, English), "%25" (Turkish), "25 %" (Polish). */
export function formatPercent(percent: number, locale: Locale = 'nl'): string {
  return percentFormat(locale)
    .format(percent / 100)
    .replace(/\u00a0/g, ' ');
}

/** "€ 12,50", "12,5", "12.50", "1.250,00" → cents; null when it is not an amount. */
export function parseEuro(input: string): number | null {
  const s = input.replace(/€|\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(s)) return null;
  // A comma is the decimal sign; a dot is one only when there is no comma and ≤ 2 digits follow.
  const normalised = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : /\.\d{3}$/.test(s) ? s.replace(/\./g, '') : s;
  const value = Math.round(Number(normalised) * 100);
  return Number.isFinite(value) ? value : null;
}

// Made once: a new Intl.DateTimeFormat with a time zone costs a few hundred microseconds, and these run
// on every request (the Cache-Control of every cached page, scripts/server.ts; the public pages' cache keys).
const isoDayInDordrecht = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const hourInDordrecht = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });

/** Today's date in Dordrecht as YYYY-MM-DD. */
export function todayInDordrecht(now = new Date()): string {
  return isoDayInDordrecht.format(now);
}

/** The next midnight in Dordrecht after the instant `at` (ms), also on the days the clock changes. */
function nextMidnight(at: number): number {
  const [y, m, d] = isoDayInDordrecht.format(at).split('-').map(Number);
  const tomorrowUtc = Date.UTC(y, m - 1, d + 1);
  // Dordrecht's clock at that UTC midnight is 01:00 (winter) or 02:00 (summer): midnight was that long before.
  return tomorrowUtc - Number(hourInDordrecht.format(tomorrowUtc)) * 3_600_000;
}

// The last midnight computed and the instant it was computed for: every instant from that one up to
// the midnight has the same next midnight (none lies between), whatever order the calls come in.
let midnight = { from: Infinity, until: -Infinity };

/** Seconds until the next midnight in Dordrecht, also on the days the clock changes. */
export function secondsUntilMidnight(now = new Date()): number {
  const at = now.getTime();
  if (!(at >= midnight.from && at < midnight.until)) midnight = { from: at, until: nextMidnight(at) };
  return Math.ceil((midnight.until - at) / 1000);
}

/** Seconds until the next midnight in Dordrecht, at least a minute (a cache lifetime that is never 0). */
export function secondsUntilTomorrow(now = new Date()): number {
  return Math.max(60, secondsUntilMidnight(now));
}

const oneDecimal = perLocale((tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const wholeNumber = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));

/** A distance as a card says it: "350 m" under a kilometre (to 10 m), "1,2 km" under 10 km, "12 km" beyond. */
export function formatDistance(km: number, locale: Locale = 'nl'): string {
  if (km < 0.995) return `${Math.max(10, Math.round(km * 100) * 10)} m`;
  if (km < 9.95) return `${oneDecimal(locale).format(Math.round(km * 10) / 10)} km`;
  return `${wholeNumber(locale).format(Math.round(km))} km`;
}
