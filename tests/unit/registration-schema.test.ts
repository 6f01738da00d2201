import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { fieldErrorsOf } from '@/lib/forms';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { TERMS_VERSION } from '@/lib/partners/terms';
import { DESCRIPTION_MAX, PARTNER_TYPES, contactSchema, registrationSchema } from '@/lib/partners/schema';
import { validRegistrationForm } from '../support/registration';

// The registration form's rules, as the server applies them to what the browser posts.
const v = nl.validation;

// validRegistrationForm() numbers its KvK number with a counter that outgrows 8 digits after 99 calls,
// so these tests fix the KvK number (uniqueness does not matter here).
function form(overrides: Record<string, string | undefined> = {}) {
  return validRegistrationForm({ kvkNumber: '12345678', username: 'sportclub', email: 'info@sportclub.nl', ...overrides });
}

function parse(overrides: Record<string, string | undefined> = {}) {
  return registrationSchema.safeParse(form(overrides));
}

/** Parses a form that must be valid and returns the service input. */
function ok(overrides: Record<string, string | undefined> = {}) {
  const result = parse(overrides);
  if (!result.success) throw new Error(`expected a valid form, got ${JSON.stringify(fieldErrorsOf(result.error))}`);
  return result.data;
}

/** Parses a form that must be invalid and returns its errors by field. */
function errors(overrides: Record<string, string | undefined> = {}) {
  const result = parse(overrides);
  expect(result.success, `expected ${JSON.stringify(overrides)} to be refused`).toBe(false);
  return fieldErrorsOf(result.error!);
}

/** The form is refused with exactly one field in error, with exactly this message. */
function expectOnly(overrides: Record<string, string | undefined>, field: string, message: string) {
  expect(errors(overrides)).toEqual({ [field]: [message] });
}

describe('registrationSchema: a complete form', () => {
  test('the valid form from the browser passes and is turned into service input', () => {
    const data = ok();
    expect(data.showDisplayName).toBe(false);
    expect(data.differentPostalAddress).toBe(false);
    expect(data.acceptTerms).toBe(true);
    expect(data.termsVersion).toBe(TERMS_VERSION);
    expect(data.displayName).toBe('');
    expect(data.postalPostcode).toBe('');
    expect(data.phone).toBe('0781234567');
  });
});

describe('legalName', () => {
  test('is required', () => {
    expectOnly({ legalName: '' }, 'legalName', v.legalName);
    expectOnly({ legalName: '   ' }, 'legalName', v.legalName);
    expectOnly({ legalName: undefined }, 'legalName', v.legalName);
  });
  test('is trimmed', () => {
    expect(ok({ legalName: '  Zwembad De Wielen  ' }).legalName).toBe('Zwembad De Wielen');
  });
  test('at most 200 characters', () => {
    expect(ok({ legalName: 'x'.repeat(200) }).legalName).toHaveLength(200);
    expectOnly({ legalName: 'x'.repeat(201) }, 'legalName', v.tooLong(200));
  });
});

describe('showDisplayName / displayName', () => {
  test('checked requires a display name', () => {
    expectOnly({ showDisplayName: 'on', displayName: '' }, 'displayName', v.displayName);
    expectOnly({ showDisplayName: 'on', displayName: '   ' }, 'displayName', v.displayName);
    expectOnly({ showDisplayName: 'on' }, 'displayName', v.displayName);
  });
  test('checked with a name keeps the name', () => {
    const data = ok({ showDisplayName: 'on', displayName: ' De Wielen ' });
    expect(data.showDisplayName).toBe(true);
    expect(data.displayName).toBe('De Wielen');
  });
  test('unchecked drops a typed display name', () => {
    const data = ok({ displayName: 'De Wielen' });
    expect(data.showDisplayName).toBe(false);
    expect(data.displayName).toBe('');
  });
});

describe('kvkNumber', () => {
  test('8 digits pass', () => {
    expect(ok({ kvkNumber: '12345678' }).kvkNumber).toBe('12345678');
  });
  test('spaces, dots and dashes are allowed and removed', () => {
    expect(ok({ kvkNumber: '1234 5678' }).kvkNumber).toBe('12345678');
    expect(ok({ kvkNumber: '12.34.56.78' }).kvkNumber).toBe('12345678');
    expect(ok({ kvkNumber: ' 1234-5678 ' }).kvkNumber).toBe('12345678');
  });
  test.each(['1234567', '123456789', '1234567a', 'abcdefgh', ''])('%j is refused', (kvkNumber) => {
    expectOnly({ kvkNumber }, 'kvkNumber', v.kvkNumber);
  });
  test('missing is refused', () => {
    expectOnly({ kvkNumber: undefined }, 'kvkNumber', v.kvkNumber);
  });
});

describe('visiting address', () => {
  test('street and city are required', () => {
    expectOnly({ visitStreet: '' }, 'visitStreet', v.street);
    expectOnly({ visitCity: ' ' }, 'visitCity', v.city);
  });
  test('house number: digits only', () => {
    expect(ok({ visitHouseNumber: ' 12 ' }).visitHouseNumber).toBe('12');
    expect(ok({ visitHouseNumber: '1' }).visitHouseNumber).toBe('1');
    for (const visitHouseNumber of ['12a', '12 A', '0', '012', '', 'twaalf', '-3', '123456']) {
      expectOnly({ visitHouseNumber }, 'visitHouseNumber', v.houseNumber);
    }
  });
  test('addition is optional and at most 10 characters', () => {
    expect(ok({ visitAddition: undefined }).visitAddition).toBe('');
    expect(ok({ visitAddition: ' bis ' }).visitAddition).toBe('bis');
    expectOnly({ visitAddition: 'x'.repeat(11) }, 'visitAddition', v.addition);
  });
  test('postcode is normalised to "1234 AB"', () => {
    expect(ok({ visitPostcode: '3311ab' }).visitPostcode).toBe('3311 AB');
    expect(ok({ visitPostcode: '3311 AB' }).visitPostcode).toBe('3311 AB');
    expect(ok({ visitPostcode: ' 3311  ab ' }).visitPostcode).toBe('3311 AB');
  });
  test.each(['0311 AB', '3311 SS', '3311 SA', '3311 SD', '331 AB', '33111 AB', '3311 A', '3311 A1', 'AB 3311', ''])(
    'postcode %j is refused',
    (visitPostcode) => {
      expectOnly({ visitPostcode }, 'visitPostcode', v.postcode);
    },
  );
});

describe('postal address', () => {
  const postal = { postalStreet: 'Postbus', postalHouseNumber: '100', postalPostcode: '3300aa', postalCity: 'Dordrecht' };

  test('checked with complete postal fields passes, postcode normalised', () => {
    const data = ok({ differentPostalAddress: 'on', ...postal });
    expect(data.differentPostalAddress).toBe(true);
    expect(data).toMatchObject({ postalStreet: 'Postbus', postalHouseNumber: '100', postalPostcode: '3300 AA', postalCity: 'Dordrecht' });
  });
  test('checked requires every postal field, each with its own message', () => {
    expect(errors({ differentPostalAddress: 'on' })).toEqual({
      postalStreet: [v.postalStreet],
      postalHouseNumber: [v.houseNumber],
      postalPostcode: [v.postcode],
      postalCity: [v.city],
    });
  });
  test('checked refuses an invalid postal house number or postcode', () => {
    expectOnly({ differentPostalAddress: 'on', ...postal, postalHouseNumber: '1a' }, 'postalHouseNumber', v.houseNumber);
    expectOnly({ differentPostalAddress: 'on', ...postal, postalPostcode: '0311 AB' }, 'postalPostcode', v.postcode);
    expectOnly({ differentPostalAddress: 'on', ...postal, postalPostcode: '3311 SS' }, 'postalPostcode', v.postcode);
  });
  test('unchecked ignores (even invalid) postal fields', () => {
    const data = ok({ postalStreet: '', postalHouseNumber: 'abc', postalPostcode: 'nonsense', postalCity: '' });
    expect(data.differentPostalAddress).toBe(false);
    expect(data.postalPostcode).toBe('');
  });
});

describe('description', () => {
  test('is required', () => {
    expectOnly({ description: '' }, 'description', v.descriptionRequired);
    expectOnly({ description: '  \n ' }, 'description', v.descriptionRequired);
    expectOnly({ description: undefined }, 'description', v.descriptionRequired);
  });
  test('at most 500 characters: 500 passes, 501 fails', () => {
    expect(DESCRIPTION_MAX).toBe(500);
    expect(ok({ description: 'a'.repeat(500) }).description).toHaveLength(500);
    expectOnly({ description: 'a'.repeat(501) }, 'description', v.description);
  });
  test('surrounding whitespace does not count', () => {
    expect(ok({ description: `  ${'a'.repeat(500)}\n` }).description).toHaveLength(500);
  });
});

describe('name and gender', () => {
  test('name is required, at most 100 characters', () => {
    expectOnly({ name: '' }, 'name', v.name);
    expect(ok({ name: 'n'.repeat(100) }).name).toHaveLength(100);
    expectOnly({ name: 'n'.repeat(101) }, 'name', v.tooLong(100));
  });
  test('gender is one of the options', () => {
    for (const gender of ['FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED']) expect(ok({ gender }).gender).toBe(gender);
    expectOnly({ gender: undefined }, 'gender', v.gender);
    expectOnly({ gender: 'X' }, 'gender', v.gender);
  });
});

describe('phone', () => {
  test.each([
    ['+31 6 12345678', '0612345678'],
    ['0031 6 12345678', '0612345678'],
    ['06-12345678', '0612345678'],
    ['078-1234567', '0781234567'],
    ['(078) 123 45 67', '0781234567'],
    ['078.123.4567', '0781234567'],
  ])('%j is stored as %j', (phone, stored) => {
    expect(ok({ phone }).phone).toBe(stored);
  });
  test.each(['12345', '', '078123456', '07812345678', '0012345678', '+32 6 12345678', '06 1234567a'])('%j is refused', (phone) => {
    expectOnly({ phone }, 'phone', v.phone);
  });
});

describe('email', () => {
  test('is trimmed and lowercased', () => {
    expect(ok({ email: '  Info@Voorbeeld.NL ' }).email).toBe('info@voorbeeld.nl');
  });
  // '@voorbeeld.nl' also exposes the bug below: its empty local part makes every password "look like" the address.
  test.each(['', 'geen-apenstaartje', 'naam@', '@voorbeeld.nl', 'naam @voorbeeld.nl', 'naam@voorbeeld'])('%j is refused', (email) => {
    expectOnly({ email }, 'email', v.email);
  });
});

describe('username', () => {
  test('uppercase is lowered, surrounding spaces trimmed', () => {
    expect(ok({ username: ' De.Wielen_2 ' }).username).toBe('de.wielen_2');
  });
  test('3 to 40 characters', () => {
    expect(ok({ username: 'abc' }).username).toBe('abc');
    expect(ok({ username: 'a'.repeat(40) }).username).toBe('a'.repeat(40));
    expectOnly({ username: 'ab' }, 'username', v.username);
    expectOnly({ username: 'a'.repeat(41) }, 'username', v.username);
  });
  test.each(['de wielen', 'de@wielen', 'wiel€n', ''])('%j is refused', (username) => {
    expectOnly({ username }, 'username', v.username);
  });
});

describe('password', () => {
  test('at least 12 characters', () => {
    expect(ok({ password: 'Zq7#kLp2!xWv', passwordRepeat: 'Zq7#kLp2!xWv' }).password).toBe('Zq7#kLp2!xWv');
    expectOnly({ password: 'Zq7#kLp2!xW', passwordRepeat: 'Zq7#kLp2!xW' }, 'password', v.password);
  });
  test('at most 200 characters', () => {
    const long = 'fiets '.repeat(34); // 204
    expectOnly({ password: long, passwordRepeat: long }, 'password', v.passwordTooLong);
  });
  test('the repeat must match', () => {
    expectOnly({ passwordRepeat: 'fiets naar de markt in juli' }, 'passwordRepeat', v.passwordRepeat);
    expectOnly({ passwordRepeat: '' }, 'passwordRepeat', v.passwordRepeat);
    expectOnly({ passwordRepeat: undefined }, 'passwordRepeat', v.passwordRepeat);
  });
  test('a password containing the username is refused (any case)', () => {
    const pw = 'ikbendewielen2026';
    expectOnly({ username: 'dewielen', password: pw, passwordRepeat: pw }, 'password', v.passwordLikeUsername);
    const upper = 'IKBENDEWIELEN2026';
    expectOnly({ username: 'DeWielen', password: upper, passwordRepeat: upper }, 'password', v.passwordLikeUsername);
  });
  test('a password containing the local part of the e-mail address is refused', () => {
    const pw = 'sanne.devries-geheim';
    expectOnly({ email: 'Sanne.DeVries@voorbeeld.nl', password: pw, passwordRepeat: pw }, 'password', v.passwordLikeUsername);
  });
  test('a password unrelated to username and e-mail passes', () => {
    expect(ok({ username: 'dewielen', email: 'sanne@dewielen.nl' }).password).toBe('fiets naar de markt in juni');
  });
  // A very short local part (one letter) must not forbid every password that contains that letter.
  // BUG (lib/partners/schema.ts superRefine): `lowered.includes(data.email.split('@')[0])` with "a" as local part
  // refuses "fiets naar de markt in juni".
  test('a one-letter e-mail local part does not forbid ordinary passwords', () => {
    const result = parse({ email: 'a@voorbeeld.nl' });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({});
  });
});

describe('partnerType', () => {
  test.each(PARTNER_TYPES)('%s passes', (partnerType) => {
    expect(ok({ partnerType }).partnerType).toBe(partnerType);
  });
  test('the default of the form (BOTH) is a valid choice', () => {
    expect(ok({ partnerType: 'BOTH' }).partnerType).toBe('BOTH');
  });
  test('missing or unknown values are refused', () => {
    expectOnly({ partnerType: undefined }, 'partnerType', v.partnerType);
    expectOnly({ partnerType: '' }, 'partnerType', v.partnerType);
    expectOnly({ partnerType: 'both' }, 'partnerType', v.partnerType);
    expectOnly({ partnerType: 'NONE' }, 'partnerType', v.partnerType);
  });
});

describe('category', () => {
  test.each(CATEGORY_SLUGS)('%s passes', (category) => {
    expect(ok({ category }).category).toBe(category);
  });
  test('missing or not from the list is refused', () => {
    expectOnly({ category: '' }, 'category', v.category);
    expectOnly({ category: undefined }, 'category', v.category);
    expectOnly({ category: 'Sport en bewegen' }, 'category', v.category);
    expectOnly({ category: 'zwemmen' }, 'category', v.category);
  });
});

describe('acceptTerms and termsVersion', () => {
  test('acceptTerms is required', () => {
    expectOnly({ acceptTerms: undefined }, 'acceptTerms', v.terms);
    expectOnly({ acceptTerms: '' }, 'acceptTerms', v.terms);
    expectOnly({ acceptTerms: 'off' }, 'acceptTerms', v.terms);
  });
  test('accepting an older version of the terms is refused', () => {
    expectOnly({ termsVersion: '2025-1' }, 'acceptTerms', v.termsChanged);
    expectOnly({ termsVersion: undefined }, 'acceptTerms', v.termsChanged);
  });
  test('the current version passes', () => {
    expect(ok({ termsVersion: TERMS_VERSION }).termsVersion).toBe(TERMS_VERSION);
  });
});

describe('all field errors at once', () => {
  const required = [
    'legalName',
    'kvkNumber',
    'visitStreet',
    'visitHouseNumber',
    'visitPostcode',
    'visitCity',
    'description',
    'name',
    'gender',
    'phone',
    'email',
    'username',
    'password',
    'partnerType',
    'category',
    'acceptTerms',
  ];

  test('an empty form yields an error for every required field, each with its Dutch message', () => {
    const result = registrationSchema.safeParse({});
    expect(result.success).toBe(false);
    const fe = fieldErrorsOf(result.error!);
    expect(Object.keys(fe).sort()).toEqual([...required].sort());
    expect(fe).toEqual({
      legalName: [v.legalName],
      kvkNumber: [v.kvkNumber],
      visitStreet: [v.street],
      visitHouseNumber: [v.houseNumber],
      visitPostcode: [v.postcode],
      visitCity: [v.city],
      description: [v.descriptionRequired],
      name: [v.name],
      gender: [v.gender],
      phone: [v.phone],
      email: [v.email],
      username: [v.username],
      password: [v.password],
      partnerType: [v.partnerType],
      category: [v.category],
      acceptTerms: [v.terms],
    });
  });

  test('a form posted with every field empty yields the same errors', () => {
    const empty = Object.fromEntries(Object.keys(form()).map((k) => [k, '']));
    const result = registrationSchema.safeParse(empty);
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual([...required].sort());
  });

  test('field errors and cross-field errors come together', () => {
    expect(errors({ email: 'geen-adres', kvkNumber: '123', showDisplayName: 'on', passwordRepeat: 'iets anders' })).toEqual({
      email: [v.email],
      kvkNumber: [v.kvkNumber],
      displayName: [v.displayName],
      passwordRepeat: [v.passwordRepeat],
    });
  });

  // BUG (lib/partners/schema.ts, .superRefine on registrationSchema): zod 4 skips a refinement when an earlier
  // issue aborted (invalid enum, missing field), so the cross-field checks (passwordRepeat, displayName,
  // postal address, termsChanged) are not reported together with an invalid category/gender/partnerType.
  test('cross-field errors are reported even when a choice field (category) is missing', () => {
    expect(errors({ category: '', showDisplayName: 'on', passwordRepeat: 'iets anders', termsVersion: 'oud' })).toEqual({
      category: [v.category],
      displayName: [v.displayName],
      passwordRepeat: [v.passwordRepeat],
      acceptTerms: [v.termsChanged],
    });
  });
});

describe('contactSchema', () => {
  test('a valid contact passes, phone normalised, version coerced', () => {
    expect(contactSchema.parse({ name: ' Sanne de Vries ', phone: '+31 6 12345678', version: '3' })).toEqual({
      name: 'Sanne de Vries',
      phone: '0612345678',
      version: 3,
    });
  });
  test('name required, phone valid, both reported at once', () => {
    const result = contactSchema.safeParse({ name: '', phone: '12345', version: '1' });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: [v.name], phone: [v.phone] });
  });
  test('name at most 100 characters', () => {
    const result = contactSchema.safeParse({ name: 'n'.repeat(101), phone: '0781234567', version: '1' });
    expect(fieldErrorsOf(result.error!)).toEqual({ name: [v.tooLong(100)] });
  });
  test('version up to the database integer maximum', () => {
    expect(contactSchema.parse({ name: 'Sanne', phone: '0781234567', version: '2147483647' }).version).toBe(2_147_483_647);
  });
  test.each(['0', '-1', '1.5', 'abc', '', '2147483648'])('version %j is refused', (version) => {
    const result = contactSchema.safeParse({ name: 'Sanne', phone: '0781234567', version });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(result.error!))).toEqual(['version']);
  });
});
