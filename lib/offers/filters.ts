import { z } from 'zod';
import type { OfferKind } from '@/lib/generated/prisma/enums';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';

// The catalog's filters as they live in the URL — plain functions without the database, so that
// proxy.ts can use them too.

const MAX_QUERY = 100;
const CHILDREN_KEY = 'jeugd';

export const KIND_PARAMS = { tegoed: 'CREDIT_LISTING', korting: 'DISCOUNT_ACTION' } as const satisfies Record<string, OfferKind>;

/**
 * "Bij mij in de buurt" (ADR 0036): from a postcode as typed (`bij=3311AB`, looked up on the server),
 * or from the browser's position (`lat=51.815&lon=4.664`, three decimals: about 100 m, so that the
 * URLs stay few and say little about where someone is).
 */
export type NearParam = { bij: string } | { lat: number; lon: number };

/** What the URL says (`/?zoek=zwembad&categorie=sport&soort=korting&kinderen=1&bij=3311AB&pagina=2`). */
export type CatalogFilters = {
  zoek: string;
  categorie: string;
  soort: '' | keyof typeof KIND_PARAMS;
  kinderen: boolean;
  pagina: number;
  /** Sorted by distance from here; never part of a cached page's key (proxy.ts sends these to /zoeken). */
  near?: NearParam;
};
export const NO_FILTERS: CatalogFilters = { zoek: '', categorie: '', soort: '', kinderen: false, pagina: 1 };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// Lenient on purpose: a shared or hand-edited link with a bad value still shows the catalog.
const filterSchema = z.object({
  zoek: z
    .preprocess(
      first,
      z.string().transform((s) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)),
    )
    .catch(''),
  categorie: z.preprocess(first, z.enum(CATEGORY_SLUGS)).catch('' as never),
  soort: z.preprocess(first, z.enum(['tegoed', 'korting'])).catch('' as never),
  kinderen: z
    .preprocess(
      first,
      z.string().transform((v) => v === '1' || v === 'on' || v === 'ja'),
    )
    .catch(false),
  pagina: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

/** As typed, within reason: a wrong postcode is shown back in its field with a message. */
const MAX_NEAR_TEXT = 20;
const coordinate = (max: number) =>
  z.preprocess(
    first,
    z
      .string()
      .trim()
      .regex(/^-?[0-9]{1,3}(\.[0-9]+)?$/)
      .transform(Number)
      .pipe(z.number().min(-max).max(max))
      .transform((n) => Math.round(n * 1000) / 1000),
  );
const nearSchema = z.object({
  bij: z
    .preprocess(
      first,
      z.string().transform((s) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_NEAR_TEXT)),
    )
    .catch(''),
  lat: coordinate(90).optional().catch(undefined),
  lon: coordinate(180).optional().catch(undefined),
});

/** The position of the URL: a postcode wins over coordinates; both coordinates or none. */
function parseNear(params: Record<string, unknown>): NearParam | undefined {
  const { bij, lat, lon } = nearSchema.parse(params);
  if (bij) return { bij };
  return lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
}

export function parseFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): CatalogFilters {
  const object = paramsObject(params);
  const filters = filterSchema.parse(object) as CatalogFilters;
  const near = parseNear(object);
  return near ? { ...filters, near } : filters;
}

/** A URL's parameters as a plain object, the first of repeated ones (Object.fromEntries would keep the last), for a zod schema. */
export function paramsObject(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, unknown> {
  return params instanceof URLSearchParams ? Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.get(k)])) : params;
}

/** The filters as a query string, defaults left out: the URL of a page of the catalog. */
export function filtersQuery(filters: CatalogFilters, overrides: Partial<CatalogFilters> = {}): string {
  // `near: undefined` in the overrides drops the position ("Niet meer op afstand sorteren").
  const f = { ...filters, ...overrides };
  const query = new URLSearchParams();
  if (f.zoek) query.set('zoek', f.zoek);
  if (f.categorie) query.set('categorie', f.categorie);
  if (f.soort) query.set('soort', f.soort);
  if (f.kinderen) query.set('kinderen', '1');
  if (f.near && 'bij' in f.near) query.set('bij', f.near.bij);
  if (f.near && 'lat' in f.near) {
    query.set('lat', f.near.lat.toFixed(3));
    query.set('lon', f.near.lon.toFixed(3));
  }
  if (f.pagina > 1) query.set('pagina', String(f.pagina));
  const s = query.toString();
  return s ? `/?${s}` : '/';
}

/**
 * The cached catalog pages are keyed by this: one path segment per combination of filters
 * without a search ("alles" for none). Anything that is not exactly a key made here is refused, so
 * nobody can fill the cache with variants of the same page.
 */
export function filterKey(filters: CatalogFilters): string {
  // "jeugd", not "kinderen": that is also a category's slug.
  const parts = [
    filters.categorie,
    filters.soort,
    filters.kinderen ? CHILDREN_KEY : '',
    filters.pagina > 1 ? `p${filters.pagina}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('~') : 'alles';
}

export function filtersFromKey(key: string): CatalogFilters | null {
  const f: CatalogFilters = { ...NO_FILTERS };
  if (key !== 'alles') {
    for (const part of key.split('~')) {
      if ((CATEGORY_SLUGS as readonly string[]).includes(part) && !f.categorie) f.categorie = part;
      else if ((part === 'tegoed' || part === 'korting') && !f.soort) f.soort = part;
      else if (part === CHILDREN_KEY) f.kinderen = true;
      else if (/^p[1-9][0-9]{0,5}$/.test(part)) f.pagina = Number(part.slice(1));
      else return null;
    }
  }
  return filterKey(f) === key ? f : null;
}

/** Lower case without accents and extra spaces: "Café  Zwembad" → "cafe zwembad". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What an offer's slug can look like (lib/offers/review.ts makes them): anything else names no offer. */
export const isOfferSlug = (slug: string): boolean => slug.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
