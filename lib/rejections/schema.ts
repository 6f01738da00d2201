import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { idField, optionalIdField, versionField } from '@/lib/forms';

// The forms of a refusal (issue 18, ADR 0026): a reason from the editors' list and/or free text, and
// the list itself. Used by the editors' forms and their actions.

const t = nl.reject;

/** What a refusal says: the id of a reason from the list, a free text ("Toelichting"), or both; never neither. */
export const rejectionFields = {
  reasonId: optionalIdField,
  text: z.string().trim().max(1000, t.textTooLong).optional().default(''),
};
export type RejectionInput = { reasonId: string; text: string };

const needsReason = (input: RejectionInput) => Boolean(input.reasonId || input.text);
const reasonNeeded = { message: t.reasonNeeded, path: ['reasonId'] };

export const rejectProposalSchema = z
  .object({ offerId: idField, version: versionField, ...rejectionFields })
  .refine(needsReason, reasonNeeded);

export const rejectRegistrationSchema = z
  .object({ organisationId: idField, version: versionField, ...rejectionFields })
  .refine(needsReason, reasonNeeded);

export const REJECTION_KINDS = ['REGISTRATION', 'PROPOSAL'] as const;

const reasonText = z.string().trim().min(3, t.reasons.textNeeded).max(300, t.reasons.textTooLong);

export const addReasonSchema = z.object({ kind: z.enum(REJECTION_KINDS, { error: t.reasons.kindNeeded }), text: reasonText });
// `seen`: the text the editor changed; another editor's change in between makes the write stale.
export const changeReasonSchema = z.object({ reasonId: idField, seen: z.string().max(300), text: reasonText });
export const reasonCommandSchema = z.object({ reasonId: idField, intent: z.enum(['up', 'down', 'archive']) });
