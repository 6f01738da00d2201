import type { Metadata } from 'next';
import { CachedCatalog, catalogMetadata } from '@/components/catalog/CatalogPage';
import { NO_FILTERS } from '@/lib/offers/filters';
import { pageLocale } from './locale';

// `/en`, `/ar`, …: the catalog's first page in that language, cached like `/` (app/(public)/page.tsx).
type Props = { params: Promise<{ lang: string }> };

export const revalidate = 86400;

// Only the five languages of the layout's generateStaticParams: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return catalogMetadata(NO_FILTERS, await pageLocale(params));
}

export default async function LanguageHomePage({ params }: Props) {
  return <CachedCatalog filters={NO_FILTERS} locale={await pageLocale(params)} />;
}
