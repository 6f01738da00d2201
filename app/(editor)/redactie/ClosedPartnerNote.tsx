import { Alert } from '@/components/ui/Alert';
import { formatDate } from '@/lib/i18n/format';
import { nl } from '@/lib/i18n/nl';

type Closed = { closedAt: Date | null; closedReason: string | null; closedByName: string | null };

/** In place of the editor's form, for a partner that ended the partnership (ADR 0024): when, by whom, why. */
export function ClosedPartnerNote({ organisation: org }: { organisation: Closed }) {
  const t = nl.close;
  const date = org.closedAt ? formatDate(org.closedAt) : '';
  return (
    <div className="mt-6">
      <Alert kind="info">
        <p>{t.closedOn(date)}</p>
        <p className="mt-2 font-normal">
          {org.closedByName ? `${t.closedBy(org.closedByName)} ` : null}
          {t.editorNote}
        </p>
        {org.closedReason ? (
          <p className="mt-2 font-normal whitespace-pre-line">
            {t.reasonLabel} {org.closedReason}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
