import { Alert } from '@/components/ui/Alert';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';

/** In place of the editor's form for what the editors refused (issue 18): what it means, when, by whom, why. */
export async function RejectedNote({ note, at, by, reason }: { note: string; at: Date | null; by: string | null; reason: string | null }) {
  const t = (await portalText()).reject;
  const locale = await requestLocale();
  return (
    <div className="mt-6">
      <Alert kind="info">
        <p>{note}</p>
        {at ? <p className="mt-2 font-normal">{t.rejectedOn(formatDate(at, locale), by ?? '')}</p> : null}
        {reason ? (
          <p className="mt-2 font-normal whitespace-pre-line">
            {t.reasonLabel} {reason}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
