import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';
import { cachedCatalogSlugs } from '@/lib/offers/public';

// Every published offer and the catalog, for search engines. Read at request time (the database is
// not there at build time), from the same cache as the public pages.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const offers = await cachedCatalogSlugs();
  return [
    { url: new URL('/', base).href, changeFrequency: 'daily', priority: 1 },
    { url: new URL('/kaart', base).href, changeFrequency: 'daily' },
    { url: new URL('/toegankelijkheid', base).href, changeFrequency: 'yearly' },
    ...offers.map((o) => ({
      url: new URL(`/aanbod/${o.slug}`, base).href,
      lastModified: o.publishedAt,
      changeFrequency: 'weekly' as const,
    })),
  ];
}
