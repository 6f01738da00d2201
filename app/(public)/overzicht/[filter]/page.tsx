import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { nl } from '@/lib/i18n/nl';
import { filtersFromKey, filtersQuery } from '@/lib/offers/filters';
import { cachedCatalogPage } from '@/lib/offers/public';

// The catalog without a search: `/` and `/?categorie=…&soort=…&kinderen=1&pagina=…` are rewritten
// here (next.config.ts, proxy.ts), one cached page per combination of filters (ADR 0009).
type Props = { params: Promise<{ filter: string }> };

// Made on the first visit, then served from the cache until something is published, changed or
// withdrawn, or the day ends (lib/offers/public.ts).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = filtersFromKey((await params).filter);
  if (!filters) return {};
  return {
    title: { absolute: `${nl.catalog.title} | Dordtpas` },
    description: nl.catalog.metaDescription,
    alternates: { canonical: filtersQuery(filters) },
    openGraph: { title: nl.catalog.title, description: nl.catalog.metaDescription, type: 'website' },
  };
}

export default async function CatalogPage({ params }: Props) {
  const filters = filtersFromKey((await params).filter);
  if (!filters) notFound();
  return (
    <PageMain>
      <Catalog filters={filters} result={await cachedCatalogPage(filters)} />
    </PageMain>
  );
}
