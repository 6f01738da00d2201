'use client';

import { useActionState, useMemo } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { saveDiscountActionAction, saveListingAction } from '@/lib/offers/actions';
import { listingFormSchema } from '@/lib/offers/schema';
import { discountEditorFields } from '@/lib/actions/schema';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { AddressFields, OfferDetailFields, OfferTextFields } from '@/components/offer/OfferFormFields';
import { FinancialFields, TipsFields, ValidityFields } from '@/components/offer/DiscountFields';

type Target = { kind: 'CREDIT_LISTING'; organisationId: string } | { kind: 'DISCOUNT_ACTION'; offerId: string };

/**
 * The editor writes an offer for the website — a credit listing, or a discount action with its
 * period and prices — saved as a draft or sent for the partner's approval.
 */
export function OfferForm({ target, initial, currentPhotoId }: { target: Target; initial: Record<string, string>; currentPhotoId: string | null }) {
  const discount = target.kind === 'DISCOUNT_ACTION';
  const [state, formAction] = useActionState(discount ? saveDiscountActionAction : saveListingAction, initialFormState);
  const schema = useMemo(() => (discount ? listingFormSchema.and(discountEditorFields()) : listingFormSchema), [discount]);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(schema, state);
  // After a refusal, what the editor typed; otherwise the stored offer (fresh after each save).
  const v = !state.ok && state.values.version ? state.values : initial;
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-5">
      <FormMessage state={state} />
      {target.kind === 'DISCOUNT_ACTION' ? <input type="hidden" name="offerId" value={target.offerId} /> : <input type="hidden" name="organisationId" value={target.organisationId} />}
      <input type="hidden" name="version" value={v.version ?? '0'} />
      <OfferTextFields v={v} errors={errors} />
      {discount ? (
        <>
          <FinancialFields v={v} errors={errors} />
          <ValidityFields v={v} errors={errors} />
          <TipsFields v={v} errors={errors} />
        </>
      ) : null}
      <AddressFields v={v} errors={errors} />
      <OfferDetailFields v={v} errors={errors} currentPhotoId={currentPhotoId} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" pendingText={nl.offer.editor.saving} secondary>
          {nl.offer.editor.save}
        </SubmitButton>
        <SubmitButton name="intent" value="send" pendingText={nl.offer.editor.saving}>
          {nl.offer.editor.send}
        </SubmitButton>
      </div>
    </form>
  );
}
