import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { OfferGone } from './not-found';
import { arrowBack } from '@/components/ui/classes';
import { PageMain } from '@/components/layout/SiteHeader';
import { OfferPage } from '@/components/offer/OfferPage';
import { siteUrl } from '@/lib/env';
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

// The offer inside Suspense with the "niet (meer) beschikbaar" text as its fallback: a notFound()
// thrown outside a boundary makes Next.js 16 send an empty shell that only JavaScript fills
// (vercel/next.js#62228); inside one, the 404 page carries the text in its HTML. A found offer is
// complete before the page is cached, so its HTML has the offer, not the fallback.
export default async function OfferDetailPage({ params }: Props) {
  const { slug } = await params;
  return (
    <PageMain narrow>
      <Suspense fallback={<OfferGone />}>
        <Detail slug={slug} />
      </Suspense>
    </PageMain>
  );
}

async function Detail({ slug }: { slug: string }) {
  const offer = await cachedPublishedOffer(slug);
  if (!offer) notFound();
  return (
    <>
      <p className="mb-4">
        <a href="/" className={arrowBack}>
          {nl.catalog.backToAll}
        </a>
      </p>
      <OfferPage offer={offer} />
    </>
  );
}
