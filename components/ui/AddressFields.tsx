import { nl } from '@/lib/i18n/nl';
import { fieldBinder, TextField } from './Field';

const f = nl.registration.fields;
const PARTS = ['street', 'houseNumber', 'addition', 'postcode', 'city'] as const;

/**
 * A Dutch address as one group: street, number, addition, postcode, city. Without a prefix the
 * fields are named `street`, `houseNumber`, …; with one `visitStreet`, `postalHouseNumber`, … (the
 * registration has both addresses). A postal address is filled in by the browser as the billing one.
 */
export function AddressFields({
  prefix,
  legend,
  values,
  errors,
  defaultCity,
}: {
  prefix?: 'visit' | 'postal';
  legend: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
  /** The city to start with when nothing was typed (most partners are in Dordrecht). */
  defaultCity?: string;
}) {
  const names = Object.fromEntries(
    PARTS.map((part) => [part, prefix ? `${prefix}${part[0].toUpperCase()}${part.slice(1)}` : part]),
  ) as Record<(typeof PARTS)[number], string>;
  const field = fieldBinder(values, errors);
  const auto = prefix === 'postal' ? 'billing ' : '';
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-6 gap-4">
        <TextField
          {...field(names.street)}
          className="col-span-6"
          label={prefix === 'postal' ? f.postalStreet : f.street}
          required
          autoComplete={`${auto}address-line1`}
        />
        <TextField {...field(names.houseNumber)} className="col-span-3 sm:col-span-2" label={f.houseNumber} required inputMode="numeric" />
        <TextField {...field(names.addition)} className="col-span-3 sm:col-span-2" label={f.addition} />
        <TextField
          {...field(names.postcode)}
          className="col-span-6 sm:col-span-2"
          label={f.postcode}
          required
          autoComplete={`${auto}postal-code`}
        />
        <TextField
          {...field(names.city)}
          defaultValue={values[names.city] ?? defaultCity}
          className="col-span-6 sm:col-span-4"
          label={f.city}
          required
          autoComplete={`${auto}address-level2`}
        />
      </div>
    </fieldset>
  );
}
