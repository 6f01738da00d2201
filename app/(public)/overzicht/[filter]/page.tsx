import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CachedCatalog, catalogMetadata } from '@/components/catalog/CatalogPage';
import { filtersFromKey } from '@/lib/offers/filters';

// The catalog with filters but without a search: proxy.ts rewrites `/?categorie=…&soort=…&kinderen=1&pagina=…`
// here, one cached page per combination of filters (ADR 0009).
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
  return filters ? catalogMetadata(filters) : {};
}

export default async function FilteredCatalogPage({ params }: Props) {
  const filters = filtersFromKey((await params).filter);
  if (!filters) notFound();
  return <CachedCatalog filters={filters} />;
}
