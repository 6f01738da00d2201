import { todayInDordrecht } from '@/lib/i18n/format';

// Working days in Dordrecht (issue 18): the editors' "binnen enkele dagen" target and the partner's
// reminders count Monday to Friday, without the public holidays the municipality's staff have off
// (Cao Gemeenten): New Year's Day, Good Friday, Easter Monday, King's Day, Liberation Day (every year),
// Ascension Day, Whit Monday, Christmas and Boxing Day. Dates are ISO days (YYYY-MM-DD) on Dordrecht's
// clock, so a day is the same day for every instance, whatever its time zone.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Easter Sunday of a year (the anonymous Gregorian algorithm), as an ISO day. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Map<string, string>>();

/** The public holidays of a year that fall on a weekday or weekend, ISO day → Dutch name. */
export function dutchHolidays(year: number): Map<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = dayNumber(easterSunday(year));
  const fixed = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? fixed(4, 26) : fixed(4, 27);
  const days = new Map<string, string>([
    [fixed(1, 1), 'Nieuwjaarsdag'],
    [isoOf(easter - 2), 'Goede Vrijdag'],
    [isoOf(easter), 'Eerste Paasdag'],
    [isoOf(easter + 1), 'Tweede Paasdag'],
    [kingsDay, 'Koningsdag'],
    [fixed(5, 5), 'Bevrijdingsdag'],
    [isoOf(easter + 39), 'Hemelvaartsdag'],
    [isoOf(easter + 49), 'Eerste Pinksterdag'],
    [isoOf(easter + 50), 'Tweede Pinksterdag'],
    [fixed(12, 25), 'Eerste Kerstdag'],
    [fixed(12, 26), 'Tweede Kerstdag'],
  ]);
  holidayCache.set(year, days);
  return days;
}

/** Is this ISO day a working day: Monday to Friday and no public holiday? */
export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !dutchHolidays(Number(iso.slice(0, 4))).has(iso);
}

/**
 * Working days from one moment to another, on Dordrecht's calendar: the working days after the day
 * of `from` up to and including the day of `to`. Something that arrived on Friday has waited 1 working
 * day on Monday, and 0 on the Saturday; a later `from` than `to` gives 0.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = dayNumber(todayInDordrecht(from));
  const end = dayNumber(todayInDordrecht(to));
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingDay(isoOf(day))) count++;
  return count;
}

/** The ISO day that is `days` working days after the day of `from` (the day a target falls due). */
export function addWorkingDays(from: Date, days: number): string {
  let day = dayNumber(todayInDordrecht(from));
  for (let left = days; left > 0;) {
    day++;
    if (isWorkingDay(isoOf(day))) left--;
  }
  return isoOf(day);
}
