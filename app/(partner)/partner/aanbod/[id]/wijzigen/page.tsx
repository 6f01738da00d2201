import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { PartnerPageTitle, PageMain } from '@/components/layout/SiteHeader';
import { portalText } from '@/lib/i18n/request';
import { requirePartner } from '@/lib/auth/session';
import { changeableListing } from '@/lib/offers/change';
import { formValuesFromContent } from '@/lib/offers/schema';
import { ListingChangeForm } from './ListingChangeForm';
import { locationsOf } from '@/lib/locations/queries';

type Props = { params: Promise<{ id: string }> };

// The partner's own credit listing as it is online, with no change under way; anything else
// (another organisation's, not online, a change with the editors) is not found. Read once per request.
const listing = cache(async (id: string) => changeableListing(await requirePartner(`/partner/aanbod/${id}/wijzigen`), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await listing((await params).id);
  const t = (await portalText()).offer.change;
  return { title: t.pageTitle(found?.published.title ?? t.button) };
}

/** "Wijziging voorstellen" of a credit listing: its fields prefilled with what is online. */
export default async function ListingChangePage({ params }: Props) {
  const found = await listing((await params).id);
  if (!found) notFound();
  const { offer, published } = found;
  const { keepPhoto: _photo, version: _version, ...initial } = formValuesFromContent(published, offer.version);
  const t = (await portalText()).offer.change;
  return (
    <PageMain>
      <PartnerPageTitle>{t.title(published.title)}</PartnerPageTitle>
      <p className="mt-2 max-w-prose">{t.intro}</p>
      <section aria-label={t.button} className="mt-6 max-w-2xl rounded-lg bg-white p-5">
        <ListingChangeForm
          offerId={offer.id}
          version={offer.version}
          initial={{ ...initial, offerId: offer.id }}
          locations={await locationsOf(offer.organisationId)}
        />
      </section>
    </PageMain>
  );
}
