'use client';

import { useActionState } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { changeLocaleAction } from '@/lib/accounts/own-account-actions';
import { localeSchema } from '@/lib/accounts/schema';
import { PORTAL_LOCALES, type PortalLocale } from '@/lib/i18n/locales';
import { RadioGroup } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';

const t = nl.ownData.locale;

/** "Taal van je e-mails · Language of your e-mails" (issue 21): each name in its own language, marked with it. */
export function LanguageForm({ locale }: { locale: PortalLocale }) {
  const [state, formAction] = useActionState(changeLocaleAction, initialFormState);
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
