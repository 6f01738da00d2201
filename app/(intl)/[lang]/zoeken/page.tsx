import type { Metadata } from 'next';
import { SearchResults, searchMetadata, type SearchParams } from '@/components/catalog/SearchResults';
import { pageLocale } from '../locale';

// `/en?zoek=…`, `/en?bij=…`: a search or a position in a language, rewritten here by proxy.ts.
type Props = { params: Promise<{ lang: string }>; searchParams: SearchParams };

// Only the five languages of the layout's generateStaticParams: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(searchParams, await pageLocale(params));
}

export default async function LanguageSearchPage({ params, searchParams }: Props) {
  return <SearchResults searchParams={searchParams} locale={await pageLocale(params)} />;
}
