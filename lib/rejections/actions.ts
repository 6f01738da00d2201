'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { done, fail, fieldFail, type FormState } from '@/lib/forms';
import { kickMailer } from '@/lib/mail/sender';
import { rejectProposal } from '@/lib/offers/reject';
import { rejectRegistration } from '@/lib/partners/reject';
import { addReason, changeReason, moveOrArchiveReason, type ReasonResult } from './reasons';
import { addReasonSchema, changeReasonSchema, reasonCommandSchema, rejectProposalSchema, rejectRegistrationSchema } from './schema';

// The editors' refusals and their list of reasons (issue 18, ADR 0026). 'EDITOR': anyone else is
// refused before anything is parsed; the services check the role again.

const t = nl.reject;
type Refusal = keyof typeof t.refused | 'reason-gone';

/** A refusal the editor reads: a reason taken off the list meanwhile is an error on the list. */
function refused(values: Record<string, string>, reason: Refusal): FormState {
  if (reason === 'reason-gone') return fieldFail(values, { reasonId: [t.reasonGone] });
  return fail(values, t.refused[reason]);
}

function refreshPortals() {
  after(kickMailer);
  revalidatePath('/redactie', 'layout');
  revalidatePath('/partner', 'layout');
}

/** "Afwijzen" on the editors' page of a discount action (or of a credit listing with a change under way). */
export const rejectProposalAction = formAction(
  'EDITOR',
  rejectProposalSchema,
  async ({ offerId, version, reasonId, text }, { user, values }): Promise<FormState> => {
    const result = await rejectProposal(user, offerId, version, { reasonId, text });
    if (!result.ok) return refused(values, result.reason);
    refreshPortals();
    // The page shows the refusal in place of the form; the query says it was done just now.
    redirect(`${result.path}?afgewezen=${result.change ? 'wijziging' : 'voorstel'}`);
  },
);

/** "Aanmelding afwijzen" on the editors' page of a partner whose registration waits for them. */
export const rejectRegistrationAction = formAction(
  'EDITOR',
  rejectRegistrationSchema,
  async ({ organisationId, version, reasonId, text }, { user, values }): Promise<FormState> => {
    const result = await rejectRegistration(user, organisationId, version, { reasonId, text });
    if (!result.ok) return refused(values, result.reason);
    refreshPortals();
    redirect(`/redactie/partners/${organisationId}?afgewezen=aanmelding`);
  },
);

const r = t.reasons;
const REASONS_PATH = '/redactie/redenen';

function reasonAnswer(values: Record<string, string>, result: ReasonResult, message: string): FormState {
  if (!result.ok) return fail(values, result.reason === 'forbidden' ? nl.app.noAccess : result.reason === 'stale' ? r.stale : r.gone);
  revalidatePath(REASONS_PATH);
  return done({}, message);
}

export const addReasonAction = formAction('EDITOR', addReasonSchema, async (input, { user, values }) =>
  reasonAnswer(values, await addReason(user, input), r.added),
);

export const changeReasonAction = formAction('EDITOR', changeReasonSchema, async (input, { user, values }) =>
  reasonAnswer(values, await changeReason(user, input), r.saved),
);

/** "Omhoog", "Omlaag" and "Archiveren": one form per reason, the button says which. */
export const reasonCommandAction = formAction('EDITOR', reasonCommandSchema, async ({ reasonId, intent }, { user, values }) =>
  reasonAnswer(values, await moveOrArchiveReason(user, reasonId, intent), intent === 'archive' ? r.archived : r.moved),
);
