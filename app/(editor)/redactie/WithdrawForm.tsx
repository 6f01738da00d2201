'use client';

import { useActionState } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { initialFormState } from '@/lib/forms';
import { withdrawAction } from '@/lib/offers/actions';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { Alert, FormMessage } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';

/** Take a published offer off the site, with a reason for the partner. After it, the confirmation stays. */
export function WithdrawForm({ offerId, online }: { offerId: string; online: boolean }) {
  const [state, formAction] = useActionState(withdrawAction, initialFormState);
  const t = usePortalText().offer.editor;
  if (state.ok && state.message) return <Alert kind="success">{state.message}</Alert>;
  if (!online) return null;
  return (
    <Panel id="withdraw-title" title={t.withdraw} className="rounded-lg bg-white p-5">
      <form action={formAction} noValidate className="mt-3 space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="offerId" value={offerId} />
        <TextArea
          name="reason"
          label={t.withdrawReason}
          required
          rows={3}
          defaultValue={state.values.reason}
          errors={state.fieldErrors.reason}
        />
        <SubmitButton pendingText={t.saving} secondary>
          {t.withdraw}
        </SubmitButton>
      </form>
    </Panel>
  );
}
