import type { Metadata } from 'next';
import { DutchOnly, dutchOnlyMetadata } from '@/components/layout/DutchOnly';
import { pageLocale } from '../locale';

// /en/toegankelijkheid: the page is in Dutch only; this says so in the reader's language and links it.
type Props = { params: Promise<{ lang: string }> };

// Only the five languages of the layout's generateStaticParams: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return dutchOnlyMetadata('accessibility', await pageLocale(params));
}

export default async function DutchOnlyPage({ params }: Props) {
  return <DutchOnly page="accessibility" locale={await pageLocale(params)} />;
}
