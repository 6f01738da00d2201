'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import {
  inviteColleagueAction,
  removeColleagueAction,
  revokeInvitationAction,
  setColleagueRoleAction,
} from '@/lib/partners/colleague-actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { ButtonForm, InviteForm as SharedInviteForm } from '@/components/ui/InvitationForms';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "Collega uitnodigen": name, address and role; after sending, an empty form for the next one. */
export function InviteForm() {
  const t = usePortalText().colleagues;
  return <SharedInviteForm action={inviteColleagueAction} texts={t} />;
}

export function RoleForm({ userId, orgRole, describedBy }: { userId: string; orgRole: 'ADMIN' | 'MEMBER'; describedBy: string }) {
  const t = usePortalText().colleagues;
  const next = orgRole === 'ADMIN' ? 'MEMBER' : 'ADMIN';
  return (
    <ButtonForm
      action={setColleagueRoleAction}
      hidden={{ userId, orgRole: next }}
      label={next === 'ADMIN' ? t.makeAdmin : t.makeMember}
      pending={t.changing}
      describedBy={describedBy}
    />
  );
}

export function RevokeForm({ invitationId, describedBy }: { invitationId: string; describedBy: string }) {
  const t = usePortalText().colleagues;
  return (
    <ButtonForm action={revokeInvitationAction} hidden={{ invitationId }} label={t.revoke} pending={t.revoking} describedBy={describedBy} />
  );
}

/** "Verwijderen": behind a disclosure that says what it does, so one stray tap removes nobody. */
export function RemoveForm({ userId, name }: { userId: string; name: string }) {
  const t = usePortalText().colleagues;
  const [state, action] = useActionState(removeColleagueAction, initialFormState);
  const failed = !state.ok && Boolean(state.message);
  return (
    <details open={failed}>
      <summary className="cursor-pointer font-semibold text-brand" aria-label={`${t.remove}: ${name}`}>
        {t.remove}…
      </summary>
      <form action={action} className="mt-3 space-y-3">
        <FormMessage state={state} />
        <p>{t.removeConfirm(name)}</p>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton pendingText={t.removing} secondary>
          {`${t.remove}: ${name}`}
        </SubmitButton>
      </form>
    </details>
  );
}
