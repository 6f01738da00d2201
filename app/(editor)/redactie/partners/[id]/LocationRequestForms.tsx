'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { applyLocationRequestAction, rejectLocationRequestAction } from '@/lib/locations/actions';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { TextArea, fieldBinder } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';

/** "Toepassen": the proposal becomes the partner's locations. */
export function ApplyLocationForm({ requestId, about }: { requestId: string; about: string }) {
  const [state, action] = useActionState(applyLocationRequestAction, initialFormState);
  const t = usePortalText().locations.editor;
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton pendingText={t.applying} aria-label={`${t.apply}: ${about}`}>
        {t.apply}
      </SubmitButton>
    </form>
  );
}

/** "Afwijzen…": with a reason the partner is mailed, behind a disclosure. */
export function RejectLocationForm({ requestId, about }: { requestId: string; about: string }) {
  const t = usePortalText().locations.editor;
  return (
    <DisclosureForm
      action={rejectLocationRequestAction}
      texts={{ open: t.reject, button: t.rejectButton, pending: t.rejecting }}
      about={about}
      className="w-full sm:w-auto sm:min-w-80"
    >
      {(state) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <TextArea
            {...fieldBinder(state.values, state.fieldErrors)('reason')}
            id={`reason-${requestId}`}
            label={t.reason}
            rows={3}
            maxLength={1100}
            required
          />
        </>
      )}
    </DisclosureForm>
  );
}
