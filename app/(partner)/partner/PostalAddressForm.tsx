'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { updatePostalAddressAction } from '@/lib/partners/actions';
import { postalAddressSchema } from '@/lib/partners/schema';
import { Reveal } from '@/components/ui/Field';
import { AddressFields } from '@/components/ui/AddressFields';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** The beheerder's form for the organisation's postal address: the visiting address, or another one. */
export function PostalAddressForm({ postal, version }: { postal: Record<string, string>; version: number }) {
  const texts = usePortalText();
  const t = texts.ownData.postal;
  const f = texts.registration.fields;
  const [state, formAction] = useActionState(updatePostalAddressAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(postalAddressSchema, state);
  // After an answer, what was sent (an unticked box is not sent at all); before it, what is saved.
  const v = Object.keys(state.values).length ? state.values : { ...postal, version: String(version) };
  return (
    <>
      <p className="mt-3">{t.intro}</p>
      <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-4">
        <FormMessage state={state} />
        <input type="hidden" name="version" value={v.version} />
        <Reveal name="differentPostalAddress" label={f.differentPostalAddress} checked={v.differentPostalAddress === 'on'}>
          <AddressFields prefix="postal" legend={f.postalAddress} values={v} errors={errors} />
        </Reveal>
        <SubmitButton pendingText={texts.partnerHome.saving} secondary>
          {t.save}
        </SubmitButton>
      </form>
    </>
  );
}
