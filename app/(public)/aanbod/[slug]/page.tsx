import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { OfferPage } from '@/components/offer/OfferPage';
import { publishedOffer } from '@/lib/offers/queries';

// The public detail page: the published content only (never a draft), through the same OfferPage as
// every preview. Publishing and withdrawing revalidate this path.
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await publishedOffer((await params).slug);
  return offer ? { title: offer.title, description: offer.body.slice(0, 160) } : { title: 'Niet gevonden' };
}

export default async function OfferDetailPage({ params }: Props) {
  const offer = await publishedOffer((await params).slug);
  if (!offer) notFound();
  return (
    <PageMain narrow>
      <OfferPage offer={offer} />
    </PageMain>
  );
}
