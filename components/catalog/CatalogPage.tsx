import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { nl } from '@/lib/i18n/nl';
import { categoryLabel } from '@/lib/partners/categories';
import { filtersQuery, type CatalogFilters } from '@/lib/offers/filters';
import { cachedCatalogPage } from '@/lib/offers/public';

// The cached catalog without a search, for `/` (app/(public)/page.tsx) and for a combination of
// filters (app/(public)/overzicht/[filter], where proxy.ts rewrites `/?categorie=…`), ADR 0009.

/**
 * The page's title says what it shows: "Aanbod met je Dordtpas - Sport en bewegen, Korting -
 * pagina 2", "Zoeken: museum". Plain ASCII separators: the cached pages' HTML stays ASCII (ADR 0009).
 */
export function catalogTitle(filters: CatalogFilters): string {
  const t = nl.catalog;
  const shown = [
    filters.categorie ? categoryLabel(filters.categorie) : '',
    filters.soort ? t.kinds[filters.soort] : '',
    filters.kinderen ? t.forChildrenTitle : '',
    filters.near ? nl.near.titlePart : '',
  ].filter(Boolean);
  const parts = [
    filters.zoek ? t.searchTitle(filters.zoek) : t.title,
    shown.join(', '),
    filters.pagina > 1 ? t.pageTitle(filters.pagina) : '',
  ];
  return `${parts.filter(Boolean).join(' - ')} | Dordtpas`;
}

export function catalogMetadata(filters: CatalogFilters): Metadata {
  return {
    title: { absolute: catalogTitle(filters) },
    description: nl.catalog.metaDescription,
    alternates: { canonical: filtersQuery(filters) },
    openGraph: { title: nl.catalog.title, description: nl.catalog.metaDescription, type: 'website' },
  };
}

export async function CachedCatalog({ filters }: { filters: CatalogFilters }) {
  return (
    <PageMain>
      <Catalog filters={filters} result={await cachedCatalogPage(filters)} />
    </PageMain>
  );
}
