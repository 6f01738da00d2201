'use client';

import { useActionState, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { formDataToObject, initialFormState } from '@/lib/forms';
import { saveDiscountFormAction, saveListingAction } from '@/lib/offers/actions';
import { listingFormSchema } from '@/lib/offers/schema';
import { previewView, uploadedPhoto } from '@/lib/offers/preview';
import type { PhotoSources } from '@/lib/photos/sources';
import { discountEditorFields } from '@/lib/discounts/schema';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { OfferPage } from '@/components/offer/OfferPage';
import { OfferDetailFields, OfferTextFields, TranslationFields } from '@/components/offer/OfferFormFields';
import { LOCALES, PUBLIC_LOCALES, type Locale } from '@/lib/i18n/locales';
import { PlaceFields } from '@/components/offer/PlaceFields';
import type { LocationView } from '@/lib/locations/queries';
import { FinancialFields, TipsFields, ValidityFields } from '@/components/offer/DiscountFields';
import { usePortalText } from '@/components/i18n/PortalLocale';

type Target = { kind: 'CREDIT_LISTING'; organisationId: string } | { kind: 'DISCOUNT_ACTION'; offerId: string };

type Props = {
  target: Target;
  /** The form's values: the stored offer, or for a new listing what the partner registered. */
  initial: Record<string, string>;
  /** The photo the offer (or else the organisation) has now. */
  currentPhoto: { id: string; sources: PhotoSources } | null;
  organisationName: string;
  /** The partner's locations: the offer applies to all or chosen ones. */
  locations: LocationView[];
  title: string;
  /** Notes above the form (status, what to do), from the page. */
  children?: ReactNode;
};

/**
 * The editor writes an offer for the website — a credit listing, or a discount action with its
 * period and prices — beside a live preview: the one OfferPage, built from what is typed the same
 * way the server builds it from what is saved (lib/offers/preview.ts). Saved as a draft or sent for
 * the partner's approval. Without JavaScript the form still saves; the preview shows the saved offer.
 */
export function OfferForm({ target, initial, currentPhoto, organisationName, locations, title, children }: Props) {
  const texts = usePortalText();
  const discount = target.kind === 'DISCOUNT_ACTION';
  const [state, formAction] = useActionState(discount ? saveDiscountFormAction : saveListingAction, initialFormState);
  const schema = useMemo(() => (discount ? listingFormSchema.and(discountEditorFields()) : listingFormSchema), [discount]);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(schema, state);
  // After a refusal, what the editor typed; otherwise the stored offer (fresh after each save).
  const v = !state.ok && state.values.version ? state.values : initial;

  // What is in the form now, for the preview; null until the editor changes something (and again
  // after each answer, when the form is mounted anew with `v`).
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const [typedIn, setTypedIn] = useState(formKey);
  if (typedIn !== formKey) {
    setTypedIn(formKey);
    setTyped(null);
  }
  const readForm = () => {
    if (formRef.current) setTyped(formDataToObject(new FormData(formRef.current)));
  };
  // The photo upload sets its hidden fields without an input event: watch their values. And a
  // field that is enabled again (keeping the current photo, once a new upload is removed) counts again.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const observer = new MutationObserver(() => setTyped(formDataToObject(new FormData(form))));
    observer.observe(form, { subtree: true, attributes: true, attributeFilter: ['value', 'disabled'] });
    return () => observer.disconnect();
  }, [formRef, formKey]);

  const values = typed ?? v;
  const photos = useMemo(() => (currentPhoto ? { [currentPhoto.id]: currentPhoto.sources } : {}), [currentPhoto]);
  // The page in any of the public site's languages: with its translation, or the Dutch with the note (issue 21).
  const [previewLocale, setPreviewLocale] = useState<Locale>('nl');
  const view = useMemo(
    () => previewView(values, { kind: target.kind, organisationName, photos, saved: initial, locations, locale: previewLocale }),
    [values, target.kind, organisationName, photos, initial, locations, previewLocale],
  );
  const newPhoto = uploadedPhoto(values) !== null;
  const t = texts.offer.editor;

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="form-title" className="min-w-0 rounded-lg bg-white p-5">
        <h2 id="form-title" className="mb-4 text-xl font-bold">
          {title}
        </h2>
        {children}
        <form
          key={formKey}
          ref={formRef}
          action={formAction}
          onSubmit={onSubmit}
          onChange={(event: FormEvent<HTMLFormElement>) => {
            onChange(event);
            readForm();
          }}
          noValidate
          className="space-y-5"
        >
          <FormMessage state={state} />
          {target.kind === 'DISCOUNT_ACTION' ? (
            <input type="hidden" name="offerId" value={target.offerId} />
          ) : (
            <input type="hidden" name="organisationId" value={target.organisationId} />
          )}
          <input type="hidden" name="version" value={v.version ?? '0'} />
          <OfferTextFields v={v} errors={errors} />
          <TranslationFields v={v} errors={errors} />
          {discount ? (
            <>
              <FinancialFields v={v} errors={errors} />
              <ValidityFields v={v} errors={errors} />
              <TipsFields v={v} errors={errors} />
            </>
          ) : null}
          <PlaceFields locations={locations} addressLegend={texts.offer.fields.address} values={v} errors={errors} />
          <OfferDetailFields
            v={v}
            errors={errors}
            currentPhoto={currentPhoto ? { id: currentPhoto.id, src: currentPhoto.sources.src } : null}
            newPhoto={newPhoto}
          />
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="intent" value="save" pendingText={t.saving} secondary>
              {t.save}
            </SubmitButton>
            <SubmitButton name="intent" value="send" pendingText={t.saving}>
              {t.send}
            </SubmitButton>
          </div>
        </form>
      </section>
      {/* Beside the form on a wide screen, and kept in view while the editor scrolls the long form. */}
      <section
        aria-labelledby="preview-title"
        className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
      >
        <h2 id="preview-title" className="text-xl font-bold">
          {t.preview}
        </h2>
        <p className="mb-3 text-sm text-muted">{t.previewLive}</p>
        <div role="group" aria-label={texts.offer.translations.previewIn} className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span aria-hidden="true" className="font-semibold">
            {texts.offer.translations.previewIn}:
          </span>
          {PUBLIC_LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={previewLocale === l}
              onClick={() => setPreviewLocale(l)}
              className={`rounded-md border-2 px-2 py-1 ${previewLocale === l ? 'border-brand bg-brand text-white' : 'border-line/60 bg-white text-brand'}`}
            >
              {LOCALES[l].name}
            </button>
          ))}
        </div>
        <div dir={LOCALES[previewLocale].dir}>
          <OfferPage offer={view} headingLevel={2} locale={previewLocale} />
        </div>
      </section>
    </div>
  );
}
