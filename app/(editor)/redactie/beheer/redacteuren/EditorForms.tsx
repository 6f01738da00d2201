'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import {
  disableEditorAction,
  enableEditorAction,
  inviteEditorAction,
  revokeEditorInvitationAction,
  setEditorRoleAction,
} from '@/lib/editors/actions';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { TextArea } from '@/components/ui/Field';
import { ButtonForm, InviteForm } from '@/components/ui/InvitationForms';

/** "Redacteur uitnodigen": name, address and role (redacteur unless chosen). */
export function InviteEditorForm() {
  const t = usePortalText().editors;
  return <InviteForm action={inviteEditorAction} texts={t} />;
}

export function EditorRoleForm({ userId, orgRole, describedBy }: { userId: string; orgRole: 'ADMIN' | 'MEMBER'; describedBy: string }) {
  const t = usePortalText().editors;
  const next = orgRole === 'ADMIN' ? 'MEMBER' : 'ADMIN';
  return (
    <ButtonForm
      action={setEditorRoleAction}
      hidden={{ userId, orgRole: next }}
      label={next === 'ADMIN' ? t.makeAdmin : t.makeMember}
      pending={t.changing}
      describedBy={describedBy}
    />
  );
}

export function RevokeEditorInvitationForm({ invitationId, describedBy }: { invitationId: string; describedBy: string }) {
  const t = usePortalText().editors;
  return (
    <ButtonForm
      action={revokeEditorInvitationAction}
      hidden={{ invitationId }}
      label={t.revoke}
      pending={t.revoking}
      describedBy={describedBy}
    />
  );
}

export function EnableEditorForm({ userId, describedBy }: { userId: string; describedBy: string }) {
  const t = usePortalText().editors;
  return <ButtonForm action={enableEditorAction} hidden={{ userId }} label={t.enable} pending={t.enabling} describedBy={describedBy} />;
}

/** "Uitschakelen": behind a disclosure that says what it does, with an optional reason for the log. */
export function DisableEditorForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useActionState(disableEditorAction, initialFormState);
  const t = usePortalText().editors;
  const failed = !state.ok && Boolean(state.message || Object.keys(state.fieldErrors).length);
  return (
    <details open={failed}>
      <summary className="cursor-pointer font-semibold text-brand" aria-label={`${t.disable}: ${name}`}>
        {t.disable}…
      </summary>
      <form action={action} noValidate className="mt-3 space-y-3">
        <FormMessage state={state} />
        <p>{t.disableConfirm(name)}</p>
        <input type="hidden" name="userId" value={userId} />
        <TextArea
          id={`reason-${userId}`}
          name="reason"
          label={t.reason}
          hint={t.reasonHint}
          maxLength={500}
          defaultValue={state.values.reason ?? ''}
          errors={state.fieldErrors.reason}
        />
        <SubmitButton pendingText={t.disabling} secondary>
          {`${t.disable}: ${name}`}
        </SubmitButton>
      </form>
    </details>
  );
}
