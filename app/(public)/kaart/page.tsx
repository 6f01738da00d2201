import type { Metadata } from 'next';
import { MapView, mapMetadata, type MapSearchParams } from '@/components/map/MapPage';

// `/kaart`: the catalog on a map, in Dutch (components/map/MapPage.tsx).
type Props = { searchParams: MapSearchParams };

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return mapMetadata(searchParams, 'nl');
}

export default function MapPage({ searchParams }: Props) {
  return <MapView searchParams={searchParams} locale="nl" />;
}
