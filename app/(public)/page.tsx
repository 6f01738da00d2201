import { CachedCatalog, catalogMetadata } from '@/components/catalog/CatalogPage';
import { NO_FILTERS } from '@/lib/offers/filters';

// `/`: everything published, first page. A page of its own rather than a rewrite to
// /overzicht/alles, so that the most visited page is served without a rewrite per request
// (npm run bench). With filters or a search, proxy.ts rewrites `/?…` elsewhere before this runs.

// Made at build or on the first visit, then served from the cache until something is published,
// changed or withdrawn, or the day ends (lib/offers/public.ts).
export const revalidate = 86400;

export const metadata = catalogMetadata(NO_FILTERS);

export default function HomePage() {
  return <CachedCatalog filters={NO_FILTERS} />;
}
