import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { nl } from '@/lib/i18n/nl';
import { fail, fieldFail, type FormState } from '@/lib/forms';
import type { AcceptResult } from './invitations';

// What the forms of an invitation's list (colleagues, editors) and its link's "Account aanmaken"
// answer: the same for both, each with its own texts.

/** A refusal as the form shows it: what is wrong with the address is said next to it. */
export function refusedInvitation<R extends string>(values: Record<string, string>, reason: R, texts: Record<R, string>): FormState {
  if (reason === 'email-taken' || reason === 'already-invited') return fieldFail(values, { email: [texts[reason]] });
  return fail(values, texts[reason]);
}

/** "Account aanmaken": to the login page once the account is made, or why it was not. */
export function acceptAnswer(result: AcceptResult, values: Record<string, string>, emailTaken: string): FormState {
  const t = nl.colleagues.accept;
  if (result.ok) redirect('/inloggen?uitgenodigd=1');
  if (result.reason === 'username-taken') return fieldFail(values, { username: [t.usernameTaken] });
  if (result.reason === 'email-taken') return fail(values, emailTaken);
  return fail(values, t.invalid[result.reason]);
}

type ListResult<R extends string, T> = ({ ok: true } & T) | { ok: false; reason: R };

/**
 * The answer of an action on an invitation's list page (invite, revoke, role, remove, disable): a
 * refusal in the form's words, or the page is read anew and `then` answers (a confirmation, a redirect).
 */
export function listAnswer<R extends string, T>(
  result: ListResult<R, T>,
  values: Record<string, string>,
  texts: Record<R, string>,
  page: string,
  then: (result: { ok: true } & T) => FormState,
): FormState {
  if (!result.ok) return refusedInvitation(values, result.reason, texts);
  revalidatePath(page);
  return then(result);
}
