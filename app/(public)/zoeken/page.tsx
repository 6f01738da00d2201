import type { Metadata } from 'next';
import { SearchResults, searchMetadata, type SearchParams } from '@/components/catalog/SearchResults';

// `/?zoek=…`, `/?bij=…`: proxy.ts rewrites a search or a position here (components/catalog/SearchResults.tsx).
type Props = { searchParams: SearchParams };

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(searchParams, 'nl');
}

export default function SearchPage({ searchParams }: Props) {
  return <SearchResults searchParams={searchParams} locale="nl" />;
}
