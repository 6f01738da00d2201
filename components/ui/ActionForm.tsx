'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import { TextField } from './Field';
import { SubmitButton } from './Button';
import { FormMessage } from './FormMessage';
import { usePortalText } from '@/components/i18n/PortalLocale';
import type { PortalMessages } from '@/lib/i18n/portal';

export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  autoComplete?: string;
  hint?: string;
  required?: boolean;
};

/** The e-mail address field of the short forms (new link, forgotten password). */
export const emailFieldOf = (t: PortalMessages): FieldSpec => ({
  name: 'email',
  label: t.registration.fields.email,
  type: 'email',
  autoComplete: 'email',
});

/** A short form (login, e-mail address, new password) behind a server action. */
export function ActionForm({
  action,
  fields,
  hidden = {},
  submit,
  pending,
  secondary,
  hideAfterSuccess,
  values = {},
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submit: string;
  pending: string;
  secondary?: boolean;
  hideAfterSuccess?: boolean;
  /** What the fields start with, e.g. the address the page already knows. */
  values?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const done = hideAfterSuccess && state.ok;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5">
      <FormMessage state={state} />
      {done ? null : (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {fields.map((f) => (
            <TextField
              key={f.name}
              name={f.name}
              label={f.label}
              type={f.type ?? 'text'}
              autoComplete={f.autoComplete}
              hint={f.hint}
              required={f.required ?? true}
              autoCapitalize={f.type === 'email' || f.name === 'identifier' ? 'none' : undefined}
              defaultValue={f.type === 'password' ? undefined : (state.values[f.name] ?? values[f.name])}
              errors={state.fieldErrors[f.name]}
            />
          ))}
          <SubmitButton pendingText={pending} secondary={secondary}>
            {submit}
          </SubmitButton>
        </>
      )}
    </form>
  );
}

/** The form that asks for a link by e-mail (a new confirmation link, a password reset): one field, gone once sent. */
export function EmailLinkForm({
  action,
  submit,
  email,
  secondary,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submit: string;
  /** The address the page already knows, to start with. */
  email?: string;
  secondary?: boolean;
}) {
  const t = usePortalText();
  return (
    <ActionForm
      action={action}
      fields={[emailFieldOf(t)]}
      values={email === undefined ? {} : { email }}
      submit={submit}
      pending={t.app.sending}
      secondary={secondary}
      hideAfterSuccess
    />
  );
}
