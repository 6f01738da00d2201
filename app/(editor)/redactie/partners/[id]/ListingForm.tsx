'use client';

import { useActionState } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { saveListingAction } from '@/lib/offers/actions';
import { listingFormSchema } from '@/lib/offers/schema';
import { CATEGORIES } from '@/lib/partners/categories';
import { Checkbox, SelectField, TextArea, TextField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { PhotoUpload } from '@/components/photo/PhotoUpload';

const f = nl.offer.fields;
const r = nl.registration.fields;

/** The editor writes the listing for the website; saved as a draft or sent for the partner's approval. */
export function ListingForm({ organisationId, initial, currentPhotoId }: { organisationId: string; initial: Record<string, string>; currentPhotoId: string | null }) {
  const [state, formAction] = useActionState(saveListingAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(listingFormSchema, state);
  // After a refusal, what the editor typed; otherwise the stored listing (fresh after each save).
  const v = !state.ok && state.values.version ? state.values : initial;
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-5">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="version" value={v.version ?? '0'} />
      <TextField name="title" label={f.title} required defaultValue={v.title} errors={errors.title} />
      <TextArea name="body" label={f.body} required rows={8} defaultValue={v.body} errors={errors.body} />
      <SelectField name="category" label={f.category} required defaultValue={v.category} errors={errors.category}>
        {CATEGORIES.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="text-lg font-semibold">{f.address}</legend>
        <div className="mt-2 grid grid-cols-6 gap-4">
          <TextField className="col-span-6" name="street" label={r.street} required defaultValue={v.street} errors={errors.street} />
          <TextField className="col-span-3 sm:col-span-2" name="houseNumber" label={r.houseNumber} required defaultValue={v.houseNumber} errors={errors.houseNumber} />
          <TextField className="col-span-3 sm:col-span-2" name="addition" label={r.addition} defaultValue={v.addition} errors={errors.addition} />
          <TextField className="col-span-6 sm:col-span-2" name="postcode" label={r.postcode} required defaultValue={v.postcode} errors={errors.postcode} />
          <TextField className="col-span-6 sm:col-span-4" name="city" label={r.city} required defaultValue={v.city} errors={errors.city} />
        </div>
      </fieldset>
      <TextArea name="openingInfo" label={f.openingInfo} rows={3} defaultValue={v.openingInfo} errors={errors.openingInfo} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{nl.offer.page.contact}</legend>
        {(['phone', 'email', 'website'] as const).map((field) => {
          const show = `show${field[0].toUpperCase()}${field.slice(1)}`;
          return (
            <div key={field} className="space-y-2">
              <TextField name={field} label={f[field]} type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'url'} defaultValue={v[field]} errors={errors[field]} />
              <Checkbox name={show} label={`${f.show}: ${f[field].toLowerCase()}`} defaultChecked={v[show] === 'on'} />
            </div>
          );
        })}
      </fieldset>
      {currentPhotoId ? <Checkbox name="keepPhoto" value={currentPhotoId} label={nl.offer.editor.keepPhoto} defaultChecked={v.keepPhoto === currentPhotoId} /> : null}
      <PhotoUpload label={currentPhotoId ? nl.photo.replace : f.photo} initial={{ id: v.photoId, claim: v.photoClaim, src: v.photoSrc }} errors={errors.photo} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" pendingText={nl.offer.editor.saving} secondary>
          {nl.offer.editor.save}
        </SubmitButton>
        <SubmitButton name="intent" value="send" pendingText={nl.offer.editor.saving}>
          {nl.offer.editor.send}
        </SubmitButton>
      </div>
    </form>
  );
}
