'use client';

import { removeLocationAction } from '@/lib/locations/actions';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { FieldMessages } from '@/components/ui/Field';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** "Verwijderen…": behind a disclosure and a tick, a proposal to the editors to remove this location. */
export function RemoveLocationForm({ locationId, name }: { locationId: string; name: string }) {
  const t = usePortalText().locations;
  const f = t.form;
  return (
    <DisclosureForm
      action={removeLocationAction}
      texts={{ open: t.remove, button: f.removeSubmit, pending: f.submitting }}
      about={name}
      className="w-full sm:w-auto"
    >
      {(state) => (
        <>
          <input type="hidden" name="locationId" value={locationId} />
          <p>{f.removeExplain}</p>
          {/* Its own ids: the page has one of these per location. */}
          <div className="flex items-start gap-3">
            <input
              type="checkbox"
              name="confirm"
              id={`confirm-${locationId}`}
              aria-invalid={state.fieldErrors.confirm ? true : undefined}
              aria-describedby={state.fieldErrors.confirm ? `confirm-${locationId}-error` : undefined}
              className="mt-1 size-5 shrink-0 accent-brand"
            />
            <label htmlFor={`confirm-${locationId}`} className="font-semibold">
              {f.removeConfirm}
            </label>
          </div>
          <FieldMessages name={`confirm-${locationId}`} errors={state.fieldErrors.confirm} />
        </>
      )}
    </DisclosureForm>
  );
}
