'use client';

import { useActionState, useState, type ReactNode } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { initialFormState } from '@/lib/forms';
import { registerAction } from '@/lib/partners/actions';
import { CATEGORIES } from '@/lib/partners/categories';
import { DESCRIPTION_MAX, GENDERS, PARTNER_TYPES, registrationSchema } from '@/lib/partners/schema';
import { TERMS_PATH, TERMS_VERSION } from '@/lib/partners/terms';
import {
  Checkbox,
  EmailField,
  NewPasswordField,
  RadioGroup,
  PhoneField,
  Reveal,
  SelectField,
  TextArea,
  TextField,
  describedBy,
  fieldBinder,
} from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { PhotoUpload } from '@/components/photo/PhotoUpload';
import { AddressFields } from '@/components/ui/AddressFields';
import { KvkLookup } from '@/components/ui/KvkLookup';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="mt-8 rounded-lg border border-line/50 bg-white p-4 sm:p-6">
      <legend className="px-2 text-xl font-bold">{title}</legend>
      <div className="space-y-5">{children}</div>
    </fieldset>
  );
}

/** `kvkLookup`: a KVK_API_KEY is configured, so the KvK number fills the name and address (components/ui/KvkLookup.tsx). */
export function RegistrationForm({ kvkLookup = false }: { kvkLookup?: boolean }) {
  const messages = usePortalText();
  const t = messages.registration;
  const f = t.fields;
  const [state, formAction] = useActionState(registerAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(registrationSchema, state);
  const v = state.values;
  const field = fieldBinder(v, errors);
  const [descriptionLength, setDescriptionLength] = useState((v.description ?? '').length);
  const over = descriptionLength > DESCRIPTION_MAX;
  const kvkFields = (
    <>
      <TextField
        name="kvkNumber"
        label={f.kvkNumber}
        required
        inputMode="numeric"
        maxLength={12}
        inputClassName="max-w-56"
        defaultValue={v.kvkNumber}
        errors={errors.kvkNumber}
        hint={
          <>
            {kvkLookup ? `${messages.kvkLookup.hint} ` : null}
            {f.kvkHelp}{' '}
            <a href="https://www.kvk.nl/zoeken/" target="_blank" rel="noopener noreferrer">
              {f.kvkLink}
            </a>
          </>
        }
      />
      {kvkLookup ? <KvkLookup id="kvkNumber-lookup" /> : null}
    </>
  );

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4">
      <FormMessage state={state} />

      <Section title={t.sections.company}>
        {/* With the lookup the number comes first: it fills in the name and the address below it. */}
        {kvkLookup ? kvkFields : null}
        <TextField {...field('legalName')} label={f.legalName} required autoComplete="organization" />
        <Reveal name="showDisplayName" label={f.showDisplayName} checked={v.showDisplayName === 'on'}>
          <TextField {...field('displayName')} label={f.displayName} required />
        </Reveal>
        {kvkLookup ? null : kvkFields}
        <AddressFields prefix="visit" legend={f.visitAddress} values={v} errors={errors} defaultCity="Dordrecht" />
        <Reveal name="differentPostalAddress" label={f.differentPostalAddress} checked={v.differentPostalAddress === 'on'}>
          <AddressFields prefix="postal" legend={f.postalAddress} values={v} errors={errors} />
        </Reveal>
        <TextArea
          {...field('description')}
          label={f.description}
          required
          rows={6}
          hint={f.descriptionHelp}
          onInput={(e) => setDescriptionLength(e.currentTarget.value.length)}
          aria-describedby={[describedBy('description', f.descriptionHelp, errors.description), 'description-counter'].join(' ')}
        >
          <p id="description-counter" aria-live="polite" className={`mt-1 text-sm ${over ? 'font-semibold text-danger' : 'text-muted'}`}>
            {over ? f.counterOver(descriptionLength, DESCRIPTION_MAX) : f.counter(descriptionLength, DESCRIPTION_MAX)}
          </p>
        </TextArea>
      </Section>

      <Section title={t.sections.you}>
        <TextField {...field('name')} label={f.name} required autoComplete="name" />
        <RadioGroup
          {...field('gender')}
          label={f.gender}
          required
          layout="inline"
          options={GENDERS.map((g) => ({ value: g, label: f.genders[g] }))}
        />
        <PhoneField {...field('phone')} label={f.phone} required hint={f.phoneHelp} />
        <EmailField {...field('email')} label={f.email} required hint={f.emailHelp} />
        <TextField
          {...field('username')}
          label={f.username}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          inputClassName="max-w-96"
          hint={f.usernameHelp}
        />
        <NewPasswordField name="password" label={f.password} required errors={errors.password} hint={f.passwordHelp} />
        <NewPasswordField name="passwordRepeat" label={f.passwordRepeat} required errors={errors.passwordRepeat} />
      </Section>

      <Section title={t.sections.type}>
        <RadioGroup
          {...field('partnerType')}
          defaultValue={v.partnerType ?? 'BOTH'}
          label={f.partnerType}
          required
          layout="cards"
          options={PARTNER_TYPES.map((type) => ({ value: type, label: t.partnerTypes[type].label, help: t.partnerTypes[type].help }))}
        />
      </Section>

      <Section title={t.sections.category}>
        <SelectField name="category" label={f.category} required defaultValue={v.category ?? ''} errors={errors.category}>
          <option value="">{f.categoryPlaceholder}</option>
          {CATEGORIES.map((c) => (
            <option key={c.slug} value={c.slug}>
              {messages.categories[c.slug]}
            </option>
          ))}
        </SelectField>
        <PhotoUpload initial={{ id: v.photoId, claim: v.photoClaim, src: v.photoSrc }} errors={errors.photo} />
      </Section>

      <Section title={t.sections.register}>
        <input type="hidden" name="termsVersion" value={TERMS_VERSION} />
        <Checkbox
          name="acceptTerms"
          required
          defaultChecked={v.acceptTerms === 'on'}
          errors={errors.acceptTerms}
          label={
            <>
              {f.terms}{' '}
              <a href={TERMS_PATH} target="_blank" rel="noopener">
                {f.termsLink}
              </a>{' '}
              <span className="font-normal text-muted">{f.termsVersion(TERMS_VERSION)}</span>
            </>
          }
        />
        <SubmitButton pendingText={t.submitting}>{t.submit}</SubmitButton>
      </Section>
    </form>
  );
}
