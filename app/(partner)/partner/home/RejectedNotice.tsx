import { portalText } from '@/lib/i18n/request';
import { StartForm } from '../acties/StartForm';

/**
 * A proposal the editors refused (issue 18), as the partner reads it on Home and on the proposal's
 * own page: the editors' reason, and the way on — a copy into a new proposal.
 */
export async function RejectedNotice({ offerId, reason, copyable }: { offerId: string; reason: string; copyable: boolean }) {
  const texts = await portalText();
  const t = texts.reject;
  const id = `rejected-${offerId}`;
  return (
    <div className="w-full rounded-md border-l-4 border-danger bg-danger-light p-4">
      <p id={id} className="font-semibold text-danger">
        {t.partnerTitle}
      </p>
      {reason ? (
        <>
          <p className="mt-2">{t.partnerReason}</p>
          <blockquote className="mt-1 rounded-md bg-white p-3 whitespace-pre-line">{reason}</blockquote>
        </>
      ) : null}
      {copyable ? (
        <div className="mt-3 space-y-2">
          <p>{t.partnerCopyHint}</p>
          <StartForm label={texts.discount.retract.copy} copyOf={offerId} secondary describedBy={id} />
        </div>
      ) : null}
    </div>
  );
}
