'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { requestOrganisationChangeAction } from '@/lib/partners/actions';
import { organisationChangeSchema, DESCRIPTION_MAX } from '@/lib/partners/schema';
import { TextArea, TextField, fieldBinder } from '@/components/ui/Field';
import { CategoryField } from '@/components/offer/OfferFormFields';
import { AddressFields } from '@/components/ui/AddressFields';
import { Reveal } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "Gegevens voor pashouders wijzigen": the beheerder's request to the editors, behind a disclosure. */
export function OrganisationChangeForm({ initial, version }: { initial: Record<string, string>; version: number }) {
  const texts = usePortalText();
  const t = texts.ownChange;
  const f = texts.registration.fields;
  const [state, action] = useActionState(requestOrganisationChangeAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(organisationChangeSchema, state);
  const refused = !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);
  const v = refused ? state.values : initial;
  const field = fieldBinder(v, errors);
  return (
    <details className="mt-4" open={refused || state.ok}>
      <summary className="cursor-pointer font-semibold text-brand">{t.open}</summary>
      <p className="mt-2 text-sm text-muted">{t.intro}</p>
      <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4 space-y-5">
        <FormMessage state={state} />
        <input type="hidden" name="version" value={version} />
        <Reveal name="showDisplayName" label={f.showDisplayName} checked={v.showDisplayName === 'on'}>
          <TextField {...field('displayName')} label={f.displayName} required />
        </Reveal>
        <AddressFields prefix="visit" legend={f.visitAddress} values={v} errors={errors} />
        <TextArea
          {...field('description')}
          label={f.description}
          hint={f.descriptionHelp}
          required
          rows={5}
          maxLength={DESCRIPTION_MAX + 100}
        />
        <CategoryField {...field('category')} label={f.category} />
        <p className="text-sm text-muted">{t.fixed}</p>
        <SubmitButton pendingText={t.submitting} secondary>
          {t.submit}
        </SubmitButton>
      </form>
    </details>
  );
}
