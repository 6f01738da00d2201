import type { Metadata } from 'next';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { catalogTitle } from '@/components/catalog/CatalogPage';
import type { NearState } from '@/components/catalog/NearForm';
import { todayInDordrecht } from '@/lib/i18n/format';
import { languageAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { searchCatalog, suggestSearch, type CatalogResult } from '@/lib/offers/catalog';
import { filtersQuery, parseFilters, type CatalogFilters } from '@/lib/offers/filters';
import { nearCatalogPage, nearPoint } from '@/lib/offers/near';

// The catalog with a search (`/?zoek=…`) or sorted by distance (`/?bij=3311AB`, `/?lat=…&lon=…`),
// in any language: app/(public)/zoeken and app/(intl)/[lang]/zoeken, where proxy.ts rewrites those.
// Every question is different, so this asks the database each time (trigram index, the box of
// lib/offers/near.ts) and is never kept by a front (lib/cache/front.ts).

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function searchMetadata(searchParams: SearchParams, locale: Locale): Promise<Metadata> {
  const filters = parseFilters(await searchParams);
  return {
    title: { absolute: catalogTitle(filters, locale) },
    // The list itself, without where someone stands.
    alternates: languageAlternates(locale, filtersQuery(filters, { near: undefined })),
    // Search results are not pages of their own for search engines.
    robots: { index: false, follow: true },
  };
}

export async function SearchResults({ searchParams, locale }: { searchParams: SearchParams; locale: Locale }) {
  const filters = parseFilters(await searchParams);
  const today = todayInDordrecht();
  const { result, suggestion, near } = await catalogFor(filters, today, locale);
  return (
    <PublicShell locale={locale} path={filtersQuery(filters)}>
      <PageMain>
        <Catalog filters={filters} result={result} suggestion={suggestion} near={near} locale={locale} />
      </PageMain>
    </PublicShell>
  );
}

/**
 * With a position that could be found: sorted by distance. Without one (a wrong postcode, PDOK
 * away) the list as without a position, and the reason beside the postcode field. "Bedoelde je:
 * museum?" only when nothing was found.
 */
async function catalogFor(
  filters: CatalogFilters,
  today: string,
  locale: Locale,
): Promise<{ result: CatalogResult; suggestion: string | null; near?: NearState }> {
  const found = filters.near ? await nearPoint(filters.near, locale) : null;
  if (!found?.point) return { ...(await searchCatalog(filters, today)), near: found ? { error: found.error } : undefined };
  const result = await nearCatalogPage(filters, found.point, today);
  const suggestion = result.total === 0 && filters.zoek ? await suggestSearch(filters, today) : null;
  return { result, suggestion, near: { from: found.from } };
}
