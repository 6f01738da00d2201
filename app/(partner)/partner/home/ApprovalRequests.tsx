import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { portalText } from '@/lib/i18n/request';
import type { HomeApprovals } from '@/lib/partners/queries';

/** The offers waiting for the partner's approval: one section per kind that has any. */
export async function ApprovalRequests({ groups }: { groups: HomeApprovals[] }) {
  const t = await portalText();
  return groups.map(({ kind, offers }) => (
    <section key={kind} aria-labelledby={`approval-${kind}`} className="mt-6 rounded-lg border-l-4 border-focus bg-white p-5">
      <h2 id={`approval-${kind}`} className="text-xl font-bold">
        {kind === 'CREDIT_LISTING' ? t.offer.partner.approvalNeeded : t.discount.partner.approvalNeeded}
      </h2>
      <ul className="mt-3 space-y-3">
        {offers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
            <span>
              <span className="block font-semibold">{o.title}</span>
              <span className="block text-sm text-muted">{t.offer.kinds[o.kind]}</span>
            </span>
            <Link href={`/partner/aanbod/${o.id}`} className={buttonClass} aria-label={`${t.offer.partner.handle}: ${o.title}`}>
              {t.offer.partner.handle}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  ));
}
