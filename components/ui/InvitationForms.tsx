'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import { inviteSchema } from '@/lib/partners/schema';
import { SubmitButton } from './Button';
import { FormMessage } from './Alert';
import { EmailField, RadioGroup, TextField, fieldBinder } from './Field';
import { useFormFeedback } from './useFormFeedback';

// The forms of an invitation's list (a partner's colleagues, the editors): the invitation itself,
// and one button with its hidden fields (a role change, a revocation).

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type InviteTexts = {
  name: string;
  email: string;
  role: string;
  roles: Record<string, string>;
  roleHelp: Record<string, string>;
  send: string;
  sending: string;
};

/** Name, address and role (the plain role first and chosen); after sending, an empty form for the next one. */
export function InviteForm({ action, texts: t }: { action: Action; texts: InviteTexts }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(inviteSchema, state);
  const v = { orgRole: 'MEMBER', ...state.values };
  const field = fieldBinder(v, errors);
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-5">
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

/** One button with its hidden fields and its own answer above it. */
export function ButtonForm({
  action,
  hidden,
  label,
  pending,
  describedBy,
}: {
  action: Action;
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
