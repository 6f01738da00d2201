import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { fieldErrorsOf } from '@/lib/forms';
import { locationFormSchema, locationFormValues, normaliseTime } from '@/lib/locations/schema';

// The location form's rules (lib/locations/schema.ts): the address as at registration, an optional
// phone, per weekday up to two times (from before to, the second after the first), a remark.

const t = nl.locations.validation;
const base = { name: 'Buitenbad Wantijpark', postcode: '3314lt', houseNumber: '6', street: 'Wantijdijk', city: 'Dordrecht' };
const errors = (form: Record<string, string>) => {
  const parsed = locationFormSchema.safeParse({ ...base, ...form });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('the location form', () => {
  test('no hours at all is "not given"; an empty phone is none; the postcode as "3314 LT"', () => {
    expect(locationFormSchema.parse({ ...base, phone: ' ' })).toMatchObject({
      postcode: '3314 LT',
      phone: null,
      openingHours: null,
      hoursRemark: '',
      locationId: '',
    });
  });

  test('hours per weekday: a day left empty is closed; two times a day; typed times are read as the browser sends them', () => {
    const parsed = locationFormSchema.parse({
      ...base,
      maFrom1: '9:00',
      maTo1: '12.30',
      maFrom2: '13:30',
      maTo2: '1700',
      zaFrom1: '10:00',
      zaTo1: '16:00',
      phone: '078 123 4567',
    });
    expect(parsed.openingHours).toEqual({
      ma: [
        { from: '09:00', to: '12:30' },
        { from: '13:30', to: '17:00' },
      ],
      di: [],
      wo: [],
      do: [],
      vr: [],
      za: [{ from: '10:00', to: '16:00' }],
      zo: [],
    });
    expect(parsed.phone).toBe('0781234567');
    // And back into the form, for "Wijzigen".
    expect(locationFormValues({ ...parsed, hoursRemark: '' })).toMatchObject({
      maFrom1: '09:00',
      maTo2: '17:00',
      diFrom1: '',
      zaTo1: '16:00',
      phone: '0781234567',
    });
  });

  test('each wrong time has its Dutch message on its own field', () => {
    expect(errors({ maFrom1: '17:00', maTo1: '09:00' })).toEqual({ maTo1: [t.toBeforeFrom] });
    expect(errors({ diFrom1: '09:00' })).toEqual({ diTo1: [t.toMissing] });
    expect(errors({ woTo1: '17:00' })).toEqual({ woFrom1: [t.fromMissing] });
    expect(errors({ doFrom1: '25:00', doTo1: 'later' })).toEqual({ doFrom1: [t.time], doTo1: [t.time] });
    expect(errors({ vrFrom1: '09:00', vrTo1: '13:00', vrFrom2: '12:00', vrTo2: '17:00' })).toEqual({ vrFrom2: [t.overlap] });
    expect(errors({ zoFrom1: '10:00', zoTo1: '10:00' })).toEqual({ zoTo1: [t.toBeforeFrom] });
  });

  test('name, address and remark as the form asks them, every error at once', () => {
    const all = errors({
      name: '',
      postcode: '0000',
      houseNumber: 'x',
      street: '',
      city: '',
      hoursRemark: 'x'.repeat(201),
      maFrom1: '17:00',
      maTo1: '08:00',
    });
    expect(Object.keys(all).sort()).toEqual(['city', 'hoursRemark', 'houseNumber', 'maTo1', 'name', 'postcode', 'street']);
    expect(all.name).toEqual([t.name]);
    expect(all.hoursRemark).toEqual([t.remarkTooLong]);
    expect(errors({ phone: '12345' })).toEqual({ phone: [nl.validation.phone] });
  });

  test('times: "9:00", "09.00", "0900" are 09:00; empty is not given; anything else is refused', () => {
    expect(['9:00', '09.00', '0900', ' 09:00 '].map(normaliseTime)).toEqual(['09:00', '09:00', '09:00', '09:00']);
    expect(normaliseTime('')).toBe('');
    expect(['24:00', '9', 'negen', '12:60', '9:5'].map(normaliseTime)).toEqual([null, null, null, null, null]);
  });
});
