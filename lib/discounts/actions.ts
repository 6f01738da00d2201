'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { formAction, jsonAction, type JsonResult } from '@/lib/auth/action';
import { fail, fieldFail, idField, invalid, optionalIdField, versionField, type FormState } from '@/lib/forms';
import { formatIsoDate } from '@/lib/i18n/format';
import { refreshPublicPages } from '@/lib/offers/public';
import { refusalText, refused } from '@/lib/offers/refusals';
import { kickMailer } from '@/lib/mail/sender';
import { locationsOf } from '@/lib/locations/queries';
import { STEP_SLUGS, stepErrors, type StepSlug } from './draft';
import { endActionSchema, submitProposalSchema } from './schema';
import { endAction } from './end';
import { deleteProposal, retractProposal, saveProposalStep, startProposal, submitProposal } from './service';

// The wizard's server actions. Each step's form is saved as typed on every button (and, with
// JavaScript, automatically while typing); "Volgende" also shows that step's errors.
const t = nl.discount;

/** "forbidden" here means the organisation gives no discounts (credit only). */
const proposalTexts = { forbidden: t.intro.notAllowed };

const wizardPath = (offerId: string, step: StepSlug) => `/partner/acties/${offerId}/${step}`;

export const startProposalAction = formAction(
  'PARTNER',
  z.object({ renewalOf: optionalIdField, copyOf: optionalIdField, changeOf: optionalIdField }),
  async ({ renewalOf, copyOf, changeOf }, { user, values }): Promise<FormState> => {
    const result = await startProposal(user, {
      renewalOf: renewalOf || undefined,
      copyOf: copyOf || undefined,
      changeOf: changeOf || undefined,
    });
    if (!result.ok) return refused(values, result.reason, proposalTexts);
    revalidatePath('/partner');
    redirect(wizardPath(result.offerId, 'onderwerp'));
  },
);

const envelope = z.object({
  offerId: idField,
  version: versionField,
  step: z.enum(STEP_SLUGS),
  intent: z.string().max(30).default('next'),
});

export const saveStepAction = formAction(
  'PARTNER',
  envelope,
  async ({ offerId, version, step, intent }, { user, values }): Promise<FormState> => {
    const result = await saveProposalStep(user, offerId, version, step, values);
    if (!result.ok) return refused(values, result.reason, proposalTexts);
    const index = STEP_SLUGS.indexOf(step);
    const target = intent.startsWith('goto:') ? intent.slice(5) : intent === 'back' ? STEP_SLUGS[index - 1] : STEP_SLUGS[index + 1];
    if (intent === 'next') {
      const errors = stepErrors(step, result.draft, undefined, await locationsOf(user.organisationId));
      if (Object.keys(errors).length) {
        // Saved as typed all the same; the partner sees what to correct.
        return invalid({ ...values, version: String(result.version) }, errors);
      }
    }
    redirect(wizardPath(offerId, (STEP_SLUGS as readonly string[]).includes(target ?? '') ? (target as StepSlug) : step));
  },
);

export const submitProposalAction = formAction(
  'PARTNER',
  submitProposalSchema,
  async ({ offerId, version }, { user, values }): Promise<FormState> => {
    const result = await submitProposal(user, offerId, version);
    if (!result.ok && result.reason === 'invalid') return fail(values, t.summary.notReady);
    if (!result.ok) return refused(values, result.reason, proposalTexts);
    after(kickMailer);
    revalidatePath('/partner', 'layout');
    revalidatePath('/redactie', 'layout');
    redirect(result.change ? '/partner?gewijzigd=1' : '/partner?ingediend=1');
  },
);

export const deleteProposalAction = formAction(
  'PARTNER',
  z.object({ offerId: idField }),
  async ({ offerId }, { user, values }): Promise<FormState> => {
    const result = await deleteProposal(user, offerId);
    if (!result.ok) return refused(values, result.reason, proposalTexts);
    revalidatePath('/partner', 'layout');
    redirect('/partner?verwijderd=1');
  },
);

/** "Voorstel intrekken" (issue 17): back to Home, which says it is done. */
export const retractProposalAction = formAction(
  'PARTNER',
  z.object({ offerId: idField, version: versionField, reason: z.string().max(500, t.retract.reasonTooLong).default('') }),
  async ({ offerId, version, reason }, { user, values }): Promise<FormState> => {
    const result = await retractProposal(user, offerId, version, reason);
    if (!result.ok) return refused(values, result.reason, proposalTexts);
    after(kickMailer);
    revalidatePath('/partner', 'layout');
    revalidatePath('/redactie', 'layout');
    redirect('/partner?ingetrokken=1');
  },
);

/** "Actie beëindigen" (issue 17, ADR 0020): a day outside the allowed range is an error on the date field. */
export const endActionAction = formAction(
  'PARTNER',
  endActionSchema,
  async ({ offerId, version, lastDay, reason }, { user, values }): Promise<FormState> => {
    const result = await endAction(user, offerId, version, lastDay, reason);
    if (!result.ok && result.reason === 'last-day') {
      const { min, max } = result.range;
      return fieldFail(values, { lastDay: [t.end.lastDayOutside(formatIsoDate(min), formatIsoDate(max))] });
    }
    if (!result.ok) return refused(values, result.reason);
    after(kickMailer);
    await refreshPublicPages(result.slug);
    revalidatePath('/partner', 'layout');
    revalidatePath('/redactie', 'layout');
    redirect('/partner?beeindigd=1');
  },
);

export type AutosaveResult = JsonResult<{ version: number }>;

/** The automatic save while typing: no redirect, no errors shown, just the new version. */
export const autosaveStepAction = jsonAction(
  'PARTNER',
  envelope,
  async ({ offerId, version, step }, { user, values }): Promise<AutosaveResult> => {
    const result = await saveProposalStep(user, offerId, version, step, values);
    return result.ok ? { ok: true, version: result.version } : { ok: false, message: refusalText(result.reason, proposalTexts) };
  },
  { invalid: t.autosave.failed },
);
