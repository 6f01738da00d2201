'use client';

import { retractProposalAction } from '@/lib/discounts/actions';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { TextArea, fieldBinder } from '@/components/ui/Field';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';
import { usePortalText } from '@/components/i18n/PortalLocale';

/**
 * "Voorstel intrekken": behind a disclosure, so one press never takes a proposal back. Once the
 * editors have started on it the partner says why (they read it in their mail and the history).
 */
export function RetractForm({
  offerId,
  version,
  editorsStarted,
  title,
}: {
  offerId: string;
  version: number;
  editorsStarted: boolean;
  title: string;
}) {
  const texts = usePortalText();
  const t = texts.discount.retract;
  return (
    <DisclosureForm action={retractProposalAction} texts={t} about={title} className="w-full sm:w-auto">
      {(state) => (
        <>
          <OfferVersionFields offerId={offerId} version={version} />
          <TextArea
            id={`reason-${offerId}`}
            label={editorsStarted ? t.reason : `${t.reason} ${texts.app.optional}`}
            hint={editorsStarted ? t.reasonHint : undefined}
            required={editorsStarted}
            rows={3}
            maxLength={500}
            {...fieldBinder(state.values, state.fieldErrors)('reason')}
          />
        </>
      )}
    </DisclosureForm>
  );
}
