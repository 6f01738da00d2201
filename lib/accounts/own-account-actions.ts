'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { secureCookie } from '@/lib/auth/config';
import { localeCookie } from '@/lib/i18n/request';
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

/**
 * The language of the portal and of the user's mails (issue 21): any partner user or editor, for
 * themselves. Kept for this browser too (the `taal` cookie), so that the login page after logging
 * out speaks it; said back in the chosen language.
 */
function localeActionFor(role: 'PARTNER' | 'EDITOR', home: string) {
  return formAction(role, localeSchema, async ({ locale }, { user, values, locale: answer }): Promise<FormState> => {
    await changeLocale(user, locale);
    const secure = secureCookie((await headers()).get('x-forwarded-proto'));
    (await cookies()).set(...localeCookie(locale, secure));
    // Every page of the area changes language, not only this one.
    revalidatePath(home, 'layout');
    answer.value = locale;
    return done(values, t.locale.done[locale]);
  });
}

export const changeLocaleAction = localeActionFor('PARTNER', '/partner');
export const changeEditorLocaleAction = localeActionFor('EDITOR', '/redactie');
