import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { nl } from '@/lib/i18n/nl';
import type { HomeApprovals } from '@/lib/partners/queries';

/** The offers waiting for the partner's approval: one section per kind that has any. */
export function ApprovalRequests({ groups }: { groups: HomeApprovals[] }) {
  return groups.map(({ kind, offers }) => (
    <section key={kind} aria-labelledby={`approval-${kind}`} className="mt-6 rounded-lg border-l-4 border-focus bg-white p-5">
      <h2 id={`approval-${kind}`} className="text-xl font-bold">
        {kind === 'CREDIT_LISTING' ? nl.offer.partner.approvalNeeded : nl.discount.partner.approvalNeeded}
      </h2>
      <ul className="mt-3 space-y-3">
        {offers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
            <span>
              <span className="block font-semibold">{o.title}</span>
              <span className="block text-sm text-muted">{nl.offer.kinds[o.kind]}</span>
            </span>
            <Link href={`/partner/aanbod/${o.id}`} className={buttonClass} aria-label={`${nl.offer.partner.handle}: ${o.title}`}>
              {nl.offer.partner.handle}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  ));
}
