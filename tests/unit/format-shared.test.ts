import { describe, expect, test } from 'vitest';
import { startDay } from '@/components/catalog/Catalog';
import { formatAddress, formatIsoDate, toIsoDate } from '@/lib/i18n/format';
import { orgName } from '@/lib/partners/names';

// The small formatters every page, mail and history entry shares (lib/i18n/format.ts,
// lib/partners/names.ts): one copy each, so the same thing reads the same everywhere.

describe('formatIsoDate', () => {
  test('a calendar day in Dutch, with or without its year, never shifted by a time zone', () => {
    expect(formatIsoDate('2026-11-30')).toBe('30 november 2026');
    expect(formatIsoDate('2027-01-01')).toBe('1 januari 2027');
    expect(formatIsoDate('2026-03-29', { year: false })).toBe('29 maart');
  });

  test('what is not a calendar day comes back as typed', () => {
    expect(formatIsoDate('')).toBe('');
    expect(formatIsoDate('morgen')).toBe('morgen');
    expect(formatIsoDate('2026-13')).toBe('2026-13');
  });

  test("the catalog's first day of an action: the year only when it is not this year's", () => {
    expect(startDay('2026-12-01', '2026-11-30')).toBe('1 december');
    expect(startDay('2027-01-04', '2026-11-30')).toBe('4 januari 2027');
  });
});

describe('toIsoDate', () => {
  test('the calendar day of a date stored as UTC midnight', () => {
    expect(toIsoDate(new Date(Date.UTC(2026, 10, 30)))).toBe('2026-11-30');
    expect(toIsoDate(new Date(Date.UTC(2028, 2, 0)))).toBe('2028-02-29');
    expect(formatIsoDate(toIsoDate(new Date('2027-01-01T00:00:00Z')))).toBe('1 januari 2027');
  });
});

describe('formatAddress', () => {
  test('street, number and addition, then postcode and city', () => {
    const address = { street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' };
    expect(formatAddress(address)).toBe('Wielenpad 4, 3311 AB Dordrecht');
    expect(formatAddress({ ...address, addition: 'A' })).toBe('Wielenpad 4 A, 3311 AB Dordrecht');
  });
});

describe('orgName', () => {
  test('the display name when there is one, else the legal name', () => {
    expect(orgName({ displayName: 'De Wielen', legalName: 'Zwembad De Wielen B.V.' })).toBe('De Wielen');
    expect(orgName({ displayName: null, legalName: 'Zwembad De Wielen B.V.' })).toBe('Zwembad De Wielen B.V.');
    expect(orgName({ displayName: '', legalName: 'Zwembad De Wielen B.V.' })).toBe('Zwembad De Wielen B.V.');
  });
});
