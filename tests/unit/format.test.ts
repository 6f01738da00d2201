import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatEuro } from '@/lib/i18n/format';

// nl-NL formatting as the style guide writes it: "24 november 2026", "€ 12,50", in Dutch local time.
describe('formatDate', () => {
  test('day, full month name and year', () => {
    expect(formatDate(new Date('2026-11-24T12:00:00Z'))).toBe('24 november 2026');
    expect(formatDate(new Date('2026-03-01T12:00:00Z'))).toBe('1 maart 2026');
  });
  test('uses Dutch local time, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(formatDate(new Date('2026-12-31T23:30:00Z'))).toBe('1 januari 2027');
    // Summer time (UTC+2).
    expect(formatDate(new Date('2026-06-30T22:30:00Z'))).toBe('1 juli 2026');
  });
});

describe('formatDateTime', () => {
  test('date, "om" and the time in 24-hour Dutch local time', () => {
    expect(formatDateTime(new Date('2026-11-24T12:00:00Z'))).toBe('24 november 2026 om 13:00');
    expect(formatDateTime(new Date('2026-07-05T07:05:00Z'))).toBe('5 juli 2026 om 09:05');
    expect(formatDateTime(new Date('2026-01-01T22:45:00Z'))).toBe('1 januari 2026 om 23:45');
  });
  test('contains no comma', () => {
    expect(formatDateTime(new Date('2026-11-24T12:00:00Z'))).not.toContain(',');
  });
});

describe('formatEuro', () => {
  test('cents → "€ 12,50" with a normal space', () => {
    expect(formatEuro(1250)).toBe('€ 12,50');
    expect(formatEuro(1250)).not.toContain('\u00a0');
  });
  test('whole euros, zero, cents and thousands', () => {
    expect(formatEuro(500)).toBe('€ 5,00');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123456)).toBe('€ 1.234,56');
  });
});
