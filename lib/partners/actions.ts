'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { secureCookie } from '@/lib/auth/config';
import { done, fail, idField, invalid, type FormState } from '@/lib/forms';
import { refused } from '@/lib/offers/refusals';
import { kickMailer } from '@/lib/mail/sender';
import { sendJob } from '@/lib/jobs/send';
import {
  REGISTERED_COOKIE,
  REGISTRATION_SECRET_FIELDS,
  contactSchema,
  organisationChangeSchema,
  photoSchema,
  postalAddressSchema,
  registrationSchema,
} from './schema';
import { acceptChange, requestOrganisationChange } from './change-request';
import { setOrganisationPhoto } from '@/lib/photos/service';
import { z } from 'zod';
import { grantPartnerType, registerPartner, requestDiscounts, updateOwnContact, updatePostalAddress } from './service';

export const registerAction = formAction(
  'public',
  registrationSchema,
  async (input, { values, locale }) => {
    // In the language the registration page was in (the `taal` cookie): the account keeps it.
    const result = await registerPartner(input, new Date(), locale.value);
    if (!result.ok) return invalid(values, result.fieldErrors);
    after(kickMailer);
    // The first location's coordinates (ADR 0036).
    after(() => sendJob('geocode'));
    // The thank-you page names the address the mail went to, without putting it in the URL.
    // Secure by the same rule as the session cookie: it holds an e-mail address.
    const secure = secureCookie((await headers()).get('x-forwarded-proto'));
    (await cookies()).set(REGISTERED_COOKIE, input.email, { httpOnly: true, secure, sameSite: 'lax', maxAge: 30 * 60, path: '/aanmelden' });
    redirect('/aanmelden/bedankt');
  },
  { secret: REGISTRATION_SECRET_FIELDS },
);

export const updateContactAction = formAction('PARTNER', contactSchema, async (input, { user, values }) => {
  const result = await updateOwnContact(user.id, user.organisationId, input);
  if (!result.ok) return fail(values, nl.partnerHome.stale);
  revalidatePath('/partner');
  return done({ ...values, version: String(input.version + 1) }, nl.partnerHome.contactSaved);
});

// The organisation's postal address is its beheerder's too (issue 17); the service checks again.
export const updatePostalAddressAction = formAction(
  'PARTNER_ADMIN',
  postalAddressSchema,
  async (input, { user, values }): Promise<FormState> => {
    const result = await updatePostalAddress(user, input);
    if (!result.ok) return fail(values, result.reason === 'stale' ? nl.partnerHome.stale : nl.app.noAccess);
    revalidatePath('/partner');
    const t = nl.ownData.postal;
    return done({ ...values, version: String(input.version + 1) }, input.differentPostalAddress ? t.saved : t.savedSame);
  },
);

// The organisation's photo and partner type are its beheerder's (issue 17); a medewerker is refused.
export const setPhotoAction = formAction('PARTNER_ADMIN', photoSchema, async (input, { user, values }): Promise<FormState> => {
  const ref = input.remove ? null : { id: input.photoId, claim: input.photoClaim };
  const result = await setOrganisationPhoto(user, user.organisationId, ref, input.version);
  if (!result.ok) return refused(values, result.reason, { stale: nl.partnerHome.stale, forbidden: nl.app.noAccess });
  revalidatePath('/partner');
  return done({ version: String(input.version + 1) }, ref ? nl.photo.saved : nl.photo.removed);
});

export const requestDiscountsAction = formAction('PARTNER_ADMIN', z.object({}), async (_input, { user, values }): Promise<FormState> => {
  const result = await requestDiscounts(user);
  if (!result.ok) return fail(values, nl.app.noAccess);
  after(kickMailer);
  // No revalidatePath: the form stays to say it was sent (the page is dynamic; the next visit shows the request).
  return done(values, nl.partnerHome.discounts.sent);
});

export const grantPartnerTypeAction = formAction(
  'EDITOR',
  z.object({ organisationId: idField }),
  async ({ organisationId }, { user, values }): Promise<FormState> => {
    const result = await grantPartnerType(user, organisationId);
    if (!result.ok) return fail(values, result.reason === 'not-found' ? nl.editorHome.requests.gone : nl.app.noAccess);
    after(kickMailer);
    return done(values, nl.editorHome.requests.granted);
  },
);

/** "Gegevens voor pashouders wijzigen" (issue 17, ADR 0025): a request to the editors, by the beheerder. */
export const requestOrganisationChangeAction = formAction(
  'PARTNER_ADMIN',
  organisationChangeSchema,
  async (input, { user, values }): Promise<FormState> => {
    const result = await requestOrganisationChange(user, input);
    if (!result.ok) {
      const texts = {
        stale: nl.partnerHome.stale,
        unchanged: nl.ownChange.unchanged,
        forbidden: nl.app.noAccess,
        'not-found': nl.app.noAccess,
      };
      return fail(values, texts[result.reason]);
    }
    after(kickMailer);
    revalidatePath('/partner');
    revalidatePath('/redactie', 'layout');
    return done({}, nl.ownChange.done);
  },
);

/** An editor accepts the request they see: applied at once with nothing online, else with the next approval. */
export const acceptOrganisationChangeAction = formAction(
  'EDITOR',
  z.object({ organisationId: idField, requestedAt: z.iso.datetime() }),
  async ({ organisationId, requestedAt }, { user, values }): Promise<FormState> => {
    const result = await acceptChange(user, organisationId, new Date(requestedAt));
    if (!result.ok) return fail(values, result.reason === 'gone' ? nl.ownChange.gone : nl.app.noAccess);
    revalidatePath(`/redactie/partners/${organisationId}`);
    // Applied, the request and its form leave the page: the page says it is done. A moved visiting
    // address moved the first location: its coordinates are looked up anew.
    if (result.applied) after(() => sendJob('geocode'));
    if (result.applied) redirect(`/redactie/partners/${organisationId}?verwerkt=1`);
    return done({}, nl.ownChange.accepted);
  },
);
