import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { fieldErrorsOf } from '@/lib/forms';
import { parseEuro, todayInDordrecht } from '@/lib/i18n/format';
import { defaultValidity, descriptionStep, financialStep, oneYearAfter, subjectStep, validityStep } from '@/lib/actions/schema';

// The rules of a discount action proposal (manual §8–12), at their boundaries.
const v = nl.discount.validation;
const TODAY = '2026-11-24';

function errorsOf(result: { success: boolean; error?: import('zod').ZodError }) {
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
}

describe('validity', () => {
  const check = (validFrom: string, validUntil: string, today = TODAY) => validityStep(today).safeParse({ validFrom, validUntil });

  test('defaults to the whole current year', () => {
    expect(defaultValidity('2026-11-24')).toEqual({ validFrom: '2026-01-01', validUntil: '2026-12-31' });
    expect(defaultValidity('2027-01-01')).toEqual({ validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect(check('2026-01-01', '2026-12-31').success).toBe(true);
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
    const result = tariffs([0, 3, '€ 0,00', '0,00'], [4, 12, '€ 6,00', '€ 4,50'], [13, 17, '8', '6'], [18, 64, '12,50', '9,37'], [65, '', '10', '7,50']);
    // The 0–3 band is free: a regular price of € 0,00 is refused (nothing to discount).
    expect(errorsOf(result)).toEqual({ tariffs: [v.regularZero] });
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
    expect(refused).toEqual({ tariffs: [v.notEnough('€ 7,50')] });
    // € 12,50 × 75 % = € 9,375: € 9,37 is enough, € 9,38 is not.
    expect(tariffs([18, 64, '12,50', '9,37']).success).toBe(true);
    expect(errorsOf(tariffs([18, 64, '12,50', '9,38']))).toEqual({ tariffs: [v.notEnough('€ 9,37')] });
  });

  test('bands may not overlap; touching bands are fine; order does not matter', () => {
    expect(tariffs([13, 17, '8', '6'], [4, 12, '6', '4']).success).toBe(true);
    expect(errorsOf(tariffs([4, 12, '6', '4'], [12, 17, '8', '6']))).toEqual({ tariffs: [v.overlap] });
    // An open band ("65+") overlaps everything after it.
    expect(errorsOf(tariffs([18, '', '12', '9'], [65, '', '10', '7']))).toEqual({ tariffs: [v.overlap] });
    const overlap = tariffs([4, 12, '6', '4'], [10, 17, '8', '6']);
    expect(overlap.success).toBe(false);
    expect(overlap.error!.issues[0].path).toEqual(['tariffs', 1, 'minAge']);
  });

  test('ages: whole years 0–120, the highest not below the lowest', () => {
    expect(errorsOf(tariffs([12, 4, '6', '4']))).toEqual({ tariffs: [v.ageOrder] });
    expect(errorsOf(tariffs([-1, 4, '6', '4']))).toEqual({ tariffs: [v.age] });
    expect(errorsOf(tariffs(['vier', 12, '6', '4']))).toEqual({ tariffs: [v.age] });
  });

  test('at least one band, at most ten', () => {
    expect(errorsOf(financialStep.safeParse({ discountType: 'TARIFFS', usage: 'ONCE', tariffs: [] }))).toEqual({ tariffs: [v.noBands] });
    const eleven = Array.from({ length: 11 }, (_, i) => [i * 10, i * 10 + 9, '10', '5'] as [number, number, string, string]);
    expect(errorsOf(tariffs(...eleven))).toEqual({ tariffs: [v.tooManyBands] });
  });

  test('amounts must be euros', () => {
    expect(errorsOf(tariffs([18, 64, 'tien euro', '5']))).toEqual({ tariffs: [v.amount] });
    expect(errorsOf(tariffs([18, 64, '10,001', '5']))).toEqual({ tariffs: [v.amount] });
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
    expect(errorsOf(descriptionStep.safeParse({ description: 'x'.repeat(25), editorsInfo: 'y'.repeat(2001) }))).toEqual({ editorsInfo: [v.editorsInfo] });
  });
});
