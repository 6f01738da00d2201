'use client';

import { endActionAction } from '@/lib/discounts/actions';
import { formatIsoDate } from '@/lib/i18n/format';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { TextArea, TextField, fieldBinder } from '@/components/ui/Field';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';
import { usePortalLocale, usePortalText } from '@/components/i18n/PortalLocale';

/**
 * "Actie beëindigen": behind a disclosure, so one press never ends an action. The partner picks the
 * last day (today by default, as early as it can be) and may say why; the editors read it in their mail.
 */
export function EndForm({
  offerId,
  version,
  title,
  min,
  max,
}: {
  offerId: string;
  version: number;
  title: string;
  /** The first and last day that can be chosen (YYYY-MM-DD). */
  min: string;
  max: string;
}) {
  const t = usePortalText().discount.end;
  const locale = usePortalLocale();
  return (
    <DisclosureForm action={endActionAction} texts={t} about={title} formClassName="mt-3 max-w-xl space-y-4">
      {(state) => (
        <>
          <p>{t.explanation}</p>
          <OfferVersionFields offerId={offerId} version={version} />
          <TextField
            id={`lastDay-${offerId}`}
            name="lastDay"
            type="date"
            label={t.lastDay}
            // The error names the range itself: the hint would say it twice.
            hint={state.fieldErrors.lastDay ? undefined : t.lastDayHint(formatIsoDate(min, {}, locale), formatIsoDate(max, {}, locale))}
            required
            min={min}
            max={max}
            defaultValue={state.values.lastDay ?? min}
            errors={state.fieldErrors.lastDay}
            inputClassName="max-w-56"
          />
          <TextArea
            id={`endReason-${offerId}`}
            label={t.reason}
            hint={t.reasonHint}
            rows={3}
            maxLength={500}
            {...fieldBinder(state.values, state.fieldErrors)('reason')}
          />
        </>
      )}
    </DisclosureForm>
  );
}
