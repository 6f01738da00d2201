'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { AuthError } from 'next-auth';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { logError } from '@/lib/log';
import { done, fail, failWithLink } from '@/lib/forms';
import { formatDate } from '@/lib/i18n/format';
import { homeFor, safeNext } from '@/lib/auth/config';
import { signIn, signOut } from '@/lib/auth';
import { endCurrentSession } from '@/lib/auth/session';
import { kickMailer } from '@/lib/mail/sender';
import { clientAddress } from '@/lib/limits/client-address';
import { authenticate, confirmEmail, requestPasswordReset, resendConfirmation, resetPassword } from './service';
import { emailSchema, loginSchema, newPasswordSchema, tokenSchema } from './schema';

export const loginAction = formAction(
  'public',
  loginSchema,
  async ({ identifier, password, volgende }, { values }) => {
    const result = await authenticate(identifier, password, clientAddress(await headers()));
    if (!result.ok && result.reason === 'rejected') {
      // Why the registration was refused, and the way on (issue 18): register anew once it is fixed.
      const message = nl.reject.loginRefused(formatDate(result.rejectedAt), result.rejectedReason);
      return failWithLink(values, message, { href: '/aanmelden', text: nl.reject.registerAgain });
    }
    if (!result.ok) {
      const message =
        result.reason === 'throttled'
          ? nl.login.throttled(Math.max(1, Math.ceil(result.retryAfterMs / 60_000)))
          : {
              unconfirmed: nl.login.unconfirmed,
              invalid: nl.login.invalid,
              closed: nl.close.loginRefused,
              disabled: nl.editors.loginDisabled,
              inactive: nl.record.deactivate.loginRefused,
            }[result.reason];
      return fail(values, message);
    }
    try {
      await signIn('credentials', { identifier, password, redirectTo: safeNext(volgende) ?? homeFor(result.user.role) });
    } catch (error) {
      if (error instanceof AuthError) return fail(values, nl.login.invalid);
      throw error; // the redirect after a successful login
    }
  },
  { secret: ['password'] },
);

export async function logoutAction(): Promise<void> {
  // The server-side session first: from here on the cookie is worthless, wherever a copy of it is,
  // even if removing it from this browser fails. Should the database fail, the browser is still
  // logged out and the row ends with its 8 hours.
  await endCurrentSession().catch(logError);
  await signOut({ redirectTo: '/inloggen?uitgelogd=1' });
}

export const confirmAction = formAction('public', tokenSchema, async ({ token }, { values }) => {
  const result = await confirmEmail(token);
  if (!result.ok) return fail(values, nl.confirm.invalid);
  after(kickMailer);
  redirect('/inloggen?bevestigd=1');
});

export const resendConfirmationAction = formAction('public', emailSchema, async ({ email }, { values }) => {
  // After the answer, so that the time it takes does not tell whether the address has an account.
  after(() => resendConfirmation(email).then(kickMailer));
  return done(values, nl.confirm.resendDone);
});

export const requestResetAction = formAction('public', emailSchema, async ({ email }, { values }) => {
  after(() => requestPasswordReset(email).then(kickMailer));
  return done(values, nl.reset.requestDone);
});

export const resetPasswordAction = formAction(
  'public',
  newPasswordSchema,
  async ({ token, password }, { values }) => {
    const result = await resetPassword(token, password);
    if (!result.ok) return fail(values, nl.reset.invalid);
    redirect('/inloggen?wachtwoord=1');
  },
  { secret: ['password', 'passwordRepeat'] },
);
