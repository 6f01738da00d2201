import { usePortalText } from '@/components/i18n/PortalLocale';
import { fieldBinder, TextField } from './Field';
import { AddressLookup } from './AddressLookup';

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
  lookup = prefix !== 'postal',
}: {
  prefix?: 'visit' | 'postal';
  legend: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
  /** The city to start with when nothing was typed (most partners are in Dordrecht). */
  defaultCity?: string;
  /**
   * Street and city filled in from postcode and house number (PDOK, components/ui/AddressLookup.tsx):
   * the Dutch pattern, so postcode and number come first. By default for every address but a postal
   * one (a Postbus is no building).
   */
  lookup?: boolean;
}) {
  const t = usePortalText();
  const f = t.registration.fields;
  const names = Object.fromEntries(
    PARTS.map((part) => [part, prefix ? `${prefix}${part[0].toUpperCase()}${part.slice(1)}` : part]),
  ) as Record<(typeof PARTS)[number], string>;
  const field = fieldBinder(values, errors);
  const auto = prefix === 'postal' ? 'billing ' : '';
  const street = (
    <TextField
      {...field(names.street)}
      className="col-span-6"
      label={prefix === 'postal' ? f.postalStreet : f.street}
      required
      autoComplete={`${auto}address-line1`}
    />
  );
  const number = (
    <TextField {...field(names.houseNumber)} className="col-span-3 sm:col-span-2" label={f.houseNumber} required inputMode="numeric" />
  );
  const addition = <TextField {...field(names.addition)} className="col-span-3 sm:col-span-2" label={f.addition} />;
  const postcode = (
    <TextField
      {...field(names.postcode)}
      className="col-span-6 sm:col-span-2"
      label={f.postcode}
      required
      autoComplete={`${auto}postal-code`}
    />
  );
  const city = (
    <TextField
      {...field(names.city)}
      defaultValue={values[names.city] ?? defaultCity}
      className="col-span-6 sm:col-span-4"
      label={f.city}
      required
      autoComplete={`${auto}address-level2`}
    />
  );
  return (
    <fieldset aria-describedby={lookup ? `${names.postcode}-lookup-hint` : undefined}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {lookup ? (
        <p id={`${names.postcode}-lookup-hint`} className="mt-1 text-sm text-muted">
          {t.addressLookup.hint}
        </p>
      ) : null}
      <div className="mt-2 grid grid-cols-6 gap-4">
        {lookup ? (
          <>
            {postcode}
            {number}
            {addition}
            {street}
          </>
        ) : (
          <>
            {street}
            {number}
            {addition}
            {postcode}
          </>
        )}
        {city}
        {lookup ? <AddressLookup names={names} id={`${names.postcode}-lookup`} /> : null}
      </div>
    </fieldset>
  );
}
