import type { Metadata } from 'next';
import { OfferDetail, offerMetadata } from '@/components/offer/OfferDetail';

// `/aanbod/<slug>`: an offer's public page in Dutch (components/offer/OfferDetail.tsx).
type Props = { params: Promise<{ slug: string }> };

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return offerMetadata((await params).slug, 'nl');
}

export default async function OfferDetailPage({ params }: Props) {
  return <OfferDetail slug={(await params).slug} locale="nl" />;
}
