'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { currentSessionToken } from '@/lib/auth/session';
import { done, fail, fieldFail, type FormState } from '@/lib/forms';
import { clientAddress } from '@/lib/limits/client-address';
import { kickMailer } from '@/lib/mail/sender';
import { CHANGE_PASSWORD_SECRET_FIELDS, changeEmailSchema, changePasswordSchema, localeSchema, tokenSchema } from './schema';
import { changeLocale, changePassword, confirmEmailChange, requestEmailChange, type EmailChangeRefusal } from './own-account';

// A partner user's own password and e-mail address (issue 17, ADR 0022): any partner user, beheerder
// or medewerker. Confirming a new address is public: the link's token is the proof, and the owner of
// the new mailbox may open it on a device that is not logged in.

const t = nl.ownData;

export const changePasswordAction = formAction(
  'PARTNER',
  changePasswordSchema(),
  async (input, { user, values }): Promise<FormState> => {
    const result = await changePassword(user, input, {
      address: clientAddress(await headers()),
      keepSessionToken: await currentSessionToken(),
    });
    if (!result.ok) return fieldFail(values, result.fieldErrors);
    after(kickMailer);
    // Home shows no e-mail change waiting any more: a new password stopped it.
    revalidatePath('/partner');
    return done({}, result.emailChangeStopped ? `${t.password.done} ${t.password.emailChangeStopped}` : t.password.done);
  },
  { secret: CHANGE_PASSWORD_SECRET_FIELDS },
);

const emailRefusals: Record<EmailChangeRefusal, string> = { same: t.email.same, taken: t.email.taken, 'too-many': t.email.tooMany };

export const requestEmailChangeAction = formAction(
  'PARTNER',
  changeEmailSchema,
  async ({ email }, { user, values }): Promise<FormState> => {
    const result = await requestEmailChange(user, email);
    // What is wrong with the address is said next to it; what was typed stays.
    if (!result.ok) return fieldFail(values, { email: [emailRefusals[result.reason]] });
    after(kickMailer);
    revalidatePath('/partner');
    return done({}, t.email.sent(result.email));
  },
);

export const confirmEmailChangeAction = formAction('public', tokenSchema, async ({ token }, { values }): Promise<FormState> => {
  const result = await confirmEmailChange(token);
  if (!result.ok) return fail(values, result.reason === 'taken' ? t.email.confirm.taken : t.email.confirm.invalid);
  revalidatePath('/partner');
  redirect('/inloggen?nieuwadres=1');
});

/** The language of the user's mails (issue 21): any partner user, for themselves; said back in the chosen language. */
export const changeLocaleAction = formAction('PARTNER', localeSchema, async ({ locale }, { user, values }): Promise<FormState> => {
  await changeLocale(user, locale);
  revalidatePath('/partner');
  return done(values, t.locale.done[locale]);
});
