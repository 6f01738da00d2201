import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { nl } from '@/lib/i18n/nl';
import { filtersQuery, type CatalogFilters } from '@/lib/offers/filters';
import { cachedCatalogPage } from '@/lib/offers/public';

// The cached catalog without a search, for `/` (app/(public)/page.tsx) and for a combination of
// filters (app/(public)/overzicht/[filter], where proxy.ts rewrites `/?categorie=…`), ADR 0009.

export function catalogMetadata(filters: CatalogFilters): Metadata {
  return {
    title: { absolute: `${nl.catalog.title} | Dordtpas` },
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
