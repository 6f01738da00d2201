import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';

type Inactive = {
  id: string;
  status: string;
  deactivatedAt: Date | null;
  deactivatedReason: string | null;
  deactivatedByName: string | null;
};

/** On the editor pages of a deactivated partner (ADR 0028): when, by whom, why, and where to make it active again. */
export async function InactivePartnerNote({ organisation: org, recordLink = true }: { organisation: Inactive; recordLink?: boolean }) {
  if (org.status !== 'INACTIVE') return null;
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.record.deactivate;
  return (
    <div className="mt-4">
      <Alert kind="info">
        <p>{t.note(org.deactivatedAt ? formatDate(org.deactivatedAt, locale) : '', org.deactivatedByName ?? '')}</p>
        <p className="mt-2 font-normal">{t.noteDetail}</p>
        {org.deactivatedReason ? (
          <p className="mt-2 font-normal whitespace-pre-line">
            {t.reasonLabel} {org.deactivatedReason}
          </p>
        ) : null}
        {recordLink ? (
          <p className="mt-2 font-normal">
            <Link href={`/redactie/partners/${org.id}/dossier#status-title`}>{texts.record.reactivate.title}</Link>
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
