'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { proposeListingChangeAction } from '@/lib/offers/actions';
import { listingChangeSchema } from '@/lib/offers/schema';
import { OfferDetailFields, OfferTextFields } from '@/components/offer/OfferFormFields';
import { PlaceFields } from '@/components/offer/PlaceFields';
import type { LocationView } from '@/lib/locations/queries';
import { TextArea, fieldBinder } from '@/components/ui/Field';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "Wijziging voorstellen" of a credit listing: the listing's fields as they are online, and a note for the editors. */
export function ListingChangeForm({
  offerId,
  version,
  initial,
  locations,
}: {
  offerId: string;
  version: number;
  initial: Record<string, string>;
  /** The partner's locations, to choose where the listing applies. */
  locations: LocationView[];
}) {
  const texts = usePortalText();
  const [state, formAction] = useActionState(proposeListingChangeAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(listingChangeSchema, state);
  // After a refusal, what the partner typed; otherwise what is online.
  const v = !state.ok && state.values.offerId ? state.values : initial;
  const field = fieldBinder(v, errors);
  const t = texts.offer.change;
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-5">
      <FormMessage state={state} />
      <OfferVersionFields offerId={offerId} version={version} />
      <OfferTextFields v={v} errors={errors} />
      <PlaceFields locations={locations} addressLegend={texts.offer.fields.address} values={v} errors={errors} />
      <OfferDetailFields v={v} errors={errors} currentPhoto={null} photo={false} />
      <TextArea {...field('note')} label={t.note} hint={t.noteHint} rows={3} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t.submitting}>{t.submit}</SubmitButton>
        <Link href="/partner">{t.cancel}</Link>
      </div>
    </form>
  );
}
