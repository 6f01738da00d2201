'use client';

import { useActionState, useState, type ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { registerAction } from '@/lib/partners/actions';
import { CATEGORIES } from '@/lib/partners/categories';
import { DESCRIPTION_MAX, GENDERS, PARTNER_TYPES, registrationSchema } from '@/lib/partners/schema';
import { TERMS_PATH, TERMS_VERSION } from '@/lib/partners/terms';
import { Checkbox, FieldMessages, SelectField, TextArea, TextField, describedBy } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { PhotoUpload } from '@/components/photo/PhotoUpload';

const t = nl.registration;
const f = t.fields;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="mt-8 rounded-lg border border-line/50 bg-white p-4 sm:p-6">
      <legend className="px-2 text-xl font-bold">{title}</legend>
      <div className="space-y-5">{children}</div>
    </fieldset>
  );
}

export function RegistrationForm() {
  const [state, formAction] = useActionState(registerAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(registrationSchema, state);
  const v = state.values;
  const [descriptionLength, setDescriptionLength] = useState((v.description ?? '').length);
  const over = descriptionLength > DESCRIPTION_MAX;

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-4">
      <FormMessage state={state} />

      <Section title={t.sections.company}>
        <TextField
          name="legalName"
          label={f.legalName}
          required
          autoComplete="organization"
          defaultValue={v.legalName}
          errors={errors.legalName}
        />
        <div className="reveal space-y-4">
          <Checkbox
            className="reveal-toggle"
            name="showDisplayName"
            label={f.showDisplayName}
            defaultChecked={v.showDisplayName === 'on'}
          />
          <TextField
            className="reveal-body"
            name="displayName"
            label={f.displayName}
            required
            defaultValue={v.displayName}
            errors={errors.displayName}
          />
        </div>
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
              {f.kvkHelp}{' '}
              <a href="https://www.kvk.nl/zoeken/" target="_blank" rel="noopener noreferrer">
                {f.kvkLink}
              </a>
            </>
          }
        />
        <AddressFields prefix="visit" legend={f.visitAddress} values={v} errors={errors} />
        <div className="reveal space-y-4">
          <Checkbox
            className="reveal-toggle"
            name="differentPostalAddress"
            label={f.differentPostalAddress}
            defaultChecked={v.differentPostalAddress === 'on'}
          />
          <div className="reveal-body">
            <AddressFields prefix="postal" legend={f.postalAddress} values={v} errors={errors} />
          </div>
        </div>
        <TextArea
          name="description"
          label={f.description}
          required
          rows={6}
          defaultValue={v.description}
          errors={errors.description}
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
        <TextField name="name" label={f.name} required autoComplete="name" defaultValue={v.name} errors={errors.name} />
        <fieldset aria-describedby={errors.gender ? 'gender-error' : undefined}>
          <legend className="font-semibold">
            {f.gender} <span aria-hidden="true">*</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {GENDERS.map((g, i) => (
              <label key={g} className="flex items-center gap-2">
                <input
                  id={i === 0 ? 'gender' : undefined}
                  type="radio"
                  name="gender"
                  value={g}
                  required
                  defaultChecked={v.gender === g}
                  className="size-5 accent-brand"
                />
                {f.genders[g]}
              </label>
            ))}
          </div>
          <FieldMessages name="gender" errors={errors.gender} />
        </fieldset>
        <TextField
          name="phone"
          label={f.phone}
          required
          type="tel"
          autoComplete="tel"
          inputClassName="max-w-72"
          defaultValue={v.phone}
          errors={errors.phone}
          hint={f.phoneHelp}
        />
        <TextField
          name="email"
          label={f.email}
          required
          type="email"
          autoComplete="email"
          defaultValue={v.email}
          errors={errors.email}
          hint={f.emailHelp}
        />
        <TextField
          name="username"
          label={f.username}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          inputClassName="max-w-96"
          defaultValue={v.username}
          errors={errors.username}
          hint={f.usernameHelp}
        />
        <TextField
          name="password"
          label={f.password}
          required
          type="password"
          autoComplete="new-password"
          inputClassName="max-w-96"
          errors={errors.password}
          hint={f.passwordHelp}
        />
        <TextField
          name="passwordRepeat"
          label={f.passwordRepeat}
          required
          type="password"
          autoComplete="new-password"
          inputClassName="max-w-96"
          errors={errors.passwordRepeat}
        />
      </Section>

      <Section title={t.sections.type}>
        <fieldset aria-describedby={errors.partnerType ? 'partnerType-error' : undefined}>
          <legend className="font-semibold">
            {f.partnerType} <span aria-hidden="true">*</span>
          </legend>
          <div className="mt-2 space-y-3">
            {PARTNER_TYPES.map((type, i) => (
              <label
                key={type}
                className="flex items-start gap-3 rounded-md border border-line/50 p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-light"
              >
                <input
                  id={i === 0 ? 'partnerType' : undefined}
                  type="radio"
                  name="partnerType"
                  value={type}
                  required
                  defaultChecked={(v.partnerType ?? 'BOTH') === type}
                  aria-describedby={`partnerType-${type}-help`}
                  className="mt-1 size-5 shrink-0 accent-brand"
                />
                <span>
                  <span className="block font-semibold">{t.partnerTypes[type].label}</span>
                  <span id={`partnerType-${type}-help`} className="block text-sm text-muted">
                    {t.partnerTypes[type].help}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <FieldMessages name="partnerType" errors={errors.partnerType} />
        </fieldset>
      </Section>

      <Section title={t.sections.category}>
        <SelectField name="category" label={f.category} required defaultValue={v.category ?? ''} errors={errors.category}>
          <option value="">{f.categoryPlaceholder}</option>
          {CATEGORIES.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.label}
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
              <span className="font-normal text-muted">(versie {TERMS_VERSION})</span>
            </>
          }
        />
        <SubmitButton pendingText={t.submitting}>{t.submit}</SubmitButton>
      </Section>
    </form>
  );
}

function AddressFields({
  prefix,
  legend,
  values,
  errors,
}: {
  prefix: 'visit' | 'postal';
  legend: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  const name = (field: string) => `${prefix}${field}`;
  const street = prefix === 'postal' ? f.postalStreet : f.street;
  const auto = prefix === 'visit' ? '' : 'billing ';
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-6 gap-4">
        <TextField
          className="col-span-6"
          name={name('Street')}
          label={street}
          required
          autoComplete={`${auto}address-line1`}
          defaultValue={values[name('Street')]}
          errors={errors[name('Street')]}
        />
        <TextField
          className="col-span-3 sm:col-span-2"
          name={name('HouseNumber')}
          label={f.houseNumber}
          required
          inputMode="numeric"
          defaultValue={values[name('HouseNumber')]}
          errors={errors[name('HouseNumber')]}
        />
        <TextField
          className="col-span-3 sm:col-span-2"
          name={name('Addition')}
          label={f.addition}
          defaultValue={values[name('Addition')]}
          errors={errors[name('Addition')]}
        />
        <TextField
          className="col-span-6 sm:col-span-2"
          name={name('Postcode')}
          label={f.postcode}
          required
          autoComplete={`${auto}postal-code`}
          defaultValue={values[name('Postcode')]}
          errors={errors[name('Postcode')]}
        />
        <TextField
          className="col-span-6 sm:col-span-4"
          name={name('City')}
          label={f.city}
          required
          autoComplete={`${auto}address-level2`}
          defaultValue={values[name('City')] ?? (prefix === 'visit' ? 'Dordrecht' : '')}
          errors={errors[name('City')]}
        />
      </div>
    </fieldset>
  );
}
