'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { startProposalAction } from '@/lib/discounts/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { usePortalText } from '@/components/i18n/PortalLocale';

/**
 * Starts a proposal (a POST, so a prefetch or a crawler never creates one); a renewal with renewalOf,
 * a copy with copyOf, a change of a published action with changeOf.
 */
export function StartForm({
  label,
  renewalOf,
  copyOf,
  changeOf,
  secondary,
  describedBy,
}: {
  label: string;
  renewalOf?: string;
  copyOf?: string;
  changeOf?: string;
  secondary?: boolean;
  describedBy?: string;
}) {
  const t = usePortalText();
  const [state, action] = useActionState(startProposalAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      {renewalOf ? <input type="hidden" name="renewalOf" value={renewalOf} /> : null}
      {copyOf ? <input type="hidden" name="copyOf" value={copyOf} /> : null}
      {changeOf ? <input type="hidden" name="changeOf" value={changeOf} /> : null}
      <FormMessage state={state} />
      <SubmitButton pendingText={t.discount.intro.starting} secondary={secondary} aria-describedby={describedBy}>
        {label}
      </SubmitButton>
    </form>
  );
}
