import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { fieldErrorsOf } from '@/lib/forms';
import { typedAddress } from '@/lib/offers/schema';
import { parseEuro, todayInDordrecht } from '@/lib/i18n/format';
import {
  MAX_BANDS,
  contactStep,
  defaultValidity,
  descriptionStep,
  discountEditorFields,
  financialStep,
  oneYearAfter,
  photoStep,
  subjectStep,
  submitProposalSchema,
  tariffFields,
  tariffRows,
  validityStep,
} from '@/lib/discounts/schema';

// The rules of a discount offer proposal (manual §8–12), at their boundaries.
const v = nl.discount.validation;
const TODAY = '2026-11-24';

function errorsOf(result: { success: boolean; error?: import('zod').ZodError }) {
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
}

describe('validity', () => {
  const check = (validFrom: string, validUntil: string, today = TODAY) => validityStep(today).safeParse({ validFrom, validUntil });

  test('defaults to a whole year from today: not the calendar year, which on 30 November starts in the past', () => {
    expect(defaultValidity('2026-11-30')).toEqual({ validFrom: '2026-11-30', validUntil: '2027-11-29' });
    expect(defaultValidity('2027-01-01')).toEqual({ validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect(defaultValidity('2026-12-31')).toEqual({ validFrom: '2026-12-31', validUntil: '2027-12-30' });
    // From 29 February: the last day is 28 February, the longest that is allowed.
    expect(defaultValidity('2028-02-29')).toEqual({ validFrom: '2028-02-29', validUntil: '2029-02-28' });
    for (const today of ['2026-11-30', '2027-01-01', '2028-02-29', '2027-03-01']) {
      const { validFrom, validUntil } = defaultValidity(today);
      expect(check(validFrom, validUntil, today).success).toBe(true);
    }
  });

  test('exactly one year is allowed; one day more is not', () => {
    expect(check('2026-03-15', '2027-03-14').success).toBe(true);
    expect(errorsOf(check('2026-03-15', '2027-03-15'))).toEqual({ validUntil: [v.tooLong] });
    expect(errorsOf(check('2026-01-01', '2027-01-01'))).toEqual({ validUntil: [v.tooLong] });
  });

  test('a year from 29 February ends on 28 February at the latest', () => {
    expect(oneYearAfter('2028-02-29')).toBe('2029-03-01');
    expect(check('2028-02-29', '2029-02-28', '2028-01-01').success).toBe(true);
    expect(errorsOf(check('2028-02-29', '2029-03-01', '2028-01-01'))).toEqual({ validUntil: [v.tooLong] });
  });

  test('the end may not lie before the start; a one-day action is fine', () => {
    expect(errorsOf(check('2026-12-10', '2026-12-09'))).toEqual({ validUntil: [v.endBeforeStart] });
    expect(check('2026-12-10', '2026-12-10').success).toBe(true);
  });

  test('not entirely in the past: ending today is allowed, yesterday is not', () => {
    expect(check('2026-01-01', TODAY).success).toBe(true);
    expect(errorsOf(check('2026-01-01', '2026-11-23'))).toEqual({ validUntil: [v.inThePast] });
  });

  test('dates must exist', () => {
    expect(errorsOf(check('2026-02-30', '2026-12-31')).validFrom).toEqual([v.date]);
    expect(errorsOf(check('1-1-2026', '2026-12-31')).validFrom).toEqual([v.date]);
  });

  test('the free text on the period is at most 300 characters', () => {
    const base = { validFrom: '2026-01-01', validUntil: '2026-12-31' };
    expect(validityStep(TODAY).safeParse({ ...base, validityNote: 'op maandag gesloten' }).success).toBe(true);
    expect(errorsOf(validityStep(TODAY).safeParse({ ...base, validityNote: 'x'.repeat(301) }))).toEqual({ validityNote: [v.validityNote] });
  });

  test("today's date is taken in Dordrecht", () => {
    expect(todayInDordrecht(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInDordrecht(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('the discount', () => {
  const percent = (p: string) => financialStep.safeParse({ discountType: 'PERCENT', percent: p, usage: 'ONCE' });

  test('a percentage of at least 25: 24.99 % is refused, 25 % accepted', () => {
    expect(errorsOf(percent('24,99'))).toEqual({ percent: [v.percent] });
    expect(errorsOf(percent('24.99'))).toEqual({ percent: [v.percent] });
    expect(percent('25').data?.percent).toBe(25);
    expect(percent('25%').data?.percent).toBe(25);
    expect(percent('50,5').data?.percent).toBe(50.5);
    expect(percent('100').success).toBe(true);
    expect(errorsOf(percent('101'))).toEqual({ percent: [v.percent] });
    expect(errorsOf(percent(''))).toEqual({ percent: [v.percent] });
    expect(errorsOf(percent('veel'))).toEqual({ percent: [v.percent] });
  });

  test('one-time or repeated use is required', () => {
    expect(errorsOf(financialStep.safeParse({ discountType: 'PERCENT', percent: '30' }))).toEqual({ usage: [v.usage] });
    expect(financialStep.safeParse({ discountType: 'PERCENT', percent: '30', usage: 'REPEATED' }).success).toBe(true);
  });

  const tariffs = (...bands: Array<[number | string, number | string | '', string, string]>) =>
    financialStep.safeParse({
      discountType: 'TARIFFS',
      usage: 'REPEATED',
      tariffs: bands.map(([minAge, maxAge, regular, pass]) => ({ minAge: String(minAge), maxAge: String(maxAge), regular, pass })),
    });

  test('age bands with regular and pass prices, in euros with cents', () => {
    const result = tariffs(
      [0, 3, '€ 0,00', '0,00'],
      [4, 12, '€ 6,00', '€ 4,50'],
      [13, 17, '8', '6'],
      [18, 64, '12,50', '9,37'],
      [65, '', '10', '7,50'],
    );
    // The 0–3 band is free: a regular price of € 0,00 is refused (nothing to discount).
    expect(errorsOf(result)).toEqual({ 'tariffs.0.regular': [v.regularZero] });
    const ok = tariffs([4, 12, '€ 6,00', '€ 4,50'], [13, 17, '8', '6'], [18, 64, '12,50', '9,37'], [65, '', '10', '7,50']);
    expect(ok.success).toBe(true);
    expect(ok.data?.tariffs).toEqual([
      { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
      { minAge: 13, maxAge: 17, regular: 800, pass: 600 },
      { minAge: 18, maxAge: 64, regular: 1250, pass: 937 },
      { minAge: 65, maxAge: null, regular: 1000, pass: 750 },
    ]);
    expect(ok.data?.percent).toBeNull();
  });

  test('the pass price is at most 75 % of the regular price, to the cent', () => {
    expect(tariffs([18, 64, '10,00', '7,50']).success).toBe(true);
    const refused = errorsOf(tariffs([18, 64, '10,00', '7,51']));
    expect(refused).toEqual({ 'tariffs.0.pass': [v.notEnough('€ 7,50')] });
    // € 12,50 × 75 % = € 9,375: € 9,37 is enough, € 9,38 is not.
    expect(tariffs([18, 64, '12,50', '9,37']).success).toBe(true);
    expect(errorsOf(tariffs([18, 64, '12,50', '9,38']))).toEqual({ 'tariffs.0.pass': [v.notEnough('€ 9,37')] });
    // Each band is checked on its own, and the error names its row.
    expect(errorsOf(tariffs([4, 12, '6', '4'], [18, 64, '12,50', '9,38']))).toEqual({ 'tariffs.1.pass': [v.notEnough('€ 9,37')] });
  });

  test('bands may not overlap; touching bands are fine; order does not matter', () => {
    expect(tariffs([13, 17, '8', '6'], [4, 12, '6', '4']).success).toBe(true);
    expect(errorsOf(tariffs([4, 12, '6', '4'], [12, 17, '8', '6']))).toEqual({ 'tariffs.1.minAge': [v.overlap] });
    // An open band ("65+") overlaps everything after it.
    expect(errorsOf(tariffs([18, '', '12', '9'], [65, '', '10', '7']))).toEqual({ 'tariffs.1.minAge': [v.overlap] });
    // Given in another order, the error is on the band that starts inside the other one.
    expect(errorsOf(tariffs([65, '', '10', '7'], [18, '', '12', '9']))).toEqual({ 'tariffs.0.minAge': [v.overlap] });
    const overlap = tariffs([4, 12, '6', '4'], [10, 17, '8', '6']);
    expect(overlap.success).toBe(false);
    expect(overlap.error!.issues[0].path).toEqual(['tariffs', 1, 'minAge']);
  });

  test('ages: whole years 0–120, the highest not below the lowest', () => {
    expect(errorsOf(tariffs([12, 4, '6', '4']))).toEqual({ 'tariffs.0.maxAge': [v.ageOrder] });
    expect(errorsOf(tariffs([-1, 4, '6', '4']))).toEqual({ 'tariffs.0.minAge': [v.age] });
    expect(errorsOf(tariffs(['vier', 12, '6', '4']))).toEqual({ 'tariffs.0.minAge': [v.age] });
    expect(errorsOf(tariffs([4, '12,5', '6', '4']))).toEqual({ 'tariffs.0.maxAge': [v.age] });
    expect(errorsOf(tariffs([4, 121, '6', '4']))).toEqual({ 'tariffs.0.maxAge': [v.age] });
    expect(tariffs([0, 120, '6', '4']).success).toBe(true);
    expect(tariffs([7, 7, '6', '4']).data?.tariffs).toEqual([{ minAge: 7, maxAge: 7, regular: 600, pass: 400 }]);
  });

  test('at least one band, at most ten', () => {
    expect(errorsOf(financialStep.safeParse({ discountType: 'TARIFFS', usage: 'ONCE', tariffs: [] }))).toEqual({ tariffs: [v.noBands] });
    const eleven = Array.from({ length: 11 }, (_, i) => [i * 10, i * 10 + 9, '10', '5'] as [number, number, string, string]);
    expect(errorsOf(tariffs(...eleven))).toEqual({ tariffs: [v.tooManyBands] });
  });

  test('amounts must be euros', () => {
    expect(errorsOf(tariffs([18, 64, 'tien euro', '5']))).toEqual({ 'tariffs.0.regular': [v.amount] });
    expect(errorsOf(tariffs([18, 64, '10,001', '5']))).toEqual({ 'tariffs.0.regular': [v.amount] });
    expect(errorsOf(tariffs([18, 64, '10', '']))).toEqual({ 'tariffs.0.pass': [v.amount] });
  });
});

describe('Dutch amounts', () => {
  test.each([
    ['€ 12,50', 1250],
    ['12,5', 1250],
    ['12.50', 1250],
    ['1.250,00', 125000],
    ['1.250', 125000],
    ['0', 0],
    ['€0,99', 99],
  ])('%s is %i cents', (input, cents) => expect(parseEuro(input)).toBe(cents));

  test.each(['', '12,345', 'twaalf', '-5', '1,2,3'])('%j is not an amount', (input) => expect(parseEuro(input)).toBeNull());
});

describe('subject and description', () => {
  test('the subject says what the discount is on', () => {
    expect(subjectStep.safeParse({ subject: 'toegang zwembad' }).success).toBe(true);
    expect(errorsOf(subjectStep.safeParse({ subject: 'x' }))).toEqual({ subject: [v.subject] });
  });

  test('the website description is 20–2000 characters; information for the editors optional', () => {
    expect(descriptionStep.safeParse({ description: 'Met de Dordtpas zwem je voor de halve prijs.' }).success).toBe(true);
    expect(errorsOf(descriptionStep.safeParse({ description: 'Te kort.' }))).toEqual({ description: [v.description] });
    expect(errorsOf(descriptionStep.safeParse({ description: 'x'.repeat(25), editorsInfo: 'y'.repeat(2001) }))).toEqual({
      editorsInfo: [v.editorsInfo],
    });
  });
});

describe('the flat form ("tariffs.N.field", as the wizard and the editors\' form send it)', () => {
  /** Age bands as form fields, rows numbered from `from`. */
  const flat = (bands: Array<[string, string, string, string]>, from = 0) =>
    Object.fromEntries(
      bands.flatMap(([minAge, maxAge, regular, pass], i) => [
        [`tariffs.${from + i}.minAge`, minAge],
        [`tariffs.${from + i}.maxAge`, maxAge],
        [`tariffs.${from + i}.regular`, regular],
        [`tariffs.${from + i}.pass`, pass],
      ]),
    );

  test('financialStep reads the bands from the flat names, in cents', () => {
    const result = financialStep.safeParse({
      discountType: 'TARIFFS',
      percent: '',
      usage: 'ONCE',
      ...flat([
        ['4', '12', '€ 6,00', '4,50'],
        ['65', '', '10', '7,50'],
      ]),
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      discountType: 'TARIFFS',
      percent: null,
      usage: 'ONCE',
      tariffs: [
        { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
        { minAge: 65, maxAge: null, regular: 1000, pass: 750 },
      ],
    });
  });

  test('errors are keyed by the flat name of the field of the band', () => {
    const result = financialStep.safeParse({
      discountType: 'TARIFFS',
      usage: 'ONCE',
      ...flat([
        ['4', '12', '6', '5'],
        ['13', '', 'tien', '1'],
        ['10', '17', '8', '6'],
      ]),
    });
    expect(errorsOf(result)).toEqual({
      'tariffs.0.pass': [v.notEnough('€ 4,50')],
      'tariffs.1.regular': [v.amount],
    });
    const overlap = financialStep.safeParse({
      discountType: 'TARIFFS',
      usage: 'ONCE',
      ...flat([
        ['4', '12', '6', '4'],
        ['10', '17', '8', '6'],
      ]),
    });
    expect(errorsOf(overlap)).toEqual({ 'tariffs.1.minAge': [v.overlap] });
  });

  test('rows left empty (or only spaces) are not bands; the rest is renumbered, so errors name the row as it is stored', () => {
    const values = {
      discountType: 'TARIFFS',
      usage: 'ONCE',
      ...flat([
        ['', '', '', ''],
        [' ', '', '  ', ''],
      ]),
      ...flat([['18', '64', '12', '12']], 2),
    };
    expect(errorsOf(financialStep.safeParse(values))).toEqual({ 'tariffs.0.pass': [v.notEnough('€ 9,00')] });
    const ok = financialStep.safeParse({ ...values, 'tariffs.2.pass': '9' });
    expect(ok.data?.tariffs).toEqual([{ minAge: 18, maxAge: 64, regular: 1200, pass: 900 }]);
  });

  test('no band at all, or more than ten: the error is on "tariffs"', () => {
    expect(errorsOf(financialStep.safeParse({ discountType: 'TARIFFS', usage: 'ONCE', ...flat([['', '', '', '']]) }))).toEqual({
      tariffs: [v.noBands],
    });
    const eleven = Array.from(
      { length: MAX_BANDS + 1 },
      (_, i) => [String(i * 10), String(i * 10 + 9), '10', '5'] as [string, string, string, string],
    );
    expect(errorsOf(financialStep.safeParse({ discountType: 'TARIFFS', usage: 'ONCE', ...flat(eleven) }))).toEqual({
      tariffs: [v.tooManyBands],
    });
    const ten = eleven.slice(0, MAX_BANDS);
    expect(financialStep.safeParse({ discountType: 'TARIFFS', usage: 'ONCE', ...flat(ten) }).data?.tariffs).toHaveLength(10);
  });

  test('a percentage ignores band rows left in the form (hidden, but still sent); prices per age ignore the percentage', () => {
    const result = financialStep.safeParse({
      discountType: 'PERCENT',
      percent: '30',
      usage: 'REPEATED',
      ...flat([
        ['4', '12', '6', '4'],
        ['10', '', '8', '6'],
      ]),
    });
    expect(result.data).toEqual({ discountType: 'PERCENT', percent: 30, usage: 'REPEATED', tariffs: [] });
    const bands = financialStep.safeParse({
      discountType: 'TARIFFS',
      percent: 'veel',
      usage: 'REPEATED',
      ...flat([['4', '12', '6', '4']]),
    });
    expect(bands.data).toEqual({
      discountType: 'TARIFFS',
      percent: null,
      usage: 'REPEATED',
      tariffs: [{ minAge: 4, maxAge: 12, regular: 600, pass: 400 }],
    });
  });

  test('a percentage is not blocked by invalid band rows left in the form', () => {
    const result = financialStep.safeParse({ discountType: 'PERCENT', percent: '30', usage: 'REPEATED', ...flat([['4', '12', 'x', 'y']]) });
    expect(result.data).toEqual({ discountType: 'PERCENT', percent: 30, usage: 'REPEATED', tariffs: [] });
  });

  test('a missing or unknown way of discounting', () => {
    expect(errorsOf(financialStep.safeParse({ discountType: '', percent: '', usage: '' }))).toEqual({
      discountType: [v.discountType],
      usage: [v.usage],
    });
    expect(errorsOf(financialStep.safeParse({ discountType: 'GRATIS', percent: '50', usage: 'ALTIJD' }))).toEqual({
      discountType: [v.discountType],
      usage: [v.usage],
    });
  });

  test('tariffRows: trimmed rows with anything filled in, in order; tariffFields: numbered again without gaps', () => {
    const values = {
      ...flat([[' 4 ', '12', '6', '4']], 0),
      ...flat([['', '', '', '']], 1),
      'tariffs.3.regular': '10',
      'tariffs.5.minAge': 65,
      other: 'x',
    };
    const rows = tariffRows(values);
    expect(rows).toEqual([
      { minAge: '4', maxAge: '12', regular: '6', pass: '4' },
      { minAge: '', maxAge: '', regular: '10', pass: '' },
      { minAge: '65', maxAge: '', regular: '', pass: '' },
    ]);
    expect(tariffFields(rows)).toEqual({
      ...flat([
        ['4', '12', '6', '4'],
        ['', '', '10', ''],
        ['65', '', '', ''],
      ]),
    });
    expect(tariffRows({})).toEqual([]);
    expect(tariffFields([])).toEqual({});
    // Renumbered rows read back the same.
    expect(tariffRows(tariffFields(rows))).toEqual(rows);
  });

  test('tariffRows reads at most one row more than allowed (so "too many" can be told)', () => {
    const twelve = Array.from({ length: MAX_BANDS + 2 }, (_, i) => [String(i), '', '1', '0'] as [string, string, string, string]);
    expect(tariffRows(flat(twelve))).toHaveLength(MAX_BANDS + 1);
  });
});

describe('photo and tips', () => {
  test('all optional; the reservation checkbox is "on" or not', () => {
    expect(photoStep.parse({})).toEqual({ tips: '', reservationRequired: false, photoId: '', photoClaim: '', photoSrc: '', keepPhoto: '' });
    expect(photoStep.parse({ tips: '  Kom vroeg. ', reservationRequired: 'on', photoId: 'p1', photoClaim: 'c' })).toMatchObject({
      tips: 'Kom vroeg.',
      reservationRequired: true,
      photoId: 'p1',
      photoClaim: 'c',
    });
    expect(photoStep.parse({ reservationRequired: '' }).reservationRequired).toBe(false);
  });

  test('tips at most 1000 characters', () => {
    expect(photoStep.safeParse({ tips: 'x'.repeat(1000) }).success).toBe(true);
    expect(errorsOf(photoStep.safeParse({ tips: 'x'.repeat(1001) }))).toEqual({ tips: [v.tips] });
  });
});

describe('contact', () => {
  const contact = {
    contactName: 'Fatima Bakker',
    phone: '078 123 4567',
    email: 'Info@Zwembad-Oost.nl',
    website: '',
    street: 'Wielenpad',
    houseNumber: '4',
    addition: '',
    postcode: '3311ab',
    city: 'Dordrecht',
  };

  test('the phone number is normalised, the e-mail address lowercased, the postcode written as 3311 AB; a website is optional', () => {
    const parsed = contactStep.parse(contact);
    expect(parsed).toEqual({
      ...contact,
      phone: '0781234567',
      email: 'info@zwembad-oost.nl',
      website: undefined,
      showPhone: false,
      showEmail: false,
      showWebsite: false,
      // No choice of locations in this form (a partner without them): the address is typed.
      locations: undefined,
      chosenLocations: [],
    });
    // The content stores the typed address as the address fields write it.
    expect(typedAddress(parsed)).toEqual({ street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' });
    expect(contactStep.parse({ ...contact, phone: '+31 78-123 4567' }).phone).toBe('0781234567');
    expect(contactStep.parse({ ...contact, phone: '0031 6 1234 5678' }).phone).toBe('0612345678');
    expect(contactStep.parse({ ...contact, website: 'https://www.zwembad-oost.nl' }).website).toBe('https://www.zwembad-oost.nl');
  });

  test('name, phone, e-mail and the address are required; a website must be http(s)', () => {
    expect(
      errorsOf(contactStep.safeParse({ ...contact, contactName: ' ', phone: '12345', email: 'geen', website: 'ftp://zwembad.nl' })),
    ).toEqual({
      contactName: [v.contactName],
      phone: [nl.validation.phone],
      email: [nl.validation.email],
      website: [nl.offer.validation.website],
    });
    expect(errorsOf(contactStep.safeParse({ ...contact, street: '', houseNumber: '4a', postcode: '0311 AB', city: '' }))).toEqual({
      street: [nl.validation.street],
      houseNumber: [nl.validation.houseNumber],
      postcode: [nl.validation.postcode],
      city: [nl.validation.city],
    });
    expect(Object.keys(errorsOf(contactStep.safeParse({})))).toEqual(
      expect.arrayContaining(['contactName', 'phone', 'email', 'street', 'houseNumber', 'postcode', 'city']),
    );
  });
});

describe('submitting ("Aanvraag indienen")', () => {
  test('the terms must be accepted', () => {
    expect(submitProposalSchema.parse({ offerId: 'o1', version: '7', acceptTerms: 'on' })).toEqual({
      offerId: 'o1',
      version: 7,
      acceptTerms: true,
    });
    expect(errorsOf(submitProposalSchema.safeParse({ offerId: 'o1', version: '7' }))).toEqual({ acceptTerms: [v.terms] });
    expect(errorsOf(submitProposalSchema.safeParse({ offerId: 'o1', version: '7', acceptTerms: '' }))).toEqual({ acceptTerms: [v.terms] });
  });

  test('an offer and a version from 1 are needed', () => {
    expect(Object.keys(errorsOf(submitProposalSchema.safeParse({ offerId: '', version: '0', acceptTerms: 'on' })))).toEqual([
      'offerId',
      'version',
    ]);
    expect(submitProposalSchema.safeParse({ offerId: 'o1', version: 'twee', acceptTerms: 'on' }).success).toBe(false);
  });
});

describe("the discount fields of the editors' form", () => {
  const form = {
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    validityNote: 'Niet op maandag.',
    tips: 'Kom vroeg.',
    reservationRequired: 'on',
    discountType: 'TARIFFS',
    percent: '',
    usage: 'REPEATED',
    'tariffs.0.minAge': '4',
    'tariffs.0.maxAge': '12',
    'tariffs.0.regular': '6,00',
    'tariffs.0.pass': '4,50',
    // Fields of the listing form are not the discount's concern.
    title: 'Zwemmen voor de halve prijs',
  };

  test('the period, tips, reservation and the discount itself, parsed as stored', () => {
    expect(discountEditorFields(TODAY).parse(form)).toEqual({
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      validityNote: 'Niet op maandag.',
      tips: 'Kom vroeg.',
      reservationRequired: true,
      discountType: 'TARIFFS',
      percent: null,
      usage: 'REPEATED',
      tariffs: [{ minAge: 4, maxAge: 12, regular: 600, pass: 450 }],
    });
    expect(discountEditorFields(TODAY).parse({ ...form, discountType: 'PERCENT', percent: '33,5', reservationRequired: '' })).toMatchObject(
      {
        reservationRequired: false,
        percent: 33.5,
        tariffs: [],
      },
    );
  });

  test('the same rules as the wizard, every error at once, keyed as the form names the fields', () => {
    const result = discountEditorFields(TODAY).safeParse({
      ...form,
      validUntil: '2026-11-23',
      tips: 'x'.repeat(1001),
      'tariffs.0.pass': '5',
    });
    expect(errorsOf(result)).toEqual({
      validUntil: [v.inThePast],
      tips: [v.tips],
      'tariffs.0.pass': [v.notEnough('€ 4,50')],
    });
  });

  test('the period is checked against the given day', () => {
    expect(discountEditorFields('2027-01-01').safeParse(form).success).toBe(false);
    expect(discountEditorFields('2026-12-31').safeParse(form).success).toBe(true);
  });
});
