import { z } from 'zod';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { paramsObject } from '@/lib/offers/filters';

// The workspace's filters as they live in the URL (/redactie/aanbod?status=redactie&categorie=sport&
// soort=korting&zoek=…&laat=1&pagina=2), with the public catalog's parameter names. Lenient like the
// catalog's: an unknown or repeated value is ignored, never an error.

/**
 * Where an offer or a partner stands, as the editors sort their work (ADR 0027 defines each). Every
 * row is in exactly one, so the counts add up to the whole list.
 */
export const BUCKETS = ['nieuw', 'redactie', 'partner', 'online', 'loopt-af', 'afgelopen', 'afgewezen', 'inactief'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The type filter per list: an offer's kind, or a partner's type. */
export const OFFER_TYPES = { tegoed: 'CREDIT_LISTING', korting: 'DISCOUNT_ACTION' } as const;
export const PARTNER_TYPES = { tegoed: 'CREDIT', korting: 'DISCOUNT', beide: 'BOTH' } as const;
export type ListKind = 'offers' | 'partners';

export const PAGE_SIZE = 25;
const MAX_QUERY = 100;

export type WorkspaceFilters = {
  status: Bucket | '';
  categorie: string;
  soort: string;
  zoek: string;
  /** Only what is overdue ("Te laat"). */
  laat: boolean;
  pagina: number;
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const schemaFor = (types: readonly [string, ...string[]]) =>
  z.object({
    status: z.preprocess(first, z.enum(BUCKETS)).catch('' as never),
    categorie: z.preprocess(first, z.enum(CATEGORY_SLUGS)).catch('' as never),
    soort: z.preprocess(first, z.enum(types)).catch('' as never),
    zoek: z
      .preprocess(
        first,
        z.string().transform((s) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)),
      )
      .catch(''),
    laat: z
      .preprocess(
        first,
        z.string().transform((v) => v === '1' || v === 'on'),
      )
      .catch(false),
    pagina: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  });
const schemas = {
  offers: schemaFor(Object.keys(OFFER_TYPES) as [string, ...string[]]),
  partners: schemaFor(Object.keys(PARTNER_TYPES) as [string, ...string[]]),
};

/** The filters of a list from the URL (a page's searchParams or a route's URLSearchParams). */
export function parseWorkspaceFilters(
  list: ListKind,
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): WorkspaceFilters {
  return schemas[list].parse(paramsObject(params)) as WorkspaceFilters;
}

/** The filters as a query string (defaults left out), with `overrides`; "" when there are none. */
export function workspaceQuery(filters: WorkspaceFilters, overrides: Partial<WorkspaceFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const query = new URLSearchParams();
  if (f.status) query.set('status', f.status);
  if (f.categorie) query.set('categorie', f.categorie);
  if (f.soort) query.set('soort', f.soort);
  if (f.zoek) query.set('zoek', f.zoek);
  if (f.laat) query.set('laat', '1');
  if (f.pagina > 1) query.set('pagina', String(f.pagina));
  const s = query.toString();
  return s ? `?${s}` : '';
}

export const NO_WORKSPACE_FILTERS: WorkspaceFilters = { status: '', categorie: '', soort: '', zoek: '', laat: false, pagina: 1 };

/**
 * The list's own URL for these parameters when they are not already it, else null: a GET form sends
 * its empty fields too (`?zoek=&status=nieuw&categorie=`), and a link may carry unknown values; the
 * page redirects to the short form, so that what is in the address bar is what is applied.
 */
export function canonicalSearch(list: ListKind, params: Record<string, string | string[] | undefined>): string | null {
  const given = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))),
  ).toString();
  const canonical = workspaceQuery(parseWorkspaceFilters(list, params)).slice(1);
  return given === canonical ? null : `?${canonical}`.replace(/^\?$/, '');
}
