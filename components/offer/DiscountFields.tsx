import { usePortalText } from '@/components/i18n/PortalLocale';
import type { FieldErrors } from '@/lib/forms';
import { MAX_BANDS, tariffRows, type TariffRow } from '@/lib/discounts/schema';

const BAND_FIELDS = ['minAge', 'maxAge', 'regular', 'pass'] as const satisfies readonly (keyof TariffRow)[];
import { Checkbox, FieldMessages, RadioGroup, TextArea, TextField, fieldBinder } from '@/components/ui/Field';

// The discount's own fields, the same on the partner's wizard steps and on the editors' form.
type Props = { v: Record<string, string | undefined>; errors: FieldErrors };

/** `hint` replaces the general rule, e.g. with the default period the wizard filled in. */
export function ValidityFields({ v, errors, hint }: Props & { hint?: string }) {
  const t = usePortalText();
  const f = t.discount.fields;
  const field = fieldBinder(v, errors);
  return (
    <>
      <fieldset>
        <legend className="font-semibold">{t.discount.steps.looptijd}</legend>
        <p id="validity-hint" className="text-sm text-muted">
          {hint ?? f.validityHint}
        </p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <TextField {...field('validFrom')} label={f.validFrom} type="date" required inputClassName="max-w-56" />
          <TextField {...field('validUntil')} label={f.validUntil} type="date" required inputClassName="max-w-56" />
        </div>
      </fieldset>
      <TextArea {...field('validityNote')} label={f.validityNote} hint={f.validityNoteHint} rows={2} />
    </>
  );
}

export function TipsFields({ v, errors }: Props) {
  const f = usePortalText().discount.fields;
  const field = fieldBinder(v, errors);
  return (
    <>
      <TextArea {...field('tips')} label={f.tips} hint={f.tipsHint} rows={3} />
      <Checkbox name="reservationRequired" label={f.reservationRequired} defaultChecked={v.reservationRequired === 'on'} />
    </>
  );
}

export function FinancialFields({ v, errors }: Props) {
  const f = usePortalText().discount.fields;
  const field = fieldBinder(v, errors);
  // The bands as the server numbers them (without gaps, so errors land on the right row), then
  // empty rows up to five: adding a band needs no JavaScript.
  const bands = tariffRows(v);
  const rows = Math.min(MAX_BANDS, Math.max(5, bands.length + 1));
  const value = (i: number, k: keyof TariffRow) => bands[i]?.[k] ?? '';
  const bandError = (i: number, k: string) => errors[`tariffs.${i}.${k}`];
  return (
    <div className="discount-type space-y-5">
      <RadioGroup
        {...field('discountType')}
        label={f.discountType}
        required
        options={[
          { value: 'PERCENT', label: f.percentType },
          { value: 'TARIFFS', label: f.tariffsType },
        ]}
      />
      <div className="discount-percent">
        <TextField {...field('percent')} label={f.percent} hint={f.percentHint} inputMode="decimal" inputClassName="max-w-32" />
      </div>
      <fieldset className="discount-tariffs @container" aria-describedby={`tariffs-hint${errors.tariffs ? ' tariffs-error' : ''}`}>
        <legend className="font-semibold">{f.tariffs}</legend>
        <FieldMessages name="tariffs" hint={f.tariffsHint} errors={errors.tariffs} />
        <div className="mt-3 space-y-4">
          {Array.from({ length: rows }, (_, i) => (
            <fieldset key={i} className="rounded-md border border-line/50 p-3">
              <legend className="px-1 text-sm font-semibold">{f.band(i + 1)}</legend>
              {/* Inputs in one aligned row; their messages under the row, still linked to each input. */}
              <div className="grid grid-cols-2 items-end gap-3 @lg:grid-cols-4">
                {BAND_FIELDS.map((k) => (
                  <TextField
                    key={k}
                    name={`tariffs.${i}.${k}`}
                    label={f[k]}
                    inputMode={k === 'minAge' || k === 'maxAge' ? 'numeric' : 'decimal'}
                    placeholder={k === 'regular' || k === 'pass' ? f.pricePlaceholder : undefined}
                    defaultValue={value(i, k)}
                    errors={bandError(i, k)}
                    messagesElsewhere
                  />
                ))}
              </div>
              {BAND_FIELDS.map((k) => (
                <FieldMessages key={k} name={`tariffs.${i}.${k}`} errors={bandError(i, k)} />
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      <RadioGroup
        {...field('usage')}
        label={f.usage}
        required
        options={[
          { value: 'ONCE', label: f.once },
          { value: 'REPEATED', label: f.repeated },
        ]}
      />
    </div>
  );
}
