import { portalText } from '@/lib/i18n/request';
import type { HomeOrganisation } from '@/lib/partners/queries';
import { Panel } from '@/components/ui/Panel';

/** The empty state: nothing submitted and nothing being written yet. */
export async function NextSteps({ partnerType }: { partnerType: HomeOrganisation['partnerType'] }) {
  const t = (await portalText()).partnerHome;
  return (
    <Panel id="next-title" title={t.nextTitle} className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
      <p className="mt-2">{partnerType === 'DISCOUNT' ? t.nextBodyDiscount : t.nextBody}</p>
      <p className="mt-2 text-muted">{t.nothingToApprove}</p>
    </Panel>
  );
}
