'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { nl } from '@/lib/i18n/nl';
import { applyOrganisationChangeAction } from '@/lib/partners/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';

/** "Wijziging verwerken": only offered while nothing of the partner is online. */
export function ApplyChangeForm({ organisationId }: { organisationId: string }) {
  const [state, action] = useActionState(applyOrganisationChangeAction, initialFormState);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <SubmitButton pendingText={nl.ownChange.applying}>{nl.ownChange.apply}</SubmitButton>
    </form>
  );
}
