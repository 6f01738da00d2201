'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { initialFormState } from '@/lib/forms';
import { deleteProposalAction, submitProposalAction } from '@/lib/discounts/actions';
import { submitProposalSchema } from '@/lib/discounts/schema';
import { Checkbox } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** The last screen's choice: accept the terms and "Aanvraag indienen". */
export function SubmitForm({
  offerId,
  version,
  ready,
  change = false,
}: {
  offerId: string;
  version: number;
  ready: boolean;
  /** A change of a published action: "Wijziging indienen". */
  change?: boolean;
}) {
  const texts = usePortalText();
  const t = texts.discount.summary;
  const [state, action] = useActionState(submitProposalAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(submitProposalSchema, state);
  return (
    <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-4">
      <FormMessage state={state} />
      <OfferVersionFields offerId={offerId} version={version} />
      <Checkbox
        name="acceptTerms"
        required
        label={texts.discount.fields.terms}
        defaultChecked={state.values.acceptTerms === 'on'}
        errors={errors.acceptTerms}
      />
      <p>
        <Link href="/voorwaarden" target="_blank">
          {texts.discount.fields.termsLink}
        </Link>
      </p>
      <SubmitButton pendingText={t.submitting} aria-describedby={ready ? undefined : 'not-ready'}>
        {change ? texts.offer.change.submit : t.submit}
      </SubmitButton>
      {ready ? null : (
        <p id="not-ready" className="text-sm font-semibold text-danger">
          {t.notReady}
        </p>
      )}
    </form>
  );
}

/** Throwing a draft away, behind a second press (no JavaScript confirm dialog needed). */
export function DeleteForm({ offerId }: { offerId: string }) {
  const texts = usePortalText();
  const t = texts.discount.summary;
  const [state, action] = useActionState(deleteProposalAction, initialFormState);
  return (
    <details className="rounded-lg bg-white p-5">
      <summary className="cursor-pointer font-semibold text-danger">{t.delete}</summary>
      <form action={action} className="mt-3 space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="offerId" value={offerId} />
        <p>{t.deleteConfirm}</p>
        <SubmitButton pendingText={texts.discount.intro.starting} secondary>
          {t.delete}
        </SubmitButton>
      </form>
    </details>
  );
}
