'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { done, fail, type FormState } from '@/lib/forms';
import { kickMailer } from '@/lib/mail/sender';
import { refreshPublicPages } from '@/lib/offers/public';
import { deactivateSchema, noteSchema, reactivateSchema } from './schema';
import { deactivatePartner, reactivatePartner, type DeactivateRefusal, type DeactivateResult } from './deactivate';
import { addPartnerNote } from './record';

// The partner record's forms (issue 18, ADR 0028): editors only ('EDITOR' is refused to anyone else
// before anything is parsed; the services check the role again).

const t = nl.record;
const refusals: Record<DeactivateRefusal, string> = {
  forbidden: nl.app.noAccess,
  'not-found': nl.app.noAccess,
  stale: nl.offer.stale,
  'not-active': t.deactivate.notConfirmed,
  'not-inactive': t.reactivate.notInactive,
};

/** After a deactivation or reactivation: the public pages and the editor area anew, the mails out. */
async function answered(result: DeactivateResult, values: Record<string, string>, message: string): Promise<FormState> {
  if (!result.ok) return fail(values, refusals[result.reason]);
  after(kickMailer);
  await refreshPublicPages(...result.slugs);
  revalidatePath('/redactie', 'layout');
  return done({}, message);
}

export const deactivateAction = formAction('EDITOR', deactivateSchema, async (input, { user, values }) =>
  answered(await deactivatePartner(user, input), values, t.deactivate.done),
);

export const reactivateAction = formAction('EDITOR', reactivateSchema, async (input, { user, values }) =>
  answered(await reactivatePartner(user, input), values, t.reactivate.done),
);

export const addNoteAction = formAction('EDITOR', noteSchema, async (input, { user, values }): Promise<FormState> => {
  const result = await addPartnerNote(user, input);
  if (!result.ok) return fail(values, nl.app.noAccess);
  revalidatePath(`/redactie/partners/${input.organisationId}/dossier`);
  return done({}, t.notes.added);
});
