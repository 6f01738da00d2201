'use client';

import { useActionState, useEffect, useMemo, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { initialFormState } from '@/lib/forms';
import { saveStepAction } from '@/lib/discounts/actions';
import { STEP_SLUGS, stepOf, type StepSlug } from '@/lib/discounts/draft';
import { formatIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { defaultValidity } from '@/lib/discounts/schema';
import type { PhotoSources } from '@/lib/photos/service';
import { Checkbox, EmailField, PhoneField, TextArea, TextField, fieldBinder } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { PhotoUpload } from '@/components/photo/PhotoUpload';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { PlaceFields } from '@/components/offer/PlaceFields';
import type { LocationView } from '@/lib/locations/queries';
import { FinancialFields, TipsFields, ValidityFields } from '@/components/offer/DiscountFields';
import { usePortalLocale, usePortalText } from '@/components/i18n/PortalLocale';
import type { PortalLocale } from '@/lib/i18n/locales';
import type { PortalMessages } from '@/lib/i18n/portal';
import { useAutosave } from './useAutosave';

/** The default period, said beside the dates (it is what a new proposal starts with). */
function validityHint(f: PortalMessages['discount']['fields'], locale: PortalLocale) {
  const { validFrom, validUntil } = defaultValidity(todayInDordrecht());
  return f.validityDefault(formatIsoDate(validFrom, {}, locale), formatIsoDate(validUntil, {}, locale));
}
type Props = {
  offerId: string;
  version: number;
  step: StepSlug;
  draft: Record<string, string>;
  photo: PhotoSources | null;
  category: string;
  /** The partner's locations: the action applies to all or chosen ones. */
  locations: LocationView[];
};

/**
 * One wizard step. Every button saves what was typed (also "Vorige", without checking it); with
 * JavaScript the step is also saved while typing, and the step indicator's links wait for that save.
 */
export function WizardForm({ offerId, version, step, draft, photo, category, locations }: Props) {
  const t = usePortalText();
  const locale = usePortalLocale();
  const f = t.discount.fields;
  const router = useRouter();
  const [state, formAction] = useActionState(saveStepAction, initialFormState);
  const schema = useMemo(() => stepOf(step)!.schema(todayInDordrecht())!, [step]);
  const feedback = useFormFeedback(schema, state, (submitter) => (submitter as HTMLButtonElement | null)?.value === 'next');
  const { formRef } = feedback;
  const v: Record<string, string> = state.values.version ? state.values : { ...draft, version: String(version) };
  const autosave = useAutosave(formRef, Number(v.version));
  const errors = feedback.errors;
  const field = fieldBinder(v, errors);

  // The step indicator's links: save first, then go.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a[data-wizard-link]') as HTMLAnchorElement | null;
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      void autosave.flush().then(() => router.push(link.getAttribute('href')!));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [autosave, router]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (autosave.busy()) {
      // Send with the version the running save returns.
      event.preventDefault();
      void autosave.settled().then(() => formRef.current?.requestSubmit(submitter));
      return;
    }
    feedback.onSubmit(event);
    if (event.defaultPrevented) {
      void autosave.onChange(); // not sent because of errors: still saved as typed
    } else {
      autosave.cancel();
      autosave.stamp(event.currentTarget);
    }
  };

  const index = STEP_SLUGS.indexOf(step);
  const isLast = STEP_SLUGS[index + 1] === 'indienen';
  return (
    <form
      id="wizard-form"
      key={feedback.formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onChange={(e) => {
        feedback.onChange(e);
        autosave.onChange();
      }}
      onInput={autosave.onInput}
      noValidate
      className="space-y-6"
    >
      <FormMessage state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="version" value={autosave.version} />
      <input type="hidden" name="step" value={step} />
      {step === 'onderwerp' ? <TextField {...field('subject')} label={f.subject} hint={f.subjectHint} required /> : null}
      {step === 'looptijd' ? <ValidityFields v={v} errors={errors} hint={validityHint(f, locale)} /> : null}
      {step === 'beschrijving' ? (
        <>
          <TextArea {...field('description')} label={f.description} hint={f.descriptionHint} required rows={8} />
          <TextArea {...field('editorsInfo')} label={f.editorsInfo} hint={f.editorsInfoHint} rows={4} />
        </>
      ) : null}
      {step === 'foto' ? (
        <>
          <div>
            {draft.photoId ? (
              <div className="mb-3 max-w-sm space-y-2">
                <OrganisationPhoto photo={photo} category={category} alt="" />
                <Checkbox
                  name="keepPhoto"
                  value={draft.photoId}
                  label={f.keepPhoto}
                  defaultChecked={state.values.version ? v.keepPhoto === draft.photoId : true}
                />
              </div>
            ) : null}
            <PhotoUpload
              label={draft.photoId ? t.photo.replace : f.photo}
              initial={{ id: v.photoId === draft.photoId ? '' : v.photoId, claim: v.photoClaim, src: v.photoSrc }}
              errors={errors.photo}
              onPhotoChange={autosave.onChange}
            />
          </div>
          <TipsFields v={v} errors={errors} />
        </>
      ) : null}
      {step === 'financieel' ? <FinancialFields v={v} errors={errors} /> : null}
      {step === 'contact' ? (
        <>
          <p className="rounded-md bg-brand-light p-3">{f.contactHint}</p>
          <TextField {...field('contactName')} label={f.contactName} required autoComplete="name" />
          <PhoneField {...field('phone')} label={t.offer.fields.phone} required />
          <EmailField {...field('email')} label={t.offer.fields.email} required />
          <TextField {...field('website')} label={`${t.offer.fields.website} ${t.app.optional}`} type="url" />
          <fieldset aria-describedby="public-contact-hint" className="space-y-3 rounded-md border-2 border-line/40 p-4">
            <legend className="px-1 font-semibold">{f.publicContact}</legend>
            <p id="public-contact-hint" className="text-sm text-muted">
              {f.publicContactHint}
            </p>
            <Checkbox name="showPhone" label={f.showPhone} defaultChecked={v.showPhone === 'on'} />
            <Checkbox name="showEmail" label={f.showEmail} defaultChecked={v.showEmail === 'on'} />
            <Checkbox name="showWebsite" label={f.showWebsite} defaultChecked={v.showWebsite === 'on'} />
          </fieldset>
          <PlaceFields locations={locations} addressLegend={f.address} values={v} errors={errors} />
        </>
      ) : null}
      <div className="flex flex-row-reverse flex-wrap items-center justify-between gap-3 border-t border-line/40 pt-5">
        <SubmitButton name="intent" value="next" pendingText={t.discount.nav.saving}>
          {isLast ? t.discount.nav.toSummary : t.discount.nav.next} →
        </SubmitButton>
        {index > 0 ? (
          <SubmitButton name="intent" value="back" pendingText={t.discount.nav.saving} secondary>
            ← {t.discount.nav.back}
          </SubmitButton>
        ) : null}
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {autosave.status.kind === 'saving' ? t.discount.autosave.saving : null}
        {autosave.status.kind === 'saved' ? t.discount.autosave.saved(autosave.status.at) : null}
        {autosave.status.kind === 'failed' ? <span className="font-semibold text-danger">{autosave.status.message}</span> : null}
      </p>
    </form>
  );
}
