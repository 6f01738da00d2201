import { Alert } from '@/components/ui/Alert';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';

type Closed = { closedAt: Date | null; closedReason: string | null; closedByName: string | null };

/** In place of the editor's form, for a partner that ended the partnership (ADR 0024): when, by whom, why. */
export async function ClosedPartnerNote({ organisation: org }: { organisation: Closed }) {
  const t = (await portalText()).close;
  const locale = await requestLocale();
  const date = org.closedAt ? formatDate(org.closedAt, locale) : '';
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
