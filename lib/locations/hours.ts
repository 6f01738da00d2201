import { z } from 'zod';

// Opening hours of a location (Location.openingHours): per weekday the periods it is open, as a
// partner types them ("09:00"–"12:30", "13:30"–"17:00"), an empty list when closed that day. Null
// when the partner gave none: the page then says nothing about hours rather than "gesloten".

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
export const periodSchema = z.object({ from: time, to: time }).refine((p) => p.from < p.to, { message: 'from before to' });
export type Period = z.infer<typeof periodSchema>;

export const openingHoursSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(periodSchema).max(4)])) as Record<Weekday, z.ZodArray<typeof periodSchema>>,
);
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** The stored JSON as hours, or null when there are none or they do not parse (a stored row is never trusted blindly). */
export function readOpeningHours(json: unknown): OpeningHours | null {
  if (json === null || json === undefined) return null;
  const parsed = openingHoursSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** "09:00–17:00" or "09:00–12:30, 13:30–17:00"; '' when closed. */
export function formatPeriods(periods: Period[]): string {
  return periods.map((p) => `${p.from}–${p.to}`).join(', ');
}
