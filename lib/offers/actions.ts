'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { done, idField, invalid, type FormState } from '@/lib/forms';
import { kickMailer } from '@/lib/mail/sender';
import { approveOffer, commentOnOffer, saveDiscountAction, saveListing, withdrawOffer, type SaveResult } from './review';
import { refused } from './refusals';
import { discountEditorFields } from '@/lib/discounts/schema';
import { refreshPublicPages } from './public';
import { approveSchema, commentSchema, listingChangeSchema, listingFormSchema, withdrawSchema } from './schema';
import { proposeListingChange } from './change';

const t = nl.offer;

/** The partner answers a version the editors have changed since: "stale" says what to do. */
const sentVersionGone = { stale: t.partner.changedSinceSent };

/** After an editor's save: the confirmation, the form's fresh version, the photo now attached. */
function saved(result: SaveResult, values: Record<string, string>, path: string): FormState {
  if (!result.ok && result.reason === 'place') return invalid(values, result.errors);
  if (!result.ok) return refused(values, result.reason);
  if (result.sent) after(kickMailer);
  revalidatePath(path);
  revalidatePath('/redactie');
  return done(
    { ...values, version: String(result.version), photoId: '', photoClaim: '', photoSrc: '' },
    result.sent ? t.editor.sent : t.editor.saved,
  );
}

export const saveListingAction = formAction(
  'EDITOR',
  listingFormSchema.and(z.object({ organisationId: idField })),
  async (input, { user, values }) =>
    saved(await saveListing(user, input.organisationId, input), values, `/redactie/partners/${input.organisationId}`),
);

export const saveDiscountFormAction = formAction(
  'EDITOR',
  // Made per request: the period is checked against today, not the day the server started.
  () => listingFormSchema.and(discountEditorFields()).and(z.object({ offerId: idField })),
  async (input, { user, values }) => {
    const { validFrom, validUntil, validityNote, tips, reservationRequired, discountType, percent, usage, tariffs } = input;
    const discount = { validFrom, validUntil, validityNote, tips, reservationRequired, discountType, percent, usage, tariffs };
    return saved(await saveDiscountAction(user, input.offerId, input, discount), values, `/redactie/acties/${input.offerId}`);
  },
);

export const withdrawAction = formAction('EDITOR', withdrawSchema, async ({ offerId, reason }, { user, values }): Promise<FormState> => {
  const result = await withdrawOffer(user, offerId, reason);
  if (!result.ok) return refused(values, result.reason);
  after(kickMailer);
  await refreshPublicPages(result.slug);
  revalidatePath('/redactie', 'layout');
  return done({}, t.editor.withdrawn);
});

export const approveAction = formAction('PARTNER', approveSchema, async ({ offerId, version }, { user, values }): Promise<FormState> => {
  const result = await approveOffer(user, offerId, version);
  if (!result.ok) return refused(values, result.reason, sentVersionGone);
  after(kickMailer);
  await refreshPublicPages(result.slug);
  revalidatePath('/partner', 'layout');
  return done({}, t.partner.approved);
});

export const commentAction = formAction(
  'PARTNER',
  commentSchema,
  async ({ offerId, version, comment }, { user, values }): Promise<FormState> => {
    const result = await commentOnOffer(user, offerId, version, comment);
    if (!result.ok) return refused(values, result.reason, sentVersionGone);
    after(kickMailer);
    revalidatePath('/partner', 'layout');
    return done({}, t.partner.commented);
  },
);

/** "Wijziging indienen" of a published credit listing (issue 17): to the editors, back to Home. */
export const proposeListingChangeAction = formAction(
  'PARTNER',
  listingChangeSchema,
  async (input, { user, values }): Promise<FormState> => {
    const result = await proposeListingChange(user, input);
    if (!result.ok && result.reason === 'place') return invalid(values, result.errors);
    if (!result.ok) return refused(values, result.reason);
    after(kickMailer);
    revalidatePath('/partner', 'layout');
    revalidatePath('/redactie', 'layout');
    redirect('/partner?gewijzigd=1');
  },
);
