import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { echoValues, fieldErrorsOf, formDataToObject, type FormState } from '@/lib/forms';
import type { SessionUser } from '@/lib/accounts/service';
import { currentUser } from './session';
import type { Role } from './config';

// The only way to write a server action behind a form: check the role, parse with the form's
// schema, call the service. Returns every field error and what was typed; never throws to the user.

type Access = 'public' | Role;
type UserFor<A extends Access> = A extends 'public' ? null : SessionUser;

type Handler<S extends z.ZodType, A extends Access> = (
  data: z.output<S>,
  ctx: { user: UserFor<A>; values: Record<string, string> },
) => Promise<FormState | void>;

export function formAction<S extends z.ZodType, A extends Access>(
  access: A,
  /** The form's schema, or a function that makes it per request (rules that depend on today). */
  schema: S | (() => S),
  handler: Handler<S, A>,
  options: { secret?: readonly string[] } = {},
) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const raw = formDataToObject(formData);
    const values = echoValues(raw, options.secret);
    const refuse = (message: string): FormState => ({ ok: false, fieldErrors: {}, values, message });
    try {
      const user = access === 'public' ? null : await currentUser();
      if (access !== 'public') {
        if (!user) return refuse(nl.app.notLoggedIn);
        if (user.role !== access) return refuse(nl.app.noAccess);
      }
      const parsed = (typeof schema === 'function' ? schema() : schema).safeParse(raw);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        return { ok: false, fieldErrors, values, message: nl.app.fixErrors(Object.keys(fieldErrors).length) };
      }
      const result = await handler(parsed.data, { user: user as UserFor<A>, values });
      return result ?? { ok: true, fieldErrors: {}, values };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not errors
      return refuse(nl.app.genericError(logError(error)));
    }
  };
}

/** Logs an unexpected error with a short id that the user can quote. */
export function logError(error: unknown): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  return id;
}
