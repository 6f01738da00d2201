import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { requirePartner } from '@/lib/auth/session';
import { getPartnerHome } from '@/lib/partners/queries';
import { categoryLabel } from '@/lib/partners/categories';
import { orgName } from '@/lib/partners/names';
import { ContactForm } from './ContactForm';
import { PhotoForm } from './PhotoForm';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { photoSources } from '@/lib/photos/service';
import Link from 'next/link';
import { partnerOffers, pendingApprovals } from '@/lib/offers/queries';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { Alert } from '@/components/ui/Alert';
import { isExpired } from '@/lib/offers/queries';
import { STEP_SLUGS, resumeStep } from '@/lib/discounts/draft';
import { StartForm } from './acties/StartForm';
import { ActionForm } from '@/components/ui/ActionForm';
import { requestDiscountsAction } from '@/lib/partners/actions';
import { buttonClass } from '@/components/ui/Button';

export const metadata: Metadata = { title: 'Home — partnerportaal' };

export default async function PartnerHomePage({ searchParams }: { searchParams: Promise<{ ingediend?: string; verwijderd?: string }> }) {
  // Checked here too, not only in the layout and proxy: this page reads the organisation's data.
  const user = await requirePartner();
  const query = await searchParams;
  const d = nl.discount;
  const flash = query.ingediend ? d.summary.submitted : query.verwijderd ? d.summary.deleted : null;
  const [org, pending, offers] = await Promise.all([
    getPartnerHome(user.organisationId, user.id),
    pendingApprovals(user.organisationId),
    partnerOffers(user.organisationId),
  ]);
  const drafts = offers.flatMap((o) => {
    if (o.status !== 'PROPOSAL') return [];
    const { draft } = o.content;
    // Resume at the first step that is not done yet, or at the summary.
    const resumeAt = resumeStep(draft);
    return [
      {
        id: o.id,
        subject: draft.subject,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        resumeAt,
        stepNumber: STEP_SLUGS.indexOf(resumeAt) + 1,
      },
    ];
  });
  const submitted = offers.filter((o) => o.status !== 'PROPOSAL');
  const me = org?.users[0];
  if (!org || !me) notFound();
  const mayPropose = org.partnerType !== 'CREDIT';
  const t = nl.partnerHome;
  const address = (street: string | null, no: string | null, add: string | null, pc: string | null, city: string | null) =>
    street ? `${street} ${no ?? ''}${add ? ` ${add}` : ''}, ${pc ?? ''} ${city ?? ''}` : null;
  const rows: [string, string | null][] = [
    [nl.registration.fields.legalName, org.legalName],
    [nl.registration.fields.displayName, org.displayName],
    [nl.registration.fields.kvkNumber, org.kvkNumber],
    [
      nl.registration.fields.visitAddress,
      address(org.visitStreet, org.visitHouseNumber, org.visitAddition, org.visitPostcode, org.visitCity),
    ],
    [
      nl.registration.fields.postalAddress,
      address(org.postalStreet, org.postalHouseNumber, org.postalAddition, org.postalPostcode, org.postalCity),
    ],
    [nl.registration.sections.type.replace(/^\d\. /, ''), nl.partnerTypeShort[org.partnerType]],
    [nl.registration.fields.category, categoryLabel(org.category)],
  ];
  return (
    <PageMain>
      {mayPropose ? (
        // The manual: "linksboven in het partnerportaal".
        <p className="mb-6">
          <Link href="/partner/acties/nieuw" className={buttonClass}>
            <span aria-hidden="true">+</span> {d.add}
          </Link>
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{t.welcome(me.name)}</h1>
      {flash ? (
        <div className="mt-4">
          <Alert kind="success">{flash}</Alert>
        </div>
      ) : null}
      {org.partnerType === 'CREDIT' ? (
        // No "Actievoorstel toevoegen" for credit only: say how to get it instead of hiding it without a word.
        <section aria-labelledby="discounts-title" className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
          <h2 id="discounts-title" className="text-xl font-bold">
            {t.discounts.title}
          </h2>
          {org.partnerTypeRequestedAt ? (
            <p className="mt-2">{t.discounts.requested(formatDate(org.partnerTypeRequestedAt))}</p>
          ) : (
            <>
              <p className="mt-2">{t.discounts.body}</p>
              <ActionForm
                action={requestDiscountsAction}
                fields={[]}
                submit={t.discounts.request}
                pending={t.discounts.requesting}
                secondary
                hideAfterSuccess
              />
            </>
          )}
        </section>
      ) : null}
      {(['CREDIT_LISTING', 'DISCOUNT_ACTION'] as const).map((kind) => {
        const waiting = pending.filter((o) => o.kind === kind);
        if (!waiting.length) return null;
        return (
          <section key={kind} aria-labelledby={`approval-${kind}`} className="mt-6 rounded-lg border-l-4 border-focus bg-white p-5">
            <h2 id={`approval-${kind}`} className="text-xl font-bold">
              {kind === 'CREDIT_LISTING' ? nl.offer.partner.approvalNeeded : d.partner.approvalNeeded}
            </h2>
            <ul className="mt-3 space-y-3">
              {waiting.map((o) => (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
                  <span>
                    <span className="block font-semibold">{o.content.title}</span>
                    <span className="block text-sm text-muted">{nl.offer.kinds[o.kind]}</span>
                  </span>
                  <Link
                    href={`/partner/aanbod/${o.id}`}
                    className={buttonClass}
                    aria-label={`${nl.offer.partner.handle}: ${o.content.title}`}
                  >
                    {nl.offer.partner.handle}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {drafts.length ? (
        <section aria-labelledby="drafts-title" className="mt-6 rounded-lg bg-white p-5">
          <h2 id="drafts-title" className="text-xl font-bold">
            {d.drafts.title}
          </h2>
          <p className="mt-1 text-muted">{d.drafts.intro}</p>
          <ul className="mt-3 space-y-3">
            {drafts.map((o) => {
              const name = o.subject || d.drafts.untitledStarted(formatDateTime(o.createdAt));
              return (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
                  <span>
                    <span className="block font-semibold">{name}</span>
                    <span className="block text-sm text-muted">
                      {d.drafts.lastSaved(formatDateTime(o.updatedAt))} · {d.drafts.resumeAt(o.stepNumber, d.steps[o.resumeAt])}
                    </span>
                  </span>
                  <Link href={`/partner/acties/${o.id}/${o.resumeAt}`} className={buttonClass} aria-label={`${d.drafts.resume}: ${name}`}>
                    {d.drafts.resume}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {submitted.length === 0 && drafts.length === 0 ? (
        <section aria-labelledby="next-title" className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
          <h2 id="next-title" className="text-xl font-bold">
            {t.nextTitle}
          </h2>
          <p className="mt-2">{org.partnerType === 'DISCOUNT' ? t.nextBodyDiscount : t.nextBody}</p>
          <p className="mt-2 text-muted">{t.nothingToApprove}</p>
        </section>
      ) : submitted.length ? (
        <section aria-labelledby="offers-title" className="mt-6 rounded-lg bg-white p-5">
          <h2 id="offers-title" className="text-xl font-bold">
            {t.offers}
          </h2>
          <ul className="mt-3 divide-y divide-line/30">
            {submitted.map((o) => {
              const expired = o.kind === 'DISCOUNT_ACTION' && o.publishedAt && isExpired(o.validUntil);
              const title = (o.publishedContent ?? o.content).title;
              return (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <span>
                    <span className="block font-semibold">
                      {o.publishedAt && !expired ? <Link href={`/aanbod/${o.slug}`}>{title}</Link> : title}
                    </span>
                    <span className="block text-sm text-muted">
                      {nl.offer.kinds[o.kind]} ·{' '}
                      {expired ? (
                        <strong className="text-danger">{d.partner.expired}</strong>
                      ) : o.publishedAt ? (
                        nl.offer.partner.publishedAt(formatDate(o.publishedAt))
                      ) : (
                        d.partner.statuses[o.status]
                      )}
                      {o.validUntil
                        ? ` · ${expired ? d.partner.expiredOn(formatDate(o.validUntil)) : d.partner.validUntil(formatDate(o.validUntil))}`
                        : null}
                    </span>
                  </span>
                  {o.kind === 'DISCOUNT_ACTION' && o.publishedAt && mayPropose ? (
                    <StartForm label={d.partner.renew} renewalOf={o.id} secondary />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="org-title" className="rounded-lg bg-white p-5">
          <h2 id="org-title" className="text-xl font-bold">
            {t.organisation}
          </h2>
          <div className="mt-3">
            <OrganisationPhoto
              photo={org.photo ? photoSources(org.photo) : null}
              category={org.category}
              alt={`Foto van ${orgName(org)}`}
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
          <ContactForm name={me.name} phone={formatPhone(me.phone)} version={org.version} />
        </section>
      </div>
    </PageMain>
  );
}
