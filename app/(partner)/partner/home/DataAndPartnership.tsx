import { env } from '@/lib/env';
import { portalText } from '@/lib/i18n/request';
import { Panel } from '@/components/ui/Panel';
import { secondaryButtonClass } from '@/components/ui/classes';
import { ClosePartnership } from './ClosePartnership';

/** The route handler app/(partner)/partner/gegevens.json/route.ts. */
const EXPORT_HREF = '/partner/gegevens.json';

/** For the beheerder (ADR 0024): the organisation's data as a file, and ending the partnership. */
export async function DataAndPartnership() {
  const t = (await portalText()).close;
  return (
    <Panel id="data-title" title={t.title} className="mt-8 rounded-lg bg-white p-5">
      <p className="mt-2 max-w-3xl">{t.downloadHint}</p>
      <p className="mt-3">
        {/* A plain link: the answer is a file to save, not a page to navigate to. */}
        <a href={EXPORT_HREF} className={secondaryButtonClass}>
          {t.download}
        </a>
      </p>
      <ClosePartnership retentionDays={env().PERSONAL_DATA_RETENTION_DAYS} exportHref={EXPORT_HREF} />
    </Panel>
  );
}
