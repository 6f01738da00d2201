import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';
import { PUBLIC_LOCALES, localePath } from '@/lib/i18n/locales';
import { cachedCatalogSlugs } from '@/lib/offers/public';

// Every published offer and the catalog, for search engines, each with its pages in the other
// languages as alternates (hreflang). Read at request time (the database is not there at build
// time), from the same cache as the public pages.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const offers = await cachedCatalogSlugs();
  const url = (path: string) => new URL(path, base).href;
  const languages = (path: string) => ({ languages: Object.fromEntries(PUBLIC_LOCALES.map((l) => [l, url(localePath(l, path))])) });
  return [
    { url: url('/'), changeFrequency: 'daily', priority: 1, alternates: languages('/') },
    { url: url('/kaart'), changeFrequency: 'daily', alternates: languages('/kaart') },
    { url: url('/toegankelijkheid'), changeFrequency: 'yearly' },
    ...offers.map((o) => ({
      url: url(`/aanbod/${o.slug}`),
      lastModified: o.publishedAt,
      changeFrequency: 'weekly' as const,
      alternates: languages(`/aanbod/${o.slug}`),
    })),
  ];
}
