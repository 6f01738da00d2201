'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import { localeSchema } from '@/lib/accounts/schema';
import { PORTAL_LOCALES, type PortalLocale } from '@/lib/i18n/locales';
import { RadioGroup } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/**
 * "Taal van het portaal en je e-mails · Language of the portal and your e-mails" (issue 21): each
 * name in its own language, marked with it. A partner user's and an editor's, each with their action.
 */
export function LanguageForm({
  locale,
  action,
}: {
  locale: PortalLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const t = usePortalText().ownData.locale;
  const [state, formAction] = useActionState(action, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(localeSchema, state);
  const chosen = (state.values.locale as PortalLocale | undefined) ?? locale;
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-3">
      <FormMessage state={state} />
      <RadioGroup
        name="locale"
        label={t.legend}
        value={chosen}
        errors={errors.locale}
        options={PORTAL_LOCALES.map((l) => ({ value: l, label: <span lang={l}>{t.names[l]}</span> }))}
      />
      <p className="text-sm text-muted">{t.hint}</p>
      <SubmitButton pendingText={t.submitting} secondary>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
