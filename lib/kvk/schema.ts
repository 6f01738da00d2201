import { kvkNumber } from '@/lib/partners/schema';

// What may be looked up: the registration form's own rule for a KvK number (eight digits; spaces,
// dots and dashes dropped), so that the lookup accepts exactly what the form does. Anything else is
// refused before any request — and a refused one costs nothing.

/** " 2430 1234 " → { ok, kvkNumber: "24301234" }, or the form's Dutch message. */
export function parseKvkNumber(input: unknown): { ok: true; kvkNumber: string } | { ok: false; message: string } {
  const parsed = kvkNumber.safeParse(input);
  return parsed.success ? { ok: true, kvkNumber: parsed.data } : { ok: false, message: parsed.error.issues[0].message };
}
