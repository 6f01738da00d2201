import Link from 'next/link';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import type { HomeOffer } from '@/lib/partners/queries';
import { StartForm } from '../acties/StartForm';
import { RetractForm } from './RetractForm';
import { EndForm } from './EndForm';
import { RejectedNotice } from './RejectedNotice';
import { Panel } from '@/components/ui/Panel';
import { buttonClass } from '@/components/ui/Button';

/**
 * The partner's submitted offers and where each stands; a published discount action can be renewed or
 * ended early, a proposal taken back or copied.
 */
export async function OfferList({ offers }: { offers: HomeOffer[] }) {
  const t = await portalText();
  const locale = await requestLocale();
  const d = t.discount;
  const c = t.offer.change;
  return (
    <Panel id="offers-title" title={t.partnerHome.offers} className="mt-6 rounded-lg bg-white p-5">
      <ul className="mt-3 divide-y divide-line/30">
        {offers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span>
              <span id={`offer-${o.id}`} className="block font-semibold">
                {o.publishedAt && !o.expired ? <Link href={`/aanbod/${o.slug}`}>{o.title}</Link> : o.title}
              </span>
              <span className="block text-sm text-muted">
                {t.offer.kinds[o.kind]} ·{' '}
                {o.expired ? (
                  <strong className="text-danger">{d.partner.expired}</strong>
                ) : o.publishedAt ? (
                  t.offer.partner.publishedAt(formatDate(o.publishedAt, locale))
                ) : (
                  d.partner.statuses[o.status]
                )}
                {o.validUntil
                  ? ` · ${o.expired ? d.partner.expiredOn(formatDate(o.validUntil, locale)) : d.partner.validUntil(formatDate(o.validUntil, locale))}`
                  : null}
                {o.changeStatus ? ` · ${translateMessage(o.changeStatus, locale)}` : null}
              </span>
            </span>
            {o.changeable && o.kind === 'CREDIT_LISTING' ? (
              <Link href={`/partner/aanbod/${o.id}/wijzigen`} className={buttonClass} aria-label={`${c.button}: ${o.title}`}>
                {c.button}
              </Link>
            ) : null}
            {o.changeable && o.kind === 'DISCOUNT_ACTION' ? (
              <StartForm label={o.changeBegun ? c.resume : c.button} changeOf={o.id} describedBy={`offer-${o.id}`} />
            ) : null}
            {o.renewable ? <StartForm label={d.partner.renew} renewalOf={o.id} secondary /> : null}
            {o.rejection ? (
              <RejectedNotice offerId={o.id} reason={o.rejection.reason} copyable={o.copyable} />
            ) : o.copyable ? (
              <StartForm label={d.retract.copy} copyOf={o.id} secondary />
            ) : null}
            {o.retractable ? <RetractForm offerId={o.id} version={o.version} editorsStarted={o.editorsStarted} title={o.title} /> : null}
            {o.endable && o.endMin && o.endMax ? (
              <EndForm offerId={o.id} version={o.version} title={o.title} min={o.endMin} max={o.endMax} />
            ) : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
