import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CachedCatalog, catalogMetadata } from '@/components/catalog/CatalogPage';
import { filtersFromKey } from '@/lib/offers/filters';
import { pageLocale } from '../../locale';

// `/en?categorie=…`: the filtered catalog in a language, rewritten here by proxy.ts (as app/(public)/overzicht).
type Props = { params: Promise<{ lang: string; filter: string }> };

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = filtersFromKey((await params).filter);
  return filters ? catalogMetadata(filters, await pageLocale(params)) : {};
}

export default async function LanguageFilteredCatalogPage({ params }: Props) {
  const locale = await pageLocale(params);
  const filters = filtersFromKey((await params).filter);
  if (!filters) notFound();
  return <CachedCatalog filters={filters} locale={locale} />;
}
