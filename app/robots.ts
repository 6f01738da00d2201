import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';

// The public pages are for everyone; the portals, the API and search results are not for indexing.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/partner', '/redactie', '/api/', '/dev/', '/zoeken', '/overzicht/', '/*?*zoek='] },
    sitemap: new URL('/sitemap.xml', siteUrl()).href,
  };
}
