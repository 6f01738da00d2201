import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { formatEuro, parseEuro, toIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { checkbox, idField, optionalIdField, photoFields, versionField } from '@/lib/forms';
import { optional, placeFields, placeIsGiven, website, withTicks } from '@/lib/offers/schema';
import { email, phone } from '@/lib/partners/schema';

// The rules of a discount action proposal ("actievoorstel", manual §8–12), one schema per wizard
// step and the whole on submit. The same messages in the browser and on the server.
const v = nl.discount.validation;

export const MIN_DISCOUNT_PERCENT = 25;

/**
 * The manual's "standaard op het gehele jaar": a whole year of validity from today, so the last day
 * is the day before the same date next year (not the calendar year, which on 30 November would
 * start in the past and leave one month).
 */
export function defaultValidity(today = todayInDordrecht()): { validFrom: string; validUntil: string } {
  return { validFrom: today, validUntil: dayBefore(oneYearAfter(today)) };
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return toIsoDate(new Date(Date.UTC(y, m - 1, d - 1)));
}

const isoDate = z
  .string({ error: v.date })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: v.date, abort: true })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, v.date);

/** The first day that is too late for an end date: the same calendar date one year on. */
export function oneYearAfter(start: string): string {
  const [y, m, d] = start.split('-').map(Number);
  return toIsoDate(new Date(Date.UTC(y + 1, m - 1, d)));
}

export const subjectStep = z.object({ subject: z.string({ error: v.subject }).trim().min(3, v.subject).max(120, v.subject) });

export const validityStep = (today = todayInDordrecht()) =>
  z
    .object({
      validFrom: isoDate,
      validUntil: isoDate,
      validityNote: z.string().trim().max(300, v.validityNote).optional().default(''),
    })
    .superRefine((data, ctx) => {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['validUntil'], message });
      if (data.validUntil < data.validFrom) return issue(v.endBeforeStart);
      if (data.validUntil >= oneYearAfter(data.validFrom)) return issue(v.tooLong);
      if (data.validUntil < today) return issue(v.inThePast);
    });

export const descriptionStep = z.object({
  description: z.string({ error: v.description }).trim().min(20, v.description).max(2000, v.description),
  editorsInfo: z.string().trim().max(2000, v.editorsInfo).optional().default(''),
});

const euro = z.string({ error: v.amount }).transform((s, ctx) => {
  const cents = parseEuro(s);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: v.amount });
    return z.NEVER;
  }
  return cents;
});

const age = z.coerce.number({ error: v.age }).int(v.age).min(0, v.age).max(120, v.age);

/** One age band: "4–12", or open-ended ("65+", maxAge empty), with the regular and the pass price. */
export const tariffBand = z
  .object({
    minAge: age,
    maxAge: z.preprocess((x) => (x === '' || x === undefined || x === null ? null : x), age.nullable()),
    regular: euro,
    pass: euro,
  })
  .superRefine((band, ctx) => {
    if (band.maxAge !== null && band.maxAge < band.minAge) ctx.addIssue({ code: 'custom', path: ['maxAge'], message: v.ageOrder });
    if (band.regular <= 0) ctx.addIssue({ code: 'custom', path: ['regular'], message: v.regularZero });
    // At least 25 % off: pass ≤ 75 % of regular, in whole cents without rounding up.
    else if (band.pass * 100 > band.regular * (100 - MIN_DISCOUNT_PERCENT)) {
      const max = Math.floor((band.regular * (100 - MIN_DISCOUNT_PERCENT)) / 100);
      ctx.addIssue({ code: 'custom', path: ['pass'], message: v.notEnough(formatEuro(max)) });
    }
  });

export type TariffBand = z.infer<typeof tariffBand>;

export const MAX_BANDS = 10;
const BAND_FIELDS = ['minAge', 'maxAge', 'regular', 'pass'] as const;
export type TariffRow = Record<(typeof BAND_FIELDS)[number], string>;

/** The age bands of a form, named "tariffs.0.minAge" …; rows left entirely empty are not bands. */
export function tariffRows(values: Record<string, unknown>): TariffRow[] {
  const rows: TariffRow[] = [];
  for (let i = 0; i < MAX_BANDS + 1; i++) {
    const row = Object.fromEntries(BAND_FIELDS.map((f) => [f, String(values[`tariffs.${i}.${f}`] ?? '').trim()])) as TariffRow;
    if (BAND_FIELDS.some((f) => row[f] !== '')) rows.push(row);
  }
  return rows;
}

/** The same bands as form fields again, numbered without gaps (so errors point at the right row). */
export function tariffFields(rows: TariffRow[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((row, i) => BAND_FIELDS.map((f) => [`tariffs.${i}.${f}`, row[f]])));
}

const financialObject = z
  .object({
    discountType: z.enum(['PERCENT', 'TARIFFS'], { error: v.discountType }),
    percent: z.string().optional().default(''),
    usage: z.enum(['ONCE', 'REPEATED'], { error: v.usage }),
    tariffs: z.array(tariffBand).max(MAX_BANDS, v.tooManyBands).optional().default([]),
  })
  .superRefine((data, ctx) => {
    if (data.discountType === 'PERCENT') {
      const percent = Number(data.percent.replace(',', '.').replace('%', '').trim());
      if (!data.percent.trim() || !Number.isFinite(percent) || percent < MIN_DISCOUNT_PERCENT || percent > 100)
        ctx.addIssue({ code: 'custom', path: ['percent'], message: v.percent });
      return;
    }
    if (!data.tariffs.length) return void ctx.addIssue({ code: 'custom', path: ['tariffs'], message: v.noBands });
    // Bands may not overlap: sorted by their lowest age, each starts after the previous one ends.
    const order = data.tariffs.map((band, index) => ({ band, index })).sort((a, b) => a.band.minAge - b.band.minAge);
    for (let i = 1; i < order.length; i++) {
      const previous = order[i - 1].band;
      if (previous.maxAge === null || order[i].band.minAge <= previous.maxAge)
        ctx.addIssue({ code: 'custom', path: ['tariffs', order[i].index, 'minAge'], message: v.overlap });
    }
  })
  .transform((data) => ({
    ...data,
    percent: data.discountType === 'PERCENT' ? Number(data.percent.replace(',', '.').replace('%', '').trim()) : null,
    tariffs: data.discountType === 'TARIFFS' ? data.tariffs : [],
  }));

/** Financiële informatie. Takes the bands as an array or as the form's flat "tariffs.N.field" names. */
export const financialStep = z.preprocess((raw) => {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as Record<string, unknown>;
  const bands = Array.isArray(r.tariffs) ? r.tariffs : tariffRows(r);
  // Bands typed before switching to a percentage are hidden then, and not checked.
  return { ...r, tariffs: r.discountType === 'TARIFFS' ? bands : [] };
}, financialObject);

export type FinancialStep = z.infer<typeof financialStep>;

export const photoStep = z.object({
  tips: z.string().trim().max(1000, v.tips).optional().default(''),
  reservationRequired: checkbox,
  ...photoFields,
  keepPhoto: optionalIdField,
});

/**
 * Contactinformatie: prefilled from the partner; the person is for the editors, the rest for the
 * site, and where the action applies (the partner's locations, or the address typed).
 */
export const contactStep = z.preprocess(
  withTicks,
  z
    .object({
      contactName: z.string({ error: v.contactName }).trim().min(1, v.contactName).max(100, v.contactName),
      phone,
      email,
      website: optional(website),
      // Nothing personal is public unless the partner ticks it (registration promised "Pashouders zien dit nummer niet").
      showPhone: checkbox,
      showEmail: checkbox,
      showWebsite: checkbox,
      ...placeFields,
    })
    .superRefine((data, ctx) => {
      if (data.showWebsite && !data.website)
        ctx.addIssue({ code: 'custom', path: ['website'], message: nl.offer.validation.showWithoutWebsite });
    })
    .superRefine(placeIsGiven, { when: () => true }),
);

/** "Aanvraag indienen" on the summary: the terms must be accepted. */
export const submitProposalSchema = z.object({
  offerId: idField,
  version: versionField,
  acceptTerms: checkbox.refine((b) => b, v.terms),
});

/** The discount's own fields on the editors' form (the rest is the credit listing's form). */
export const discountEditorFields = (today = todayInDordrecht()) =>
  z.intersection(z.intersection(validityStep(today), photoStep.pick({ tips: true, reservationRequired: true })), financialStep);

/**
 * "Actie beëindigen" on Home (ADR 0020): the last day as a calendar day and an optional reason.
 * Whether the day lies in the allowed range depends on the action and today: lib/discounts/end.ts.
 */
export const endActionSchema = z.object({
  offerId: idField,
  version: versionField,
  lastDay: isoDate,
  reason: z.string().trim().max(500, nl.discount.end.reasonTooLong).optional().default(''),
});
