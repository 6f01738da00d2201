'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { acceptOrganisationChangeAction } from '@/lib/partners/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';

/**
 * "Wijziging accepteren" (something is online: it goes along with the next approval) or "Wijziging
 * verwerken" (nothing online: at once), for exactly the request on the page (`requestedAt`).
 */
export function AcceptChangeForm({
  organisationId,
  requestedAt,
  online,
}: {
  organisationId: string;
  requestedAt: string;
  online: boolean;
}) {
  const [state, action] = useActionState(acceptOrganisationChangeAction, initialFormState);
  const t = usePortalText().ownChange;
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormMessage state={state} />
      {state.ok && state.message ? null : (
        <>
          <input type="hidden" name="organisationId" value={organisationId} />
          <input type="hidden" name="requestedAt" value={requestedAt} />
          <SubmitButton pendingText={t.applying}>{online ? t.accept : t.apply}</SubmitButton>
        </>
      )}
    </form>
  );
}
