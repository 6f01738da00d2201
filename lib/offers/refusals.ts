import { nl } from '@/lib/i18n/nl';
import { fail, fieldFail, type FormState } from '@/lib/forms';
import type { ProposalResult } from '@/lib/discounts/service';
import type { EndRefusal } from '@/lib/discounts/end';
import type { ReviewResult } from './review';

// Why a service refused, in the words the user reads: one map for the editorial loop (ReviewResult)
// and the discount wizard (ProposalResult), whose reasons overlap.

type ReasonOf<R> = Extract<R, { ok: false }> extends { reason: infer Reason } ? Reason : never;
export type Refusal =
  | ReasonOf<ReviewResult>
  | ReasonOf<ProposalResult>
  // "Actie beëindigen" (its refusal of a last day is a field error with the range, made by its action).
  | EndRefusal;
/** Texts that one form says in its own words, in place of the map's. */
export type RefusalTexts = Partial<Record<Refusal, string>>;

export const refusalTexts: Record<Refusal, string> = {
  forbidden: nl.offer.forbidden,
  'not-found': nl.offer.forbidden,
  stale: nl.offer.stale,
  claim: nl.photo.errors.claim,
  'not-waiting': nl.offer.partner.notWaiting,
  'not-credit': nl.offer.editor.noCredit,
  'not-editable': nl.discount.notEditable,
  'too-many': nl.discount.tooMany,
  'not-retractable': nl.discount.retract.notRetractable,
  'reason-needed': nl.discount.retract.reasonNeeded,
  'not-changeable': nl.offer.change.notChangeable,
  unchanged: nl.offer.change.unchanged,
  'not-endable': nl.discount.end.notEndable,
  closed: nl.close.editorRefused,
  rejected: nl.reject.editorRefused,
  inactive: nl.record.deactivate.sendRefused,
};

export function refusalText(reason: Refusal, texts: RefusalTexts = {}): string {
  return texts[reason] ?? refusalTexts[reason];
}

/** A refusal as a form shows it: a photo's claim that does not hold, or a missing reason, is an error on its field. */
export function refused(values: Record<string, string>, reason: Refusal, texts: RefusalTexts = {}): FormState {
  const text = refusalText(reason, texts);
  if (reason === 'claim') return fieldFail(values, { photo: [text] });
  if (reason === 'reason-needed') return fieldFail(values, { reason: [text] });
  return fail(values, text);
}
