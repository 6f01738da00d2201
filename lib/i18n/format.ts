// nl-NL formatting: "24 november 2026", "€ 12,50". Times are shown in Dutch local time.
const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: TIME_ZONE });
const shortDateYear = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE });

/** "2 dec." (with the year when it is not this year's: "2 dec. 2025"), for lists. */
export function formatShortDate(d: Date, now = new Date()): string {
  return (todayInDordrecht(d).slice(0, 4) === todayInDordrecht(now).slice(0, 4) ? shortDate : shortDateYear).format(d);
}

// A calendar day has no time zone: it is formatted as the UTC midnight it is stored as.
const isoDateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const isoDayMonthFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * A calendar day "2026-11-30" → "30 november 2026" (with `year: false`, "30 november"); what is not
 * such a day comes back as typed.
 */
export function formatIsoDate(iso: string, { year = true } = {}): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!Number.isFinite(y) || !m || !d) return iso;
  return (year ? isoDateFormat : isoDayMonthFormat).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The calendar day "YYYY-MM-DD" of a date stored as UTC midnight (a `@db.Date` column, a `Date.UTC(…)`). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An address on one line: "Wielenpad 4 A, 3311 AB Dordrecht" (the addition only when there is one). */
export function formatAddress(a: { street: string; houseNumber: string; addition: string; postcode: string; city: string }): string {
  return `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}, ${a.postcode} ${a.city}`;
}

export function formatDateTime(d: Date): string {
  return dateTimeFormat.format(d).replace(',', ' om');
}

/** Amount in cents → "€ 12,50" (with a normal space, as the style guide writes it). */
export function formatEuro(cents: number): string {
  return euroFormat.format(cents / 100).replace(/\u00a0/g, ' ');
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

/** A distance as a card says it: "350 m" under a kilometre (to 10 m), "1,2 km" under 10 km, "12 km" beyond. */
export function formatDistance(km: number): string {
  if (km < 0.995) return `${Math.max(10, Math.round(km * 100) * 10)} m`;
  if (km < 9.95) return `${(Math.round(km * 10) / 10).toFixed(1).replace('.', ',')} km`;
  return `${Math.round(km).toLocaleString('nl-NL')} km`;
}
