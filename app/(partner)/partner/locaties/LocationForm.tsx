'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { proposeLocationAction } from '@/lib/locations/actions';
import { WEEKDAYS } from '@/lib/locations/hours';
import { hourField, locationFormSchema } from '@/lib/locations/schema';
import { AddressFields } from '@/components/ui/AddressFields';
import { PhoneField, TextField, fieldBinder } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

const ADDRESS = ['street', 'houseNumber', 'addition', 'postcode', 'city'] as const;

/**
 * "Locatie toevoegen" or "Wijzigen": name, address (filled in from postcode and number), phone, the
 * hours per weekday (two times a day; a day left empty is closed) and a remark. The first location's
 * address is the visiting address: shown, sent along unchanged, changed on Home instead.
 */
export function LocationForm({
  locationId,
  initial,
  mainAddress,
}: {
  locationId?: string;
  initial: Record<string, string>;
  /** The first location: its address as text, not editable here. */
  mainAddress?: string;
}) {
  const t = usePortalText().locations;
  const f = t.form;
  const [state, action] = useActionState(proposeLocationAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(locationFormSchema, state);
  const refused = !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);
  const v = refused ? state.values : initial;
  const field = fieldBinder(v, errors);
  return (
    <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-6 space-y-6">
      <FormMessage state={state} />
      {locationId ? <input type="hidden" name="locationId" value={locationId} /> : null}
      <TextField {...field('name')} label={f.name} hint={f.nameHint} required maxLength={120} autoComplete="organization" />
      {mainAddress ? (
        <div>
          <p className="font-semibold">{f.mainAddress(mainAddress)}</p>
          <p className="mt-1 text-sm text-muted">{f.mainAddressNote}</p>
          {ADDRESS.map((name) => (
            <input key={name} type="hidden" name={name} value={initial[name] ?? ''} />
          ))}
        </div>
      ) : (
        <AddressFields legend={f.address} values={v} errors={errors} defaultCity="Dordrecht" />
      )}
      <PhoneField {...field('phone')} label={f.phone} hint={f.phoneHint} />
      <fieldset aria-describedby="hours-hint">
        <legend className="text-lg font-semibold">{f.hours}</legend>
        <p id="hours-hint" className="mt-1 text-sm text-muted">
          {f.hoursHint}
        </p>
        <div className="mt-3 space-y-4">
          {WEEKDAYS.map((day) => (
            <fieldset key={day} className="rounded-md border border-line/50 p-3">
              <legend className="px-1 font-semibold">{t.days[day]}</legend>
              <div className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
                <TimeField {...field(hourField(day, 'From', 1))} label={f.from} />
                <TimeField {...field(hourField(day, 'To', 1))} label={f.to} />
                <TimeField {...field(hourField(day, 'From', 2))} label={f.from2} />
                <TimeField {...field(hourField(day, 'To', 2))} label={f.to2} />
              </div>
            </fieldset>
          ))}
        </div>
      </fieldset>
      <TextField {...field('hoursRemark')} label={f.remark} hint={f.remarkHint} maxLength={220} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={f.submitting}>{f.submit}</SubmitButton>
        <Link href="/partner/locaties">{f.cancel}</Link>
      </div>
    </form>
  );
}

/** A time of day: the browser's own time control (hours and minutes by keyboard), "09:00" when sent. */
function TimeField(props: { name: string; label: string; defaultValue?: string; errors?: string[] }) {
  return <TextField {...props} type="time" inputClassName="max-w-36" />;
}
