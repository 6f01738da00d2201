import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/accounts/service';
import { withRole, type EditorUser } from '@/lib/auth/roles';
import { normalise } from '@/lib/offers/filters';
import { overdueFrom, waitOf, type Wait, type WaitingOn } from '@/lib/offers/waiting';
import { todayInDordrecht } from '@/lib/i18n/format';
import { BUCKETS, NO_WORKSPACE_FILTERS, PAGE_SIZE, type Bucket, type WorkspaceFilters } from './filters';

// What the two lists of the workspace (lib/workspace/offers.ts, partners.ts) share: the access check,
// the search, and the SQL around a list's rows — counts per bucket, one page, every row for the export.
// Each list gives a query whose rows have `id`, `bucket`, `waiting_on` and `since` (ADR 0027).

/** A call by anyone but an editor: the page never gets here (requireEditor), a direct call must not either. */
export class NotAnEditor extends Error {
  constructor() {
    super('the workspace is for editors only');
    this.name = 'NotAnEditor';
  }
}

/** The user as an editor, or NotAnEditor: the first line of every workspace read. */
export function asEditor(user: SessionUser | null | undefined): EditorUser {
  const editor = user ? withRole(user, 'EDITOR') : null;
  if (!editor) throw new NotAnEditor();
  return editor;
}

// Letters a search word may match with an accent: a name's "é" is found by "e" (and by "é", which
// normalise() makes an "e" first). A regular expression per word rather than translate() over every
// row: translate() costs ~12 µs a row, ten times a case-insensitive match (ADR 0027).
const VARIANTS: Record<string, string> = {
  a: 'aáàâäãå',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  c: 'cç',
  n: 'nñ',
  y: 'yýÿ',
};

/** A normalised word as a case- and accent-insensitive regular expression (for `~*`), its other characters literal. */
export function wordPattern(word: string): string {
  return [...word]
    .map((ch) => (VARIANTS[ch] ? `[${VARIANTS[ch]}${VARIANTS[ch].toUpperCase()}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/**
 * The search of both lists, on the organisation `g`: every word is in its name (legal or on the
 * website), KvK number or place, case and accents aside.
 */
export function partnerSearch(zoek: string): Prisma.Sql {
  const words = normalise(zoek).split(' ').filter(Boolean);
  if (!words.length) return Prisma.sql`TRUE`;
  const text = Prisma.sql`(g."legalName" || ' ' || COALESCE(g."displayName", '') || ' ' || g."kvkNumber" || ' ' || g."visitCity")`;
  return Prisma.join(
    words.map((w) => Prisma.sql`${text} ~* ${wordPattern(w)}`),
    ' AND ',
  );
}

/**
 * A list's own part. `rows`: its rows under the filters (the status only as a hint that an index can
 * use; the bucket is checked here), as of `today`, narrow — `id`, `bucket`, `waiting_on`, `since` — so
 * that sorting thousands of them stays in memory. `details`: the columns a page shows, for the few
 * rows of one page (`p`).
 */
export type ListQuery = {
  rows: (filters: WorkspaceFilters, today: string) => Prisma.Sql;
  details: (page: Prisma.Sql) => Prisma.Sql;
};

/** A waiting row is overdue when the day its wait began is on or before overdueFrom() (the same as waitOf's `overdue`). */
function overdueSql(now: Date): Prisma.Sql {
  const day = Prisma.sql`(r.since AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date`;
  return Prisma.sql`((r.waiting_on = 'editors' AND ${day} <= ${overdueFrom('editors', now)}::date)
    OR (r.waiting_on = 'partner' AND ${day} <= ${overdueFrom('partner', now)}::date))`;
}

export type Counts = Record<Bucket, { count: number; overdue: number }> & { all: { count: number; overdue: number } };

/** The number of rows per bucket (and of those overdue), under the filters but the status: one aggregate. */
async function countsOf(query: ListQuery, filters: WorkspaceFilters, now: Date): Promise<Counts> {
  const rows = await prisma.$queryRaw<Array<{ bucket: Bucket; count: number; overdue: number }>>`
    SELECT r.bucket, count(*)::int AS count, (count(*) FILTER (WHERE ${overdueSql(now)}))::int AS overdue
    FROM (${query.rows({ ...filters, status: '' }, todayInDordrecht(now))}) r GROUP BY r.bucket`;
  const counts = Object.fromEntries([...BUCKETS, 'all'].map((b) => [b, { count: 0, overdue: 0 }])) as Counts;
  for (const r of rows) {
    counts[r.bucket] = { count: r.count, overdue: r.overdue };
    counts.all.count += r.count;
    counts.all.overdue += r.overdue;
  }
  return counts;
}

/** What waits comes first (on the editors or on the partner), then the rest; each the longest waiting first. */
function rowsSql(query: ListQuery, filters: WorkspaceFilters, now: Date, limit: number, offset: number): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (filters.status) conditions.push(Prisma.sql`r.bucket = ${filters.status}`);
  if (filters.laat) conditions.push(overdueSql(now));
  const page = Prisma.sql`
    SELECT r.* FROM (${query.rows(filters, todayInDordrecht(now))}) r
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY (r.waiting_on IS NULL), r.since, r.id
    LIMIT ${limit} OFFSET ${offset}`;
  return Prisma.sql`SELECT d.* FROM (${query.details(page)}) d ORDER BY (d.waiting_on IS NULL), d.since, d.id`;
}

/** What every list's raw row has besides its own columns. */
export type RawRow = { id: string; bucket: Bucket; waiting_on: WaitingOn | null; since: Date };

export type ListPage<R> = { counts: Counts; rows: R[]; total: number; page: number; pages: number };

/** One page of a list with its counts, each row made into what the page shows by `toRow`. */
async function listPage<T extends RawRow, R>(
  query: ListQuery,
  filters: WorkspaceFilters,
  now: Date,
  toRow: (raw: T, wait: Wait | null) => R,
): Promise<ListPage<R>> {
  const pageOf = (n: number) => prisma.$queryRaw<T[]>(rowsSql(query, filters, now, PAGE_SIZE, (n - 1) * PAGE_SIZE));
  // Both at once: the page asked for is nearly always there.
  const [counts, asked] = await Promise.all([countsOf(query, filters, now), pageOf(filters.pagina)]);
  const bucket = counts[filters.status || 'all'];
  const total = filters.laat ? bucket.overdue : bucket.count;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page beyond the last (an old link) shows the last one.
  const page = Math.min(filters.pagina, pages);
  const raw = page === filters.pagina ? asked : await pageOf(page);
  return { counts, rows: raw.map((r) => toRow(r, waitOf(r.waiting_on, r.since, now))), total, page, pages };
}

const EXPORT_BATCH = 1000;

/** Every row of a list under the filters (all pages), in batches, for the export. */
async function* allRows<T extends RawRow, R>(
  query: ListQuery,
  filters: WorkspaceFilters,
  now: Date,
  toRow: (raw: T, wait: Wait | null) => R,
): AsyncGenerator<R[]> {
  for (let offset = 0; ; offset += EXPORT_BATCH) {
    const raw = await prisma.$queryRaw<T[]>(rowsSql(query, filters, now, EXPORT_BATCH, offset));
    if (raw.length) yield raw.map((r) => toRow(r, waitOf(r.waiting_on, r.since, now)));
    if (raw.length < EXPORT_BATCH) return;
  }
}

/**
 * A list's three reads, each for editors only (NotAnEditor for anyone else, before anything is read):
 * a page with the counts, every row in batches (the export), the counts without filters (the dashboard).
 */
export function editorList<T extends RawRow, R>(query: ListQuery, toRow: (raw: T, wait: Wait | null) => R) {
  return {
    page(viewer: SessionUser | null, filters: WorkspaceFilters, now = new Date()): Promise<ListPage<R>> {
      asEditor(viewer);
      return listPage(query, filters, now, toRow);
    },
    all(viewer: SessionUser | null, filters: WorkspaceFilters, now = new Date()): AsyncGenerator<R[]> {
      asEditor(viewer);
      return allRows(query, filters, now, toRow);
    },
    counts(viewer: SessionUser | null, now = new Date()): Promise<Counts> {
      asEditor(viewer);
      return countsOf(query, NO_WORKSPACE_FILTERS, now);
    },
  };
}
