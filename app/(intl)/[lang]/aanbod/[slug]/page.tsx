import type { Metadata } from 'next';
import { OfferDetail, offerMetadata } from '@/components/offer/OfferDetail';
import { pageLocale } from '../../locale';

// `/en/aanbod/<slug>`: an offer's public page in a language, cached like the Dutch one.
type Props = { params: Promise<{ lang: string; slug: string }> };

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return offerMetadata((await params).slug, await pageLocale(params));
}

export default async function LanguageOfferDetailPage({ params }: Props) {
  return <OfferDetail slug={(await params).slug} locale={await pageLocale(params)} />;
}
