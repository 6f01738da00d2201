'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import {
  inviteColleagueAction,
  removeColleagueAction,
  revokeInvitationAction,
  setColleagueRoleAction,
} from '@/lib/partners/colleague-actions';
import { inviteSchema } from '@/lib/partners/schema';
import { nl } from '@/lib/i18n/nl';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { EmailField, RadioGroup, TextField, fieldBinder } from '@/components/ui/Field';
import { useFormFeedback } from '@/components/ui/useFormFeedback';

const t = nl.colleagues;

/** "Collega uitnodigen": name, address and role; after sending, an empty form for the next one. */
export function InviteForm() {
  const [state, action] = useActionState(inviteColleagueAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(inviteSchema, state);
  const v = { orgRole: 'MEMBER', ...state.values };
  const field = fieldBinder(v, errors);
  return (
    <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-5">
      <FormMessage state={state} />
      <TextField {...field('name')} label={t.name} required autoComplete="off" />
      <EmailField {...field('email')} label={t.email} required autoComplete="off" autoCapitalize="none" />
      <RadioGroup
        {...field('orgRole')}
        label={t.role}
        required
        options={(['MEMBER', 'ADMIN'] as const).map((role) => ({ value: role, label: t.roles[role], help: t.roleHelp[role] }))}
      />
      <SubmitButton pendingText={t.sending}>{t.send}</SubmitButton>
    </form>
  );
}

/** One button with its hidden fields and its own answer (a role change, a revocation). */
function ButtonForm({
  action,
  hidden,
  label,
  pending,
  describedBy,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  pending: string;
  describedBy: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText={pending} secondary aria-describedby={describedBy}>
        {label}
      </SubmitButton>
    </form>
  );
}

export function RoleForm({ userId, orgRole, describedBy }: { userId: string; orgRole: 'ADMIN' | 'MEMBER'; describedBy: string }) {
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
  return (
    <ButtonForm action={revokeInvitationAction} hidden={{ invitationId }} label={t.revoke} pending={t.revoking} describedBy={describedBy} />
  );
}

/** "Verwijderen": behind a disclosure that says what it does, so one stray tap removes nobody. */
export function RemoveForm({ userId, name }: { userId: string; name: string }) {
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
