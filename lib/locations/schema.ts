import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { houseNumber, phone, postcode } from '@/lib/partners/schema';
import { openingHoursSchema, WEEKDAYS, type OpeningHours, type Weekday } from './hours';
import type { LocationView } from './queries';

// The form of a location (issue 20): name, address, optional phone, opening hours per weekday (up to
// two periods a day; a day left empty is closed; no hours at all is "not given") and a remark. One
// schema for the browser (instant feedback) and the server action (the truth); a proposal is stored
// as its output (LocationChangeRequest.proposed), read back with proposedLocationSchema.

const t = nl.locations.validation;
const v = nl.validation;

/** How many periods a day the form has: a morning and an afternoon. */
export const PERIODS = [1, 2] as const;

/** The form's field of a day's period's start or end: "maFrom1", "zoTo2". */
export const hourField = (day: Weekday, edge: 'From' | 'To', period: (typeof PERIODS)[number]) => `${day}${edge}${period}`;

const text = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, v.tooLong(max));
const optional = (max: number, message = v.tooLong(max)) => z.string().trim().max(max, message).optional().default('');

/** "9:00", "09.00", "0900" and the browser's "09:00" → "09:00"; '' stays '' (not given); anything else is null. */
export function normaliseTime(raw: string): string | null {
  const s = raw.trim();
  if (!s) return '';
  const m = /^([01]?[0-9]|2[0-3])[:.]?([0-5][0-9])$/.exec(s);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

const hourFields = Object.fromEntries(
  WEEKDAYS.flatMap((day) => PERIODS.flatMap((p) => [hourField(day, 'From', p), hourField(day, 'To', p)])).map((name) => [
    name,
    z.string().max(10).optional().default(''),
  ]),
) as Record<string, z.ZodDefault<z.ZodOptional<z.ZodString>>>;

const fields = {
  name: text(t.name, 100),
  postcode,
  houseNumber,
  addition: optional(10, v.addition),
  street: text(v.street, 200),
  city: text(v.city, 100),
  phone: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), phone.optional()),
  hoursRemark: optional(200, t.remarkTooLong),
  ...hourFields,
};

type Issue = (path: string, message: string) => void;

/** The days' periods from the form's fields, with a message on the field that is wrong; null when no day has any. */
function readHours(data: Record<string, string>, issue: Issue): OpeningHours | null {
  const hours = {} as OpeningHours;
  let any = false;
  for (const day of WEEKDAYS) {
    const periods: { from: string; to: string }[] = [];
    for (const p of PERIODS) {
      const fromName = hourField(day, 'From', p);
      const toName = hourField(day, 'To', p);
      const from = normaliseTime(data[fromName] ?? '');
      const to = normaliseTime(data[toName] ?? '');
      if (from === null) issue(fromName, t.time);
      if (to === null) issue(toName, t.time);
      if (from === null || to === null) continue;
      if (!from && !to) continue;
      if (!from) issue(fromName, t.fromMissing);
      else if (!to) issue(toName, t.toMissing);
      else if (from >= to) issue(toName, t.toBeforeFrom);
      else {
        const previous = periods.at(-1);
        if (previous && from < previous.to) issue(fromName, t.overlap);
        else periods.push({ from, to });
      }
    }
    hours[day] = periods;
    any ||= periods.length > 0;
  }
  return any ? hours : null;
}

/** A location as proposed: what the form gives the service, and what a request stores. */
export type ProposedLocation = Omit<LocationView, 'id' | 'position' | 'latitude' | 'longitude'>;

/** "Locatie toevoegen" and "Wijzigen": the whole location; `locationId` names the one changed. */
export const locationFormSchema = z
  .object({ ...fields, locationId: z.string().max(50).optional().default('') })
  .superRefine(
    (data, ctx) => {
      readHours(data as unknown as Record<string, string>, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
    },
    // Every error at once, also when another field is missing.
    { when: () => true },
  )
  .transform((data): ProposedLocation & { locationId: string } => ({
    locationId: data.locationId,
    name: data.name,
    street: data.street,
    houseNumber: data.houseNumber,
    addition: data.addition,
    postcode: data.postcode,
    city: data.city,
    phone: data.phone ?? null,
    openingHours: readHours(data as unknown as Record<string, string>, () => {}),
    hoursRemark: data.hoursRemark,
  }));
export type LocationFormInput = z.infer<typeof locationFormSchema>;

/** "Verwijderen": the location, and the beheerder's tick that they mean it. */
export const removeLocationSchema = z.object({
  locationId: z.string().min(1).max(50),
  confirm: z.preprocess((x) => x === 'on' || x === 'true' || x === true, z.boolean()).refine((b) => b, t.confirmRemove),
});

/** The editors' refusal: a reason the partner reads. */
export const rejectLocationSchema = z.object({
  requestId: z.string().min(1).max(50),
  reason: z.string({ error: t.reasonRequired }).trim().min(1, t.reasonRequired).max(1000, t.reasonTooLong),
});

export const applyLocationSchema = z.object({ requestId: z.string().min(1).max(50) });

/** A stored proposal (LocationChangeRequest.proposed): parsed where it is read, never cast. */
export const proposedLocationSchema = z.object({
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  addition: z.string(),
  postcode: z.string(),
  city: z.string(),
  phone: z.string().nullable(),
  openingHours: openingHoursSchema.nullable(),
  hoursRemark: z.string(),
});

/** The form's fields as a location has them (what "Wijzigen" starts with). */
export function locationFormValues(l: ProposedLocation | LocationView): Record<string, string> {
  const values: Record<string, string> = {
    name: l.name,
    street: l.street,
    houseNumber: l.houseNumber,
    addition: l.addition,
    postcode: l.postcode,
    city: l.city,
    phone: l.phone ?? '',
    hoursRemark: l.hoursRemark,
  };
  for (const day of WEEKDAYS)
    for (const p of PERIODS) {
      const period = l.openingHours?.[day][p - 1];
      values[hourField(day, 'From', p)] = period?.from ?? '';
      values[hourField(day, 'To', p)] = period?.to ?? '';
    }
  return values;
}
