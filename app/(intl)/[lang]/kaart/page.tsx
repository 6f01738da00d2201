import type { Metadata } from 'next';
import { MapView, mapMetadata, type MapSearchParams } from '@/components/map/MapPage';
import { pageLocale } from '../locale';

// `/en/kaart`: the catalog on a map in a language (components/map/MapPage.tsx).
type Props = { params: Promise<{ lang: string }>; searchParams: MapSearchParams };

// Only the five languages of the layout's generateStaticParams: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return mapMetadata(searchParams, await pageLocale(params));
}

export default async function LanguageMapPage({ params, searchParams }: Props) {
  return <MapView searchParams={searchParams} locale={await pageLocale(params)} />;
}
