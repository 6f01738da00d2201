import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { catalogTitle } from '@/components/catalog/CatalogPage';
import { todayInDordrecht } from '@/lib/i18n/format';
import { searchCatalog } from '@/lib/offers/catalog';
import { filtersQuery, parseFilters } from '@/lib/offers/filters';

// The catalog with a search (`/?zoek=…`, rewritten here by proxy.ts): every query is different, so
// this one asks the database each time (trigram index, see lib/offers/catalog.ts).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseFilters(await searchParams);
  return {
    title: { absolute: catalogTitle(filters) },
    alternates: { canonical: filtersQuery(filters) },
    // Search results are not pages of their own for search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const filters = parseFilters(await searchParams);
  const today = todayInDordrecht();
  // "Bedoelde je: museum?" only when nothing was found.
  const { result, suggestion } = await searchCatalog(filters, today);
  return (
    <PageMain>
      <Catalog filters={filters} result={result} suggestion={suggestion} />
    </PageMain>
  );
}
