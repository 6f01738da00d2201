import { z } from 'zod';
import { houseNumber, postcode } from '@/lib/partners/schema';

// What may be looked up: the registration form's own rules for a postcode and a house number, so
// that the lookup accepts exactly what the form does. Anything else is refused before any request.
const addressQuery = z.object({ postcode, houseNumber });

export type AddressQuery = z.infer<typeof addressQuery>;

/** "3311ab", " 12 " → { postcode: "3311 AB", houseNumber: "12" }, or the Dutch message of each wrong field. */
export function parseAddressQuery(
  postcode: unknown,
  houseNumber: unknown,
): { ok: true; query: AddressQuery } | { ok: false; fieldErrors: { postcode?: string; houseNumber?: string } } {
  const parsed = addressQuery.safeParse({ postcode, houseNumber });
  if (parsed.success) return { ok: true, query: parsed.data };
  const fieldErrors: { postcode?: string; houseNumber?: string } = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'postcode' || field === 'houseNumber') && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return { ok: false, fieldErrors };
}

/** "3311ab" → { ok, postcode: "3311 AB" }, or the form's Dutch message for a postcode. */
export function parsePostcodeQuery(value: unknown): { ok: true; postcode: string } | { ok: false; message: string } {
  const parsed = postcode.safeParse(value);
  return parsed.success ? { ok: true, postcode: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? '' };
}

/**
 * The BAG and the Handelsregister keep a house letter (A) and a further addition (2, bis) apart; the
 * form has one field: "A", "bis", "A-2"; undefined when there is neither.
 */
export function houseNumberAddition(letter: string | undefined, addition: string | undefined): string | undefined {
  if (letter && addition) return `${letter}-${addition}`;
  return letter || addition || undefined;
}
