import { notFound, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { logError } from '@/lib/log';
import { done, echoValues, fail, fieldErrorsOf, formDataToObject, invalid, type FormState } from '@/lib/forms';
import { currentUser } from './session';
import { withRole, type UserWithRole } from './roles';
import type { Role } from './config';

// The only way to write a server action behind a form: check the role, parse with the form's
// schema, call the service. Returns every field error and what was typed; never throws to the user.

type Access = 'public' | Role;
/** What a handler is given: no user for a public action, else the role's own type (a partner with its organisation). */
export type UserFor<A extends Access> = A extends Role ? UserWithRole<A> : null;

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
  return async function action(previous: FormState, formData: FormData): Promise<FormState> {
    let values: Record<string, string> = {};
    try {
      requireForm(formData, previous);
      const raw = formDataToObject(formData);
      values = echoValues(raw, options.secret);
      let user: UserFor<Role> | null = null;
      if (access !== 'public') {
        const current = await currentUser();
        if (!current) return fail(values, nl.app.notLoggedIn);
        // A partner account without an organisation has no access either.
        user = withRole(current, access as Role);
        if (!user) return fail(values, nl.app.noAccess);
      }
      const parsed = (typeof schema === 'function' ? schema() : schema).safeParse(raw);
      if (!parsed.success) return invalid(values, fieldErrorsOf(parsed.error));
      const result = await handler(parsed.data, { user: user as UserFor<A>, values });
      return result ?? done(values);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not errors
      return fail(values, nl.app.genericError(logError(error)));
    }
  };
}

/**
 * Our forms call an action with (previous state, form), or with the form alone (`previous` left out);
 * a handcrafted request can send anything. Refused with a 404 — the only client error an action can
 * give without `experimental.authInterrupts` (Next.js answers any other thrown error with a 500) —
 * and one log line.
 */
export function requireForm(formData: unknown, previous: unknown = {}): asserts formData is FormData {
  const stateOk = typeof previous === 'object' && previous !== null && !Array.isArray(previous);
  if (stateOk && formData instanceof FormData) return;
  console.warn(`[action] 404: called with ${describe(previous)} and ${describe(formData)} instead of a state and a form`);
  notFound();
}

function describe(value: unknown): string {
  if (value instanceof FormData) return 'a form';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value;
}
