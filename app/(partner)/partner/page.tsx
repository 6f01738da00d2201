import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { requirePartner } from '@/lib/auth/session';
import { getPartnerHome } from '@/lib/partners/queries';
import { categoryLabel } from '@/lib/partners/categories';
import { ContactForm } from './ContactForm';
import { PhotoForm } from './PhotoForm';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { photoSources } from '@/lib/photos/service';
import Link from 'next/link';
import { partnerOffers, pendingApprovals } from '@/lib/offers/queries';
import type { OfferContent } from '@/lib/offers/schema';
import { formatDate } from '@/lib/i18n/format';
import { buttonClass } from '@/components/ui/Button';

export const metadata: Metadata = { title: 'Home — partnerportaal' };

export default async function PartnerHomePage() {
  // Checked here too, not only in the layout and proxy: this page reads the organisation's data.
  const user = await requirePartner();
  const [org, pending, offers] = await Promise.all([
    getPartnerHome(user.organisationId, user.id),
    pendingApprovals(user.organisationId),
    partnerOffers(user.organisationId),
  ]);
  const online = offers.filter((o) => o.publishedAt);
  const me = org?.users[0];
  if (!org || !me) notFound();
  const t = nl.partnerHome;
  const address = (street: string | null, no: string | null, add: string | null, pc: string | null, city: string | null) =>
    street ? `${street} ${no ?? ''}${add ? ` ${add}` : ''}, ${pc ?? ''} ${city ?? ''}` : null;
  const rows: [string, string | null][] = [
    [nl.registration.fields.legalName, org.legalName],
    [nl.registration.fields.displayName, org.displayName],
    [nl.registration.fields.kvkNumber, org.kvkNumber],
    [nl.registration.fields.visitAddress, address(org.visitStreet, org.visitHouseNumber, org.visitAddition, org.visitPostcode, org.visitCity)],
    [nl.registration.fields.postalAddress, address(org.postalStreet, org.postalHouseNumber, org.postalAddition, org.postalPostcode, org.postalCity)],
    [nl.registration.sections.type.replace(/^\d\. /, ''), nl.partnerTypeShort[org.partnerType]],
    [nl.registration.fields.category, categoryLabel(org.category)],
  ];
  return (
    <PageMain>
      <h1 className="text-3xl font-bold">{t.welcome(me.name)}</h1>
      {pending.length ? (
        <section aria-labelledby="approval-title" className="mt-6 rounded-lg border-l-4 border-focus bg-white p-5">
          <h2 id="approval-title" className="text-xl font-bold">
            {nl.offer.partner.approvalNeeded}
          </h2>
          <ul className="mt-3 space-y-3">
            {pending.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
                <span>
                  <span className="block font-semibold">{(o.content as OfferContent).title}</span>
                  <span className="block text-sm text-muted">{nl.offer.kinds[o.kind]}</span>
                </span>
                <Link href={`/partner/aanbod/${o.id}`} className={buttonClass} aria-label={`${nl.offer.partner.handle}: ${(o.content as OfferContent).title}`}>
                  {nl.offer.partner.handle}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {offers.length === 0 ? (
        <section aria-labelledby="next-title" className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
          <h2 id="next-title" className="text-xl font-bold">
            {t.nextTitle}
          </h2>
          <p className="mt-2">{t.nextBody}</p>
          <p className="mt-2 text-muted">{t.nothingToApprove}</p>
        </section>
      ) : (
        <section aria-labelledby="offers-title" className="mt-6 rounded-lg bg-white p-5">
          <h2 id="offers-title" className="text-xl font-bold">
            {nl.offer.partner.listings}
          </h2>
          {online.length ? (
            <ul className="mt-2 space-y-2">
              {online.map((o) => (
                <li key={o.id}>
                  <Link href={`/aanbod/${o.slug}`}>{(o.publishedContent as OfferContent).title}</Link>{' '}
                  <span className="text-sm text-muted">· {nl.offer.partner.publishedAt(formatDate(o.publishedAt!))}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{pending.length ? nl.offer.partner.nothingOnlineYet : nl.offer.partner.noListings}</p>
          )}
        </section>
      )}
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="org-title" className="rounded-lg bg-white p-5">
          <h2 id="org-title" className="text-xl font-bold">
            {t.organisation}
          </h2>
          <div className="mt-3">
            <OrganisationPhoto
              photo={org.photo ? photoSources(org.photo) : null}
              category={org.category}
              alt={`Foto van ${org.displayName || org.legalName}`}
            />
            {org.photo ? null : <p className="mt-2 text-sm text-muted">{nl.photo.none}</p>}
            <details className="mt-3">
              <summary className="cursor-pointer font-semibold text-brand">{org.photo ? nl.photo.replace : nl.photo.choose}</summary>
              <PhotoForm version={org.version} hasPhoto={Boolean(org.photo)} />
            </details>
          </div>
          <dl className="mt-3 space-y-3">
            {rows
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm font-semibold text-muted">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            <div>
              <dt className="text-sm font-semibold text-muted">{nl.registration.fields.description}</dt>
              <dd className="whitespace-pre-line">{org.description}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="contact-title" className="rounded-lg bg-white p-5">
          <h2 id="contact-title" className="text-xl font-bold">
            {t.contact}
          </h2>
          <dl className="mt-3 space-y-3">
            <div>
              <dt className="text-sm font-semibold text-muted">{nl.registration.fields.email}</dt>
              <dd>{me.email}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">{nl.registration.fields.username}</dt>
              <dd>{me.username}</dd>
            </div>
          </dl>
          <ContactForm name={me.name} phone={me.phone} version={org.version} />
        </section>
      </div>
    </PageMain>
  );
}
