import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';

// Shared pieces for forms: the FormState every server action returns, and FormData → plain object.

// In the browser zod probes `new Function` once, to compile faster parsers; without 'unsafe-eval'
// in our CSP (ADR 0011) the browser reports that probe as a violation, so it is not made there.
if (typeof window !== 'undefined') z.config({ jitless: true });

export type FieldErrors = Record<string, string[]>;

export type FormState = {
  ok: boolean;
  /** Every field error, by field name (not only the first). */
  fieldErrors: FieldErrors;
  /** What the user submitted, to put back in the form (secrets left out). */
  values: Record<string, string>;
  /** A message for the whole form: a confirmation, or an error that belongs to no field. */
  message?: string;
  /** A link that goes with the message, e.g. "Opnieuw aanmelden" after a refused registration's login. */
  link?: { href: string; text: string };
};

export const initialFormState: FormState = { ok: false, fieldErrors: {}, values: {} };

// The answers an action gives, so that no action spells out a FormState by hand.
const answer = (ok: boolean, values: Record<string, string>, fieldErrors: FieldErrors, message?: string): FormState =>
  message === undefined ? { ok, fieldErrors, values } : { ok, fieldErrors, values, message };

/** Done: the values to show in the form again, and a confirmation for the whole form. */
export const done = (values: Record<string, string>, message?: string) => answer(true, values, {}, message);

/** Refused with a message for the whole form; what was typed stays. */
export const fail = (values: Record<string, string>, message: string) => answer(false, values, {}, message);

/** Refused with a message and the link that is the way on (a refused registration's login: register anew). */
export const failWithLink = (values: Record<string, string>, message: string, link: { href: string; text: string }): FormState => ({
  ...fail(values, message),
  link,
});

/** Refused on fields (each field's messages), with or without a message for the whole form. */
export const fieldFail = (values: Record<string, string>, fieldErrors: FieldErrors, message?: string) =>
  answer(false, values, fieldErrors, message);

/** Refused on fields, with the error summary's "N fouten" message: what a failed schema answers. */
export const invalid = (values: Record<string, string>, fieldErrors: FieldErrors) =>
  fieldFail(values, fieldErrors, nl.app.fixErrors(Object.keys(fieldErrors).length));

/** Checkbox: present ("on") means true. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A record's id in a hidden field. */
export const idField = z.string().min(1).max(50);
/** An id that may be left empty ('' when absent). */
export const optionalIdField = z.string().max(50).optional().default('');

/** The version of the record the form was filled from (optimistic concurrency); at most PostgreSQL's integer. */
const versionFrom = (min: number) => z.coerce.number().int().min(min).max(2_147_483_647);
export const versionField = versionFrom(1);
/** The same where 0 means "not saved yet": the first save creates the record. */
export const versionOrNewField = versionFrom(0);

/** The photo of a form: uploaded before, carried as id + claim (see lib/photos/service.ts). */
export const photoFields = {
  photoId: optionalIdField,
  photoClaim: z.string().max(200).optional().default(''),
  photoSrc: z.string().max(500).optional().default(''),
};

/**
 * FormData → object of strings; internal Next.js fields ($ACTION_…) are dropped. Line breaks become
 * "\n": a form post sends "\r\n", while the browser's check and the counters see "\n" — without
 * this a text at the limit passes in the browser and is refused by the server one submit later.
 */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    out[key] = value.replace(/\r\n?/g, '\n');
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // Nested fields are named as in the form: "tariffs.0.pass".
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Values to send back: everything typed, minus secret fields (passwords are never echoed). */
export function echoValues(values: Record<string, string>, secret: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (!secret.includes(k)) out[k] = v;
  return out;
}

/** A token from the query string of a link in a mail ('' when absent or repeated). */
export async function tokenParam(searchParams: Promise<{ token?: string | string[] }>): Promise<string> {
  const raw = (await searchParams).token;
  return typeof raw === 'string' ? raw : '';
}
