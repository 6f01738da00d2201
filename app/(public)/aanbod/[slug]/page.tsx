import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { OfferGone } from './not-found';
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

// A gone offer answers 404 with "Dit aanbod is niet (meer) beschikbaar", also without JavaScript.
// Next.js 16 cannot do both for every render: a notFound() outside Suspense gives 404 but an empty
// HTML shell that only JavaScript fills (vercel/next.js#62228: error boundaries do not render on the
// server); inside Suspense the HTML has the fallback's text, but the status is whatever was sent
// with the first bytes. In production this page is cached (ISR) and rendered completely before it
// is sent, so inside Suspense gives 404 *and* the text. `next dev` streams every render, which made
// `/aanbod/bestaat-niet` answer 200 there: in development the notFound() comes before any output
// (the browser there has JavaScript). tests/e2e/catalog.spec.ts checks both in the production build.
export default async function OfferDetailPage({ params }: Props) {
  const { slug } = await params;
  const offer = await cachedPublishedOffer(slug);
  if (!offer) {
    if (process.env.NODE_ENV === 'development') notFound();
    return (
      <PageMain narrow>
        <Suspense fallback={<OfferGone />}>
          <Gone />
        </Suspense>
      </PageMain>
    );
  }
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

/** Inside the Suspense boundary: the 404 page's text is the fallback, rendered into the HTML. */
function Gone(): never {
  notFound();
}
