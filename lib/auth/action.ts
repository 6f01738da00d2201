import { notFound, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { logError } from '@/lib/log';
import { done, echoValues, fail, fieldErrorsOf, formDataToObject, invalid, type FieldErrors, type FormState } from '@/lib/forms';
import { localeFor } from '@/lib/i18n/request';
import { translateAnswer } from '@/lib/i18n/translate';
import type { PortalLocale } from '@/lib/i18n/locales';
import { currentUser } from './session';
import { withRole, type Access as RoleAccess, type UserWithRole } from './roles';

// The only way to write a server action: check the role, parse with the form's schema, call the
// service. Returns every field error and what was typed; never throws to the user.

type Access = 'public' | RoleAccess;
/** What a handler is given: no user for a public action, else the role's own type (a partner with its organisation). */
export type UserFor<A extends Access> = A extends RoleAccess ? UserWithRole<A> : null;
type Context<A extends Access> = {
  user: UserFor<A>;
  values: Record<string, string>;
  /** The language the answer's texts go out in: the user's; an action that changes it sets the new one. */
  locale: { value: PortalLocale };
};
/** The form's schema, or a function that makes it per request (rules that depend on today). */
type Schema<S extends z.ZodType> = S | (() => S);

/** An action behind a form (`useActionState`): answers with a FormState. */
export function formAction<S extends z.ZodType, A extends Access>(
  access: A,
  schema: Schema<S>,
  handler: (data: z.output<S>, ctx: Context<A>) => Promise<FormState | void>,
  options: { secret?: readonly string[] } = {},
) {
  return async function action(previous: FormState, formData: FormData): Promise<FormState> {
    return guarded(access, schema, { previous, formData, secret: options.secret }, { refuse: fail, invalid }, async (data, ctx) => {
      return (await handler(data, ctx)) ?? done(ctx.values);
    });
  };
}

export type JsonResult<T extends object> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * An action a script calls with a form and no state (the wizard's automatic save): the same checks
 * as formAction, answered with `{ ok: false, message }` — `options.invalid` when the schema refuses,
 * since no field errors are shown — and never a redirect.
 */
export function jsonAction<S extends z.ZodType, A extends Access, T extends object>(
  access: A,
  schema: Schema<S>,
  handler: (data: z.output<S>, ctx: Context<A>) => Promise<JsonResult<T>>,
  options: { invalid: string },
) {
  const refuse = (_values: Record<string, string>, message: string) => ({ ok: false, message }) as const;
  return async function action(formData: FormData): Promise<JsonResult<T>> {
    return guarded(access, schema, { formData }, { refuse, invalid: (values) => refuse(values, options.invalid) }, handler);
  };
}

type Answer<R> = {
  refuse: (values: Record<string, string>, message: string) => R;
  invalid: (values: Record<string, string>, errors: FieldErrors) => R;
};

/**
 * What every action does before its handler: refuse arguments that are no form (ADR 0014), read the
 * user again and refuse the wrong role before parsing, parse; and log what it did not expect. The
 * answer's texts (written in Dutch by the services and schemas) go out in the user's language.
 */
async function guarded<S extends z.ZodType, A extends Access, R>(
  access: A,
  schema: Schema<S>,
  input: { previous?: unknown; formData: unknown; secret?: readonly string[] },
  answer: Answer<R>,
  handler: (data: z.output<S>, ctx: Context<A>) => Promise<R>,
): Promise<R> {
  const locale: { value: PortalLocale } = { value: 'nl' };
  const result = await answered(access, schema, input, answer, handler, locale);
  return translateAnswer(result, locale.value);
}

async function answered<S extends z.ZodType, A extends Access, R>(
  access: A,
  schema: Schema<S>,
  input: { previous?: unknown; formData: unknown; secret?: readonly string[] },
  answer: Answer<R>,
  handler: (data: z.output<S>, ctx: Context<A>) => Promise<R>,
  locale: { value: PortalLocale },
): Promise<R> {
  let values: Record<string, string> = {};
  try {
    requireForm(input.formData, input.previous);
    const raw = formDataToObject(input.formData);
    values = echoValues(raw, input.secret);
    let user: UserFor<RoleAccess> | null = null;
    // The answer's language is the page's: the logged-in user's, else the one chosen before logging in.
    // A public action needs no user: one that cannot be read (no request: a script) is nobody.
    const current = access === 'public' ? await currentUser().catch(nobody) : await currentUser();
    locale.value = await localeFor(current);
    if (access !== 'public') {
      if (!current) return answer.refuse(values, nl.app.notLoggedIn);
      // A partner account without an organisation has no access either.
      user = withRole(current, access as RoleAccess);
      if (!user) return answer.refuse(values, nl.app.noAccess);
    }
    const parsed = (typeof schema === 'function' ? schema() : schema).safeParse(raw);
    if (!parsed.success) return answer.invalid(values, fieldErrorsOf(parsed.error));
    return await handler(parsed.data, { user: user as UserFor<A>, values, locale });
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are not errors
    return answer.refuse(values, nl.app.genericError(logError(error)));
  }
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

function nobody(error: unknown): null {
  unstable_rethrow(error);
  return null;
}

function describe(value: unknown): string {
  if (value instanceof FormData) return 'a form';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value;
}
