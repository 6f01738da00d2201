'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { requestEmailChangeAction } from '@/lib/accounts/own-account-actions';
import { changeEmailSchema } from '@/lib/accounts/schema';
import { EmailField, fieldBinder } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "E-mailadres wijzigen": sends a link to the new address; the address changes when it is pressed. */
export function EmailChangeForm() {
  const t = usePortalText().ownData.email;
  const [state, formAction] = useActionState(requestEmailChangeAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(changeEmailSchema, state);
  const field = fieldBinder(state.values, errors);
  return (
    <>
      <p className="mt-3">{t.intro}</p>
      <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-4">
        <FormMessage state={state} />
        <EmailField {...field('email')} label={t.label} required autoCapitalize="none" spellCheck={false} />
        <SubmitButton pendingText={t.submitting} secondary>
          {t.submit}
        </SubmitButton>
      </form>
    </>
  );
}
