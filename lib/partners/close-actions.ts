'use server';

import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { signOut } from '@/lib/auth';
import { fail, type FormState } from '@/lib/forms';
import { kickMailer } from '@/lib/mail/sender';
import { refreshPublicPages } from '@/lib/offers/public';
import { closeSchema } from './schema';
import { closePartnership } from './close';

// "Samenwerking beëindigen" (ADR 0024): the beheerder's action ('PARTNER_ADMIN': a medewerker is
// refused before anything is parsed). The service ends every session of the organisation, this one's
// too; signing out also clears this browser's cookie on the way to the login page's message.

const ENDED = '/inloggen?beeindigd=1';

export const closePartnershipAction = formAction('PARTNER_ADMIN', closeSchema, async (input, { user, values }): Promise<FormState> => {
  const result = await closePartnership(user, input);
  if (!result.ok && result.reason === 'forbidden') return fail(values, nl.app.noAccess);
  // Closed now, or by a colleague a moment ago: either way it has ended.
  if (result.ok) {
    after(kickMailer);
    await refreshPublicPages(...result.slugs);
  }
  return signOut({ redirectTo: ENDED });
});
