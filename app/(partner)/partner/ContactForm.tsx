'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { updateContactAction } from '@/lib/partners/actions';
import { contactSchema } from '@/lib/partners/schema';
import { PhoneField, TextField, fieldBinder } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

export function ContactForm({ name, phone, version }: { name: string; phone: string; version: number }) {
  const t = usePortalText();
  const [state, formAction] = useActionState(updateContactAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(contactSchema, state);
  const v = { name, phone, version: String(version), ...state.values };
  const field = fieldBinder(v, errors);
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={v.version} />
      <TextField {...field('name')} label={t.registration.fields.name} required autoComplete="name" />
      <PhoneField {...field('phone')} label={t.registration.fields.phone} required hint={t.registration.fields.phoneHelp} />
      <SubmitButton pendingText={t.partnerHome.saving} secondary>
        {t.partnerHome.save}
      </SubmitButton>
    </form>
  );
}
