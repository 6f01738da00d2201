'use client';

import type { ChangeEvent } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { formatAddress } from '@/lib/i18n/format';
import { CHOICE_FIELD, choiceInput, shownChoice, tickName, type ChoosableLocation } from '@/lib/locations/choice';
import { Checkbox, FieldMessages } from '@/components/ui/Field';
import { AddressFields } from '@/components/ui/AddressFields';

type Props = {
  /** The partner's locations, in their order; none: the address is typed (only very old partners). */
  locations: readonly (ChoosableLocation & { name: string })[];
  /** The legend of the typed address. */
  addressLegend: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
};

/**
 * Where the offer is: with locations, "Alle locaties" or "Alleen deze locaties:" with a checkbox per
 * location (works without JavaScript; with it, ticking one also picks "Alleen deze locaties");
 * without, the address fields as before.
 */
export function PlaceFields({ locations, addressLegend, values, errors }: Props) {
  const t = usePortalText().offerLocations;
  if (!locations.length) return <AddressFields legend={addressLegend} values={values} errors={errors} />;
  const { mode, ids } = shownChoice(choiceInput(values), locations);
  const error = errors[CHOICE_FIELD];
  const pickChosen = (event: ChangeEvent<HTMLInputElement>) => {
    if (!event.currentTarget.checked) return;
    const radio = event.currentTarget.form?.querySelector<HTMLInputElement>(`input[name="${CHOICE_FIELD}"][value="chosen"]`);
    if (radio) radio.checked = true;
  };
  const radio = 'mt-1 size-5 shrink-0 accent-brand';
  return (
    <fieldset className="space-y-3" aria-describedby={error?.length ? `${CHOICE_FIELD}-error` : undefined} data-location-choice>
      <legend className="text-lg font-semibold">{t.legend}</legend>
      <label className="flex items-start gap-3">
        {/* The first radio carries the group's id, so the error summary can link to it. */}
        <input id={CHOICE_FIELD} type="radio" name={CHOICE_FIELD} value="all" defaultChecked={mode === 'all'} className={radio} />
        <span>
          <span className="block font-semibold">{t.all}</span>
          <span className="block text-sm text-muted">{t.allHint}</span>
        </span>
      </label>
      <label className="flex items-start gap-3">
        <input type="radio" name={CHOICE_FIELD} value="chosen" defaultChecked={mode === 'chosen'} className={radio} />
        <span className="font-semibold">{t.chosen}</span>
      </label>
      <ul className="ml-8 space-y-2">
        {locations.map((l) => (
          <li key={l.id}>
            <Checkbox
              name={tickName(l.id)}
              label={
                <>
                  {l.name}
                  <span className="block text-sm font-normal text-muted">{formatAddress(l)}</span>
                </>
              }
              defaultChecked={mode === 'chosen' && ids.includes(l.id)}
              onChange={pickChosen}
            />
          </li>
        ))}
      </ul>
      <FieldMessages name={CHOICE_FIELD} errors={error} />
    </fieldset>
  );
}
