import { prisma, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OfferKind } from '@/lib/generated/prisma/enums';
import { nl } from '@/lib/i18n/nl';
import { categoryLabel } from '@/lib/partners/categories';
import { photoSources, type PhotoSources } from '@/lib/photos/service';
import type { DiscountContent } from '@/lib/actions/content';
import type { OfferContent } from './schema';
import { KIND_PARAMS, normalise, type CatalogFilters } from './filters';

// The public catalog (`/`): one CatalogEntry per published offer, written in the same transaction
// as the publish or withdraw that changes it, and the one query the catalog and its search run.

export const PAGE_SIZE = 24;
const MAX_WORDS = 6;

/** What you get, as a card says it. */
export function benefitOf(content: OfferContent): { benefit: string; forChildren: boolean } {
  const t = nl.catalog.benefit;
  if (!('discount' in content)) return { benefit: t.credit, forChildren: false };
  const d = (content as DiscountContent).discount;
  if (d.discountType === 'PERCENT' || !d.tariffs.length) return { benefit: t.percent(formatPercent(d.percent ?? 25)), forChildren: false };
  const percents = d.tariffs.map((b) => (b.regular > 0 ? Math.floor(((b.regular - b.pass) * 100) / b.regular) : 0));
  const max = Math.max(...percents);
  return {
    benefit: Math.min(...percents) === max ? t.percent(formatPercent(max)) : t.upTo(formatPercent(max)),
    forChildren: d.tariffs.some((b) => b.minAge < 18),
  };
}

const formatPercent = (n: number) => `${String(n).replace('.', ',')}%`;

type PublishedRow = {
  id: string;
  slug: string;
  kind: OfferKind;
  publishedContent: unknown;
  publishedAt: Date | null;
  validUntil: Date | null;
  organisation: { displayName: string | null; legalName: string };
  publishedPhoto: { variants: unknown; width: number; height: number } | null;
};

/** The entry for a published offer, from its published content (never a draft). */
export function catalogEntryData(offer: PublishedRow): Prisma.CatalogEntryUncheckedCreateInput {
  const content = offer.publishedContent as OfferContent;
  const organisationName = offer.organisation.displayName || offer.organisation.legalName;
  const { benefit, forChildren } = benefitOf(content);
  const subject = 'discount' in content ? (content as DiscountContent).discount.subject : '';
  return {
    offerId: offer.id,
    slug: offer.slug,
    kind: offer.kind,
    title: content.title,
    organisationName,
    category: content.category,
    place: content.address.city,
    benefit,
    forChildren,
    photo: offer.publishedPhoto ? (photoSources(offer.publishedPhoto) as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    searchText: normalise([content.title, organisationName, categoryLabel(content.category), subject, content.body].join(' ')),
    searchName: normalise([content.title, organisationName, categoryLabel(content.category), subject].join(' ')),
    validUntil: offer.validUntil,
    publishedAt: offer.publishedAt ?? new Date(),
  };
}

/** What an entry is made from. */
export const publishedSelect = {
  id: true,
  slug: true,
  kind: true,
  publishedContent: true,
  publishedAt: true,
  validUntil: true,
  organisation: { select: { displayName: true, legalName: true } },
  publishedPhoto: { select: { variants: true, width: true, height: true } },
} as const;

/** After a publish or withdraw, inside its transaction: the entry follows the offer. */
export async function syncCatalogEntry(tx: Tx, offerId: string): Promise<void> {
  const offer = await tx.offer.findUnique({ where: { id: offerId }, select: publishedSelect });
  if (!offer?.publishedAt || !offer.publishedContent) {
    await tx.catalogEntry.deleteMany({ where: { offerId } });
    return;
  }
  const data = catalogEntryData(offer);
  await tx.catalogEntry.upsert({ where: { offerId }, create: data, update: data });
}

/** Makes every entry anew from the offers (at start-up when they disagree, e.g. after the migration). */
export async function rebuildCatalog(): Promise<number> {
  const [published, entries] = await Promise.all([prisma.offer.count({ where: { publishedAt: { not: null } } }), prisma.catalogEntry.count()]);
  if (published === entries) return 0;
  const offers = (await prisma.offer.findMany({ where: { publishedAt: { not: null } }, select: publishedSelect })).filter((o) => o.publishedContent);
  await prisma.$transaction(async (tx) => {
    await tx.catalogEntry.deleteMany({});
    await tx.catalogEntry.createMany({ data: offers.map(catalogEntryData) });
    // Thousands of rows with two trigram indexes take longer than a request's transaction.
  }, { timeout: 120_000 });
  // Fresh statistics for the planner after a bulk write.
  await prisma.$executeRaw`ANALYZE "CatalogEntry"`;
  return offers.length;
}

export type CatalogCard = {
  slug: string;
  kind: OfferKind;
  title: string;
  organisationName: string;
  category: string;
  categoryLabel: string;
  place: string;
  benefit: string;
  forChildren: boolean;
  photo: PhotoSources | null;
};

export type CatalogResult = { cards: CatalogCard[]; total: number; page: number; pages: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of the catalog: published, not past its last day (Dordrecht's `today`), filtered, and
 * for a search every word found — literally, or with a typo in a name (pg_trgm word similarity,
 * GIN indexes), literal matches first, then the most similar.
 */
export async function catalogPage(filters: CatalogFilters, today: string): Promise<CatalogResult> {
  const words = normalise(filters.zoek).split(' ').filter(Boolean).slice(0, MAX_WORDS);
  const conditions = [Prisma.sql`("validUntil" IS NULL OR "validUntil" >= ${today}::date)`];
  if (filters.categorie) conditions.push(Prisma.sql`"category" = ${filters.categorie}`);
  if (filters.soort) conditions.push(Prisma.sql`"kind" = ${KIND_PARAMS[filters.soort]}::"OfferKind"`);
  if (filters.kinderen) conditions.push(Prisma.sql`"forChildren"`);
  // Literally anywhere (also the description), or with a typo in a name (title, organisation,
  // category, subject: a short column keeps the trigram comparison fast).
  for (const word of words) {
    const literal = Prisma.sql`"searchText" LIKE ${`%${escapeLike(word)}%`}`;
    conditions.push(word.length >= 3 ? Prisma.sql`(${literal} OR ${word} <% "searchName")` : literal);
  }
  const where = Prisma.join(conditions, ' AND ');
  const rank = words.length
    ? Prisma.sql`${Prisma.join(words.map((w) => Prisma.sql`("searchText" LIKE ${`%${escapeLike(w)}%`})::int + word_similarity(${w}, "searchName")`), ' + ')} DESC,`
    : Prisma.empty;
  const page = filters.pagina;
  const select = Prisma.sql`
    SELECT "slug", "kind", "title", "organisationName", "category", "place", "benefit", "forChildren", "photo", count(*) OVER ()::int AS "total"
    FROM "CatalogEntry" WHERE ${where}
    ORDER BY ${rank} lower("title"), "slug"
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  type Row = Omit<CatalogCard, 'categoryLabel' | 'photo'> & { photo: unknown; total: number };
  // The planner underestimates what a trigram comparison per row costs and would scan the whole
  // table (300 ms for 10 000 offers) instead of using the GIN index (20 ms): for a search, no scan.
  const rows = words.length
    ? (await prisma.$transaction([prisma.$executeRaw`SET LOCAL enable_seqscan = off`, prisma.$queryRaw<Row[]>(select)]))[1]
    : await prisma.$queryRaw<Row[]>(select);
  // Past the last page there are no rows to carry the total.
  const total = rows[0]?.total ?? (page > 1 ? (await prisma.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM "CatalogEntry" WHERE ${where}`)[0].count : 0);
  return {
    cards: rows.map(({ total: _total, ...r }) => ({ ...r, categoryLabel: categoryLabel(r.category), photo: (r.photo as PhotoSources | null) ?? null })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Every published offer's address, for sitemap.xml. */
export function catalogSlugs(today: string) {
  return prisma.catalogEntry.findMany({
    where: { OR: [{ validUntil: null }, { validUntil: { gte: new Date(today) } }] },
    select: { slug: true, publishedAt: true },
    orderBy: { slug: 'asc' },
  });
}
