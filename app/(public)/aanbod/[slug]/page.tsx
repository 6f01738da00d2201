import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { arrowBack } from '@/components/ui/classes';
import { PageMain } from '@/components/layout/SiteHeader';
import { startDay } from '@/components/catalog/Catalog';
import { OfferPage } from '@/components/offer/OfferPage';
import { siteUrl } from '@/lib/env';
import { todayInDordrecht } from '@/lib/i18n/format';
import { nl } from '@/lib/i18n/nl';
import { cachedPublishedOffer } from '@/lib/offers/public';

// The public detail page: the published content only (never a draft), through the same OfferPage as
// every preview. Made on the first visit and cached; publishing, changing and withdrawing drop the
// cache, and so does the end of the day (an action is gone the day after its last day).
type Props = { params: Promise<{ slug: string }> };

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const offer = await cachedPublishedOffer(slug);
  if (!offer) return { title: nl.catalog.gone, robots: { index: false } };
  const description = [offer.discount?.headline, offer.body].filter(Boolean).join('. ').replace(/\s+/g, ' ').slice(0, 160);
  const image = offer.photo ? new URL(offer.photo.src, siteUrl()).href : new URL(`/categories/${offer.category}.svg`, siteUrl()).href;
  return {
    title: offer.title,
    description,
    alternates: { canonical: `/aanbod/${slug}` },
    openGraph: {
      type: 'website',
      title: offer.title,
      description,
      url: `/aanbod/${slug}`,
      images: offer.photo ? [{ url: image, width: 960, alt: offer.title }] : [{ url: image, alt: offer.title }],
    },
  };
}

// The offer is looked up before anything is rendered, and a missing one throws notFound() outside
// any Suspense boundary: once a page has started streaming its status is 200 for good, which is
// what `next dev` (and any uncached render) sent for `/aanbod/bestaat-niet` when the lookup sat
// inside <Suspense>. Here the status is 404 before the first byte, with not-found.tsx's text.
export default async function OfferDetailPage({ params }: Props) {
  const { slug } = await params;
  const offer = await cachedPublishedOffer(slug);
  if (!offer) notFound();
  return (
    <PageMain narrow>
      <p className="mb-4">
        <a href="/" className={arrowBack}>
          {nl.catalog.backToAll}
        </a>
      </p>
      {offer.startsOn ? (
        <p className="mb-4 rounded-md border-l-4 border-rose-700 bg-rose-50 p-3 font-semibold text-rose-900">
          {nl.catalog.startsOnDetail(startDay(offer.startsOn, todayInDordrecht()))}
        </p>
      ) : null}
      <OfferPage offer={offer} />
    </PageMain>
  );
}
