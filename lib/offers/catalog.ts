import { prisma, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OfferKind } from '@/lib/generated/prisma/enums';
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';
import { categoryLabel } from '@/lib/partners/categories';
import { orgName } from '@/lib/partners/names';
import { photoSources, type PhotoSources } from '@/lib/photos/service';
import { isDiscountContent } from '@/lib/discounts/content';
import { readOfferContent } from './content';
import type { OfferContent } from './schema';
import { KIND_PARAMS, normalise, type CatalogFilters } from './filters';
import { locationsOfOffer } from '@/lib/locations/resolve';

// The public catalog (`/`): one CatalogEntry per published offer, written in the same transaction
// as the publish or withdraw that changes it, and the one query the catalog and its search run.

export const PAGE_SIZE = 24;
const MAX_WORDS = 6;

/**
 * What you get, stored in the catalog without a language: "credit", "percent:25" or "upto:55" (a
 * discount action whose tariffs differ); each page says it in its own language (benefitLabel).
 */
export function benefitOf(content: OfferContent): { benefit: string; forChildren: boolean } {
  if (!isDiscountContent(content)) return { benefit: 'credit', forChildren: false };
  const d = content.discount;
  if (d.discountType === 'PERCENT' || !d.tariffs.length) return { benefit: `percent:${d.percent ?? 25}`, forChildren: false };
  const percents = d.tariffs.map((b) => (b.regular > 0 ? Math.floor(((b.regular - b.pass) * 100) / b.regular) : 0));
  const max = Math.max(...percents);
  return {
    benefit: Math.min(...percents) === max ? `percent:${max}` : `upto:${max}`,
    forChildren: d.tariffs.some((b) => b.minAge < 18),
  };
}

/**
 * A benefit as the catalog stored it before it had no language ("Tegoed besteden", "25% korting",
 * "Tot 55% korting"): the migration converts those rows, but during a rolling deploy an instance
 * with the old code may still write one. Anything else comes back as it is.
 */
function fromDutch(benefit: string): string {
  if (benefit === 'Tegoed besteden') return 'credit';
  const match = /^(Tot )?(\d+(?:,\d+)?)% korting$/.exec(benefit);
  return match ? `${match[1] ? 'upto' : 'percent'}:${match[2].replace(',', '.')}` : benefit;
}

/** A stored benefit as a card says it: "Tegoed besteden", "25% korting", "Up to 55% discount". */
export function benefitLabel(stored: string, locale: Locale = 'nl'): string {
  const t = publicMessages(locale).catalog.benefit;
  const benefit = fromDutch(stored);
  if (benefit === 'credit') return t.credit;
  const [kind, value] = benefit.split(':');
  const percent = Number(value);
  // Anything else (a row written before the benefit had no language) is shown as it was stored.
  if (!Number.isFinite(percent)) return benefit;
  if (kind === 'percent') return t.percent(formatPercent(percent, locale));
  if (kind === 'upto') return t.upTo(formatPercent(percent, locale));
  return benefit;
}

type PublishedRow = {
  id: string;
  organisationId: string;
  slug: string;
  kind: OfferKind;
  publishedContent: unknown;
  publishedAt: Date | null;
  validFrom: Date | null;
  validUntil: Date | null;
  organisation: { displayName: string | null; legalName: string };
  publishedPhoto: { variants: unknown; width: number; height: number } | null;
};

/** Its published content, or null (logged) when it cannot be read: such an offer gets no entry. */
const publishedContentOf = (offer: PublishedRow) => readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent');

/** The entry for a published offer, from its published content (never a draft); throws when that cannot be read. */
export function catalogEntryData(offer: PublishedRow): Prisma.CatalogEntryUncheckedCreateInput {
  const content = publishedContentOf(offer);
  if (!content) throw new Error(`offer ${offer.id}: its published content cannot be read`);
  return entryData(offer, content);
}

function entryData(offer: PublishedRow, content: OfferContent): Prisma.CatalogEntryUncheckedCreateInput {
  const organisationName = orgName(offer.organisation);
  const { benefit, forChildren } = benefitOf(content);
  const subject = isDiscountContent(content) ? content.discount.subject : '';
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
    validFrom: offer.validFrom,
    validUntil: offer.validUntil,
    publishedAt: offer.publishedAt ?? new Date(),
  };
}

/** What an entry is made from. */
export const publishedSelect = {
  id: true,
  organisationId: true,
  slug: true,
  kind: true,
  publishedContent: true,
  publishedAt: true,
  validFrom: true,
  validUntil: true,
  organisation: { select: { displayName: true, legalName: true, status: true } },
  publishedPhoto: { select: { variants: true, width: true, height: true } },
} as const;

/** The offers that have an entry: published, of a partner that is not deactivated (ADR 0028: its offers keep their status). */
const ONLINE = { publishedAt: { not: null }, organisation: { status: { not: 'INACTIVE' } } } satisfies Prisma.OfferWhereInput;

/** After a publish or withdraw, inside its transaction: the entry follows the offer. */
export async function syncCatalogEntry(tx: Tx, offerId: string): Promise<void> {
  const offer = await tx.offer.findUnique({ where: { id: offerId }, select: publishedSelect });
  const online = offer?.publishedAt && offer.publishedContent && offer.organisation.status !== 'INACTIVE';
  const content = online ? publishedContentOf(offer) : null;
  if (!offer || !content) {
    await tx.catalogEntry.deleteMany({ where: { offerId } });
    return;
  }
  const places = await mappedLocations(tx, [offer.organisationId]);
  const rows = catalogLocationRows(offer.id, content, places.get(offer.organisationId) ?? []);
  const data = { ...entryData(offer, content), located: rows.length > 0 };
  await tx.catalogEntry.upsert({ where: { offerId }, create: data, update: data });
  await tx.catalogLocation.deleteMany({ where: { offerId } });
  await tx.catalogLocation.createMany({ data: rows });
}

type MappedLocation = {
  id: string;
  street: string;
  houseNumber: string;
  addition: string;
  postcode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
};

/** The organisations' locations in their order, by organisation. */
async function mappedLocations(db: Pick<Tx, 'location'>, organisationIds: string[] | 'all'): Promise<Map<string, MappedLocation[]>> {
  const rows = await db.location.findMany({
    where: organisationIds === 'all' ? {} : { organisationId: { in: organisationIds } },
    select: {
      id: true,
      organisationId: true,
      street: true,
      houseNumber: true,
      addition: true,
      postcode: true,
      city: true,
      latitude: true,
      longitude: true,
    },
    orderBy: [{ organisationId: 'asc' }, { position: 'asc' }, { createdAt: 'asc' }],
  });
  const byOrg = new Map<string, MappedLocation[]>();
  for (const { organisationId, ...row } of rows) byOrg.set(organisationId, [...(byOrg.get(organisationId) ?? []), row]);
  return byOrg;
}

/** The catalog's places of an offer: its locations (lib/locations/resolve.ts) that have coordinates. */
function catalogLocationRows(offerId: string, content: OfferContent, locations: MappedLocation[]): Prisma.CatalogLocationCreateManyInput[] {
  return locationsOfOffer(content, locations).flatMap((l) =>
    l.latitude === null || l.longitude === null ? [] : [{ offerId, locationId: l.id, latitude: l.latitude, longitude: l.longitude }],
  );
}

/**
 * After a partner's locations changed (one added, moved, removed, or its coordinates found), inside
 * that transaction: the places of its offers in the catalog follow.
 */
export async function syncCatalogLocationsOf(tx: Tx, organisationId: string): Promise<void> {
  const offers = await tx.offer.findMany({ where: { organisationId, catalogEntry: { isNot: null } }, select: publishedSelect });
  if (!offers.length) return;
  const places = (await mappedLocations(tx, [organisationId])).get(organisationId) ?? [];
  const rows = offers.flatMap((o) => {
    const content = publishedContentOf(o);
    return content ? catalogLocationRows(o.id, content, places) : [];
  });
  const ids = offers.map((o) => o.id);
  const located = new Set(rows.map((r) => r.offerId));
  await tx.catalogLocation.deleteMany({ where: { offerId: { in: ids } } });
  await tx.catalogLocation.createMany({ data: rows });
  await tx.catalogEntry.updateMany({ where: { offerId: { in: [...located] } }, data: { located: true } });
  await tx.catalogEntry.updateMany({ where: { offerId: { in: ids.filter((id) => !located.has(id)) } }, data: { located: false } });
}

/**
 * Makes every entry anew from the offers (at start-up when they disagree, e.g. after the migration).
 * One rebuild at a time (two instances starting together, a retry beside a run): the second waits
 * for the first, then finds the counts agreeing and does nothing. The offers are read under the lock,
 * in the transaction that writes their entries.
 */
export async function rebuildCatalog(): Promise<number> {
  const disagree = async (db: Pick<Tx, 'offer' | 'catalogEntry'>) => {
    // One after the other: inside the transaction both run on its one connection.
    return (await db.offer.count({ where: ONLINE })) !== (await db.catalogEntry.count());
  };
  if (!(await disagree(prisma))) return 0;
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalog-rebuild'))`;
      if (!(await disagree(tx))) return 0;
      // One whose published content cannot be read is left out (logged); the counts then differ, so the
      // next start logs it again until it is mended.
      const offers = (await tx.offer.findMany({ where: ONLINE, select: publishedSelect })).flatMap((o) => {
        const content = o.publishedContent === null ? null : publishedContentOf(o);
        return content ? [{ offer: o, content }] : [];
      });
      const places = await mappedLocations(tx, 'all');
      await tx.catalogEntry.deleteMany({});
      const rows = offers.map((o) => catalogLocationRows(o.offer.id, o.content, places.get(o.offer.organisationId) ?? []));
      await tx.catalogEntry.createMany({ data: offers.map((o, i) => ({ ...entryData(o.offer, o.content), located: rows[i].length > 0 })) });
      await tx.catalogLocation.createMany({ data: rows.flat() });
      // Fresh statistics for the planner after a bulk write.
      await tx.$executeRaw`ANALYZE "CatalogEntry"`;
      await tx.$executeRaw`ANALYZE "CatalogLocation"`;
      return offers.length;
    },
    // Thousands of rows with two trigram indexes take longer than a request's transaction.
    { timeout: 120_000, maxWait: 120_000 },
  );
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
  /** The first day (`2026-12-01`) of an action that has not started yet on `today`, else null. */
  startsOn: string | null;
  /** "Bij mij in de buurt": how far its nearest location is, in km; null when it has none on the map. Absent otherwise. */
  distanceKm?: number | null;
};

export type CatalogResult = { cards: CatalogCard[]; total: number; page: number; pages: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Shortest word whose swapped letters are looked for: "yoag" finds "yoga", "aap" stays itself. */
const MIN_SWAP_WORD = 4;

/**
 * The word with two neighbouring letters swapped, each way it can be ("musuem" → …, "museum", …):
 * the typo trigrams forgive worst, because a swap changes three trigrams at once.
 */
export function transpositions(word: string): string[] {
  const letters = [...word];
  if (letters.length < MIN_SWAP_WORD) return [];
  const variants = new Set<string>();
  for (let i = 0; i < letters.length - 1; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], letters[i]];
    variants.add(swapped.join(''));
  }
  return [...variants];
}

/** Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbours costs 1. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

export const searchWords = (zoek: string) => normalise(zoek).split(' ').filter(Boolean).slice(0, MAX_WORDS);

/** What every search and filter shares: published, not past its last day, the filters. */
export function filterConditions(filters: CatalogFilters, today: string): Prisma.Sql[] {
  const conditions = [Prisma.sql`("validUntil" IS NULL OR "validUntil" >= ${today}::date)`];
  if (filters.categorie) conditions.push(Prisma.sql`"category" = ${filters.categorie}`);
  if (filters.soort) conditions.push(Prisma.sql`"kind" = ${KIND_PARAMS[filters.soort]}::"OfferKind"`);
  if (filters.kinderen) conditions.push(Prisma.sql`"forChildren"`);
  return conditions;
}

/** A name (title, organisation, category, subject) holds the word with two letters swapped. */
function swappedInName(word: string): Prisma.Sql[] {
  return transpositions(word).map((v) => Prisma.sql`"searchName" LIKE ${`%${escapeLike(v)}%`}`);
}

/**
 * One page of the catalog: published, not past its last day (Dordrecht's `today`), filtered, and
 * for a search every word found — literally, or with a typo in a name (pg_trgm word similarity,
 * or, when that finds nothing, two letters swapped; GIN indexes), literal matches first, then the
 * most similar. Without a
 * search: by the organisation's name, A to Z (then the title).
 */
export async function catalogPage(filters: CatalogFilters, today: string): Promise<CatalogResult> {
  const result = await catalogQuery(filters, today, false);
  // Swapped letters only when nothing was found otherwise: each variant is one more index scan
  // (three times the time of a search at 10 000 offers), which most searches do not need.
  if (result.total === 0 && swapsMayHelp(filters.zoek)) return catalogQuery(filters, today, true);
  return result;
}

/** The conditions of a search's words: literally anywhere (also the description), or with a typo in a name. */
export function searchConditions(words: string[], swaps: boolean): Prisma.Sql[] {
  // Literally anywhere (also the description), or with a typo in a name (title, organisation,
  // category, subject: a short column keeps the trigram comparison fast).
  return words.map((word) => {
    const literal = Prisma.sql`"searchText" LIKE ${`%${escapeLike(word)}%`}`;
    return word.length >= 3
      ? Prisma.sql`(${Prisma.join([literal, Prisma.sql`${word} <% "searchName"`, ...(swaps ? swappedInName(word) : [])], ' OR ')})`
      : literal;
  });
}

/** The filters' conditions and, for a search, every word found: the catalog's, the map's (lib/offers/map.ts) and near me's (lib/offers/near.ts). */
export function matchConditions(filters: CatalogFilters, today: string, swaps: boolean): Prisma.Sql[] {
  return [...filterConditions(filters, today), ...searchConditions(searchWords(filters.zoek), swaps)];
}

/** Whether a search that found nothing may find something with two letters swapped. */
export function swapsMayHelp(zoek: string): boolean {
  return searchWords(zoek).some((w) => transpositions(w).length);
}

/** What a card shows, as columns of CatalogEntry. */
export const cardColumns = (
  today: string,
) => Prisma.sql`"slug", "kind", "title", "organisationName", "category", "place", "benefit", "forChildren", "photo",
      CASE WHEN "validFrom" > ${today}::date THEN to_char("validFrom", 'YYYY-MM-DD') END AS "startsOn"`;

export type CardRow = Omit<CatalogCard, 'categoryLabel' | 'photo'> & { photo: unknown };

export const toCard = (r: CardRow): CatalogCard => ({
  ...r,
  categoryLabel: categoryLabel(r.category),
  photo: (r.photo as PhotoSources | null) ?? null,
});

async function catalogQuery(filters: CatalogFilters, today: string, swaps: boolean): Promise<CatalogResult> {
  const words = searchWords(filters.zoek);
  const where = Prisma.join(matchConditions(filters, today, swaps), ' AND ');
  const rank = words.length
    ? Prisma.sql`${Prisma.join(
        words.map((w) => Prisma.sql`("searchText" LIKE ${`%${escapeLike(w)}%`})::int + word_similarity(${w}, "searchName")`),
        ' + ',
      )} DESC,`
    : Prisma.empty;
  const page = filters.pagina;
  // By the organisation, not the title: titles start alike ("35% korting bij …", "Korting op …"),
  // names tell offers apart; and unlike "newest first" nobody moves up by publishing a change.
  const select = Prisma.sql`
    SELECT ${cardColumns(today)}, count(*) OVER ()::int AS "total"
    FROM "CatalogEntry" WHERE ${where}
    ORDER BY ${rank} lower("organisationName"), lower("title"), "slug"
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  type Row = CardRow & { total: number };
  // The planner underestimates what a trigram comparison per row costs and would scan the whole
  // table (300 ms for 10 000 offers) instead of using the GIN index (20 ms): for a search, no scan.
  const rows = words.length
    ? (await prisma.$transaction([prisma.$executeRaw`SET LOCAL enable_seqscan = off`, prisma.$queryRaw<Row[]>(select)]))[1]
    : await prisma.$queryRaw<Row[]>(select);
  // Past the last page there are no rows to carry the total.
  const total =
    rows[0]?.total ??
    (page > 1
      ? (await prisma.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM "CatalogEntry" WHERE ${where}`)[0].count
      : 0);
  return {
    cards: rows.map(({ total: _total, ...r }) => toCard(r)),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/**
 * The search page: a page of results and, when nothing is found, "Bedoelde je: …?". After a first
 * query finds nothing, the one with swapped letters and the suggestion run side by side, so a
 * search without results waits for the slower of the two, not for both.
 */
export async function searchCatalog(filters: CatalogFilters, today: string): Promise<{ result: CatalogResult; suggestion: string | null }> {
  const first = await catalogQuery(filters, today, false);
  if (first.total > 0 || !filters.zoek) return { result: first, suggestion: null };
  const swaps = swapsMayHelp(filters.zoek);
  const [result, suggestion] = await Promise.all([swaps ? catalogQuery(filters, today, true) : first, suggestSearch(filters, today)]);
  return { result, suggestion: result.total === 0 ? suggestion : null };
}

/** How far a word may be from the one suggested: one slip in a short word, two in a longer one. */
const maxDistance = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * For a search that found nothing: the same search with each word replaced by the closest word of
 * the names (title, organisation, category, subject) — "musuem" → "museum" — when that search does
 * find something with the same filters; else null. Candidates come from the trigram index with a
 * lower threshold (or a swap of two letters), the closest by Damerau–Levenshtein distance wins.
 */
export async function suggestSearch(filters: CatalogFilters, today: string): Promise<string | null> {
  const words = searchWords(filters.zoek);
  if (!words.length) return null;
  const conditions = filterConditions(filters, today);
  const suggested: string[] = [];
  for (const word of words) {
    if (word.length < 3) {
      suggested.push(word);
      continue;
    }
    const candidates = Prisma.sql`
      SELECT DISTINCT w FROM (
        SELECT regexp_split_to_table("searchName", '[^[:alnum:]]+') AS w FROM "CatalogEntry"
        WHERE ${Prisma.join(conditions, ' AND ')} AND (${Prisma.join([Prisma.sql`${word} <% "searchName"`, ...swappedInName(word)], ' OR ')})
        LIMIT 500
      ) names WHERE length(w) >= 3`;
    const [, , rows] = await prisma.$transaction([
      prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
      // Looser than the search's 0.6: "muzeum" shares few trigrams with "museum".
      prisma.$executeRaw`SET LOCAL pg_trgm.word_similarity_threshold = 0.3`,
      prisma.$queryRaw<Array<{ w: string }>>(candidates),
    ]);
    let best = { word, distance: Infinity };
    for (const { w } of rows) {
      const distance = editDistance(word, w);
      if (distance <= maxDistance(word) && (distance < best.distance || (distance === best.distance && w < best.word)))
        best = { word: w, distance };
    }
    suggested.push(best.word);
  }
  const suggestion = suggested.join(' ');
  if (suggestion === words.join(' ')) return null;
  // One word: it was read from the names of an offer that passes the same filters, so searching it
  // finds that offer; asking the database again would only cost time.
  if (words.length === 1) return suggestion;
  return (await catalogPage({ ...filters, zoek: suggestion, pagina: 1 }, today)).total > 0 ? suggestion : null;
}

/** Every published offer's address, for sitemap.xml. */
export function catalogSlugs(today: string) {
  return prisma.catalogEntry.findMany({
    where: { OR: [{ validUntil: null }, { validUntil: { gte: new Date(today) } }] },
    select: { slug: true, publishedAt: true },
    orderBy: { slug: 'asc' },
  });
}

/** The offers whose public page changes when `today` begins: gone after their last day, or starting today. */
export async function slugsChangingOn(today: string): Promise<string[]> {
  const day = new Date(today);
  const yesterday = new Date(day.getTime() - 24 * 60 * 60 * 1000);
  const entries = await prisma.catalogEntry.findMany({
    where: { OR: [{ validUntil: yesterday }, { validFrom: day }] },
    select: { slug: true },
  });
  return entries.map((e) => e.slug);
}
