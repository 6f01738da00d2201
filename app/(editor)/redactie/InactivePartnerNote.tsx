import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatDate } from '@/lib/i18n/format';
import { nl } from '@/lib/i18n/nl';

type Inactive = {
  id: string;
  status: string;
  deactivatedAt: Date | null;
  deactivatedReason: string | null;
  deactivatedByName: string | null;
};

/** On the editor pages of a deactivated partner (ADR 0028): when, by whom, why, and where to make it active again. */
export function InactivePartnerNote({ organisation: org, recordLink = true }: { organisation: Inactive; recordLink?: boolean }) {
  if (org.status !== 'INACTIVE') return null;
  const t = nl.record.deactivate;
  return (
    <div className="mt-4">
      <Alert kind="info">
        <p>{t.note(org.deactivatedAt ? formatDate(org.deactivatedAt) : '', org.deactivatedByName ?? '')}</p>
        <p className="mt-2 font-normal">{t.noteDetail}</p>
        {org.deactivatedReason ? (
          <p className="mt-2 font-normal whitespace-pre-line">
            {t.reasonLabel} {org.deactivatedReason}
          </p>
        ) : null}
        {recordLink ? (
          <p className="mt-2 font-normal">
            <Link href={`/redactie/partners/${org.id}/dossier#status-title`}>{nl.record.reactivate.title}</Link>
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
