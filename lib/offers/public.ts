import { revalidatePath, revalidateTag, unstable_cache } from 'next/cache';
import { cache } from 'react';
import { publicPageUrls, purgeFront } from '@/lib/cache/front';
import { secondsUntilTomorrow, todayInDordrecht } from '@/lib/i18n/format';
import { PUBLIC_LOCALES, localePath, type Locale } from '@/lib/i18n/locales';
import { catalogPage, catalogSlugs, type CatalogResult } from './catalog';
import { filterKey, isOfferSlug, type CatalogFilters } from './filters';
import { mapData, type MapData } from './map';
import { publishedOffer } from './queries';

// The public pages' data, cached (ADR 0009): a pass holder's request is served from the cache and
// never waits for the database. Entries are keyed by Dordrecht's date and live until its next
// midnight at most, so an action is gone the day after its last day; anything that publishes,
// changes or withdraws an offer drops them all at once (refreshPublicPages).

export const CATALOG_TAG = 'catalog';

function cachedForToday<T>(key: string[], load: (today: string) => Promise<T>): Promise<T> {
  const today = todayInDordrecht();
  return unstable_cache(() => load(today), [...key, today], { tags: [CATALOG_TAG], revalidate: secondsUntilTomorrow() })();
}

/**
 * `next build` prerenders `/` (app/(public)/page.tsx) and needs no database for it: the page made
 * then is an empty placeholder with the same tag, lasting a second. The server drops it at start
 * (the daily job, before /api/health answers 200), so the first visitor gets the real catalog.
 */
const building = () => process.env.NEXT_PHASE === 'phase-production-build';

export const cachedCatalogPage = (filters: CatalogFilters): Promise<CatalogResult> =>
  building()
    ? unstable_cache(async () => ({ cards: [], total: 0, page: 1, pages: 1 }), ['catalog-build'], { tags: [CATALOG_TAG], revalidate: 1 })()
    : cachedForToday(['catalog', filterKey(filters)], (today) => catalogPage(filters, today));

/** The map's offers (/kaart): cached per combination of filters like the catalog; a search asks the database each time, as the catalog's does. */
export const cachedMapData = (filters: CatalogFilters): Promise<MapData> =>
  filters.zoek
    ? mapData(filters, todayInDordrecht())
    : cachedForToday(['map', filterKey({ ...filters, pagina: 1 })], (today) => mapData(filters, today));

// React's cache: the page and its metadata share one lookup per request. A slug no offer can have is
// not looked up, nor kept (a visitor asking for made-up URLs does not fill the cache).
export const cachedPublishedOffer = cache(async (slug: string, locale: Locale = 'nl') =>
  isOfferSlug(slug) ? cachedForToday(['offer', slug, locale], (today) => publishedOffer(slug, today, locale)) : null,
);

export const cachedCatalogSlugs = () =>
  cachedForToday(['slugs'], async (today) =>
    (await catalogSlugs(today)).map((s) => ({ slug: s.slug, publishedAt: s.publishedAt.toISOString() })),
  );

/**
 * After a publish, change or withdrawal of these offers (in a server action or route handler), or at
 * the day's change: the next visitor of any public page gets it rendered anew — never a stale copy of
 * a withdrawn offer — and every front cache (FRONT_PURGE_URL) has let go of it before this returns.
 */
export async function refreshPublicPages(...slugs: string[]): Promise<void> {
  revalidateTag(CATALOG_TAG, { expire: 0 });
  for (const slug of slugs) for (const locale of PUBLIC_LOCALES) revalidatePath(localePath(locale, `/aanbod/${slug}`));
  await purgeFront(publicPageUrls(slugs));
}
