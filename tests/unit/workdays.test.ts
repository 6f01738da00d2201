import { describe, expect, it } from 'vitest';
import { addWorkingDays, dutchHolidays, easterSunday, isWorkingDay, workingDaysBetween } from '@/lib/workdays';

// Noon in Dordrecht (CET in winter, CEST in summer) of an ISO day.
const at = (iso: string, time = '12:00') => new Date(`${iso}T${time}:00+01:00`);

describe('working days in Dordrecht', () => {
  it('knows Easter for years whose dates are published', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it("lists 2026's public holidays, with the moving feasts", () => {
    expect([...dutchHolidays(2026).keys()]).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it("moves King's Day to the 26th when the 27th is a Sunday", () => {
    expect(dutchHolidays(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(dutchHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25')).toBe(false); // Christmas, a Friday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension Day
  });

  it('counts the working days after the day something arrived', () => {
    expect(workingDaysBetween(at('2026-12-04'), at('2026-12-04', '23:00'))).toBe(0);
    expect(workingDaysBetween(at('2026-12-04'), at('2026-12-05'))).toBe(0); // Friday → Saturday
    expect(workingDaysBetween(at('2026-12-04'), at('2026-12-07'))).toBe(1); // → Monday
    // Over Christmas: Wed 23rd → Mon 28th passes Thursday 24th only (25th and 26th are holidays).
    expect(workingDaysBetween(at('2026-12-23'), at('2026-12-28'))).toBe(2);
    expect(workingDaysBetween(at('2026-12-10'), at('2026-12-01'))).toBe(0);
  });

  it("uses Dordrecht's calendar day, not UTC's", () => {
    // 23:30 UTC on Thursday is already Friday in Dordrecht.
    expect(workingDaysBetween(new Date('2026-12-03T23:30:00Z'), at('2026-12-07'))).toBe(1);
  });

  it('finds the day a target of working days falls due', () => {
    expect(addWorkingDays(at('2026-12-03'), 3)).toBe('2026-12-08'); // Thu → Tue
    expect(addWorkingDays(at('2026-12-23'), 3)).toBe('2026-12-29'); // over Christmas
    expect(addWorkingDays(at('2026-04-30'), 3)).toBe('2026-05-06'); // over Liberation Day
  });
});
