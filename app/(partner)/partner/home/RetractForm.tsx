'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { retractProposalAction } from '@/lib/discounts/actions';
import { nl } from '@/lib/i18n/nl';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { TextArea } from '@/components/ui/Field';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';

const t = nl.discount.retract;

/**
 * "Voorstel intrekken": behind a disclosure, so one press never takes a proposal back. Once the
 * editors have started on it the partner says why (they read it in their mail and the history).
 */
export function RetractForm({
  offerId,
  version,
  editorsStarted,
  title,
}: {
  offerId: string;
  version: number;
  editorsStarted: boolean;
  title: string;
}) {
  const [state, action] = useActionState(retractProposalAction, initialFormState);
  const failed = !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);
  const name = `reason-${offerId}`;
  return (
    <details className="w-full sm:w-auto" open={failed}>
      <summary className="cursor-pointer font-semibold text-brand" aria-label={`${t.open} ${title}`}>
        {t.open}
      </summary>
      <form action={action} noValidate className="mt-3 space-y-3">
        <FormMessage state={state} />
        <OfferVersionFields offerId={offerId} version={version} />
        <TextArea
          id={name}
          name="reason"
          label={editorsStarted ? t.reason : `${t.reason} (niet verplicht)`}
          hint={editorsStarted ? t.reasonHint : undefined}
          required={editorsStarted}
          rows={3}
          maxLength={500}
          defaultValue={state.values.reason}
          errors={state.fieldErrors.reason}
        />
        <SubmitButton pendingText={t.pending} secondary>
          {t.button}
        </SubmitButton>
      </form>
    </details>
  );
}
