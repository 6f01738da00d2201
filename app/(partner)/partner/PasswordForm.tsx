'use client';

import { useActionState, useMemo } from 'react';
import { initialFormState } from '@/lib/forms';
import { changePasswordAction } from '@/lib/accounts/own-account-actions';
import { changePasswordSchema } from '@/lib/accounts/schema';
import { NewPasswordField, TextField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "Wachtwoord wijzigen": the current password and a new one, twice. No password is ever sent back. */
export function PasswordForm({ username, email }: { username: string; email: string }) {
  const texts = usePortalText();
  const t = texts.ownData.password;
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  // "Not like your username" is checked in the browser against this account too.
  const schema = useMemo(() => changePasswordSchema({ username, email }), [username, email]);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(schema, state);
  return (
    <>
      <p className="mt-3">{t.intro}</p>
      <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-4">
        <FormMessage state={state} />
        {/* Tells a password manager which account the new password is for. */}
        <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
        <TextField
          type="password"
          name="currentPassword"
          label={t.current}
          required
          autoComplete="current-password"
          inputClassName="max-w-96"
          errors={errors.currentPassword}
        />
        <NewPasswordField name="password" label={t.new} required errors={errors.password} hint={texts.registration.fields.passwordHelp} />
        <NewPasswordField name="passwordRepeat" label={t.repeat} required errors={errors.passwordRepeat} />
        <SubmitButton pendingText={t.submitting} secondary>
          {t.submit}
        </SubmitButton>
      </form>
    </>
  );
}
