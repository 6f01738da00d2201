import type { ReactNode } from 'react';
import { LOCALES, type PortalLocale } from '@/lib/i18n/locales';
import type { PortalMessages } from '@/lib/i18n/portal';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import { formatIsoDate, formatShortDate } from '@/lib/i18n/format';
import { CATEGORIES } from '@/lib/partners/categories';
import type { Wait } from '@/lib/offers/waiting';
import { BUCKETS, workspaceQuery, type ListKind, type WorkspaceFilters } from '@/lib/workspace/filters';
import type { Counts, ListPage } from '@/lib/workspace/list';
import { arrowBack, arrowNext, secondaryButtonClass } from '@/components/ui/classes';

// The workspace's two lists (/redactie/partners, /redactie/aanbod) in one shape: the counts per
// status as links, the filters as a plain GET form (works without JavaScript, everything in the URL),
// a table on a wide screen that becomes one card per row on a phone, and the pages.

type Texts = PortalMessages['workspace'];

/** What a row of either list shows. */
export type ListItem = {
  id: string;
  href: string;
  name: string;
  /** Under the name: the partner of an offer, or a partner's registered name. */
  sub: string | null;
  kvkNumber: string;
  place: string;
  type: string;
  category: string;
  status: string;
  /** Also online while the editors or the partner work on a new version. */
  online?: boolean;
  validUntil?: string | null;
  since: Date;
  wait: Wait | null;
};

const fieldClass = 'mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink';

function Counts({
  t,
  locale,
  path,
  filters,
  counts,
}: {
  t: Texts;
  locale: PortalLocale;
  path: string;
  filters: WorkspaceFilters;
  counts: Counts;
}) {
  const link = (status: WorkspaceFilters['status'], label: string, n: { count: number; overdue: number }, waits: boolean) => {
    const current = filters.status === status;
    return (
      <li key={status || 'all'}>
        <a
          href={`${path}${workspaceQuery(filters, { status, pagina: 1, laat: false })}`}
          aria-current={current ? 'true' : undefined}
          className={`block rounded-md border-2 px-3 py-1.5 text-sm no-underline ${current ? 'border-brand bg-brand text-white hover:text-white' : 'border-line/50 bg-white text-ink'}`}
        >
          {label}: <strong>{n.count.toLocaleString(LOCALES[locale].intl)}</strong>
          {waits && n.overdue ? (
            <span className={`ml-1 font-semibold ${current ? '' : 'text-danger'}`}>({t.dashboard.overdue(n.overdue)})</span>
          ) : null}
        </a>
      </li>
    );
  };
  return (
    <nav aria-label={t.countsLabel} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {link('', t.all, counts.all, true)}
        {BUCKETS.map((b) => link(b, t.buckets[b], counts[b], b === 'nieuw' || b === 'redactie' || b === 'partner'))}
      </ul>
    </nav>
  );
}

function Filters({ t, list, path, filters }: { t: PortalMessages; list: ListKind; path: string; filters: WorkspaceFilters }) {
  const f = t.workspace.filters;
  const select = (name: string, label: string, value: string, options: Array<[string, string]>) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={fieldClass}>
        <option value="">{f.any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={path} role="search" className="mt-4 rounded-lg bg-white p-4">
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <legend className="sr-only">{f.legend}</legend>
        <div>
          <label htmlFor="filter-zoek" className="block font-semibold">
            {f.search}
          </label>
          <input
            id="filter-zoek"
            name="zoek"
            type="search"
            defaultValue={filters.zoek}
            aria-describedby="filter-zoek-hint"
            autoComplete="off"
            className={fieldClass}
          />
          <p id="filter-zoek-hint" className="mt-1 text-sm text-muted">
            {f.searchHint}
          </p>
        </div>
        {select(
          'status',
          f.status,
          filters.status,
          BUCKETS.map((b) => [b, t.workspace.buckets[b]]),
        )}
        {select(
          'categorie',
          f.category,
          filters.categorie,
          CATEGORIES.map((c) => [c.slug, t.categories[c.slug]]),
        )}
        {select('soort', f.type, filters.soort, Object.entries(t.workspace.types[list]))}
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="laat" value="1" defaultChecked={filters.laat} className="size-5 accent-brand" />
          {f.late}
        </label>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {f.submit}
        </button>
        <a href={path}>{f.clear}</a>
      </div>
    </form>
  );
}

/** "wacht op redactie · 3 werkdagen · sinds 2 dec" and "Te laat"; or only since when, for what waits on nobody. */
export async function WaitCell({ wait, since }: { wait: Wait | null; since: Date }) {
  const t = (await portalText()).workspace;
  const locale = await requestLocale();
  if (!wait) return <span className="text-muted">{t.since(formatShortDate(since, new Date(), locale))}</span>;
  return (
    <>
      <span className="font-semibold">{t.waitingOn[wait.on]}</span>
      <span className="block text-sm">
        {t.workingDays(wait.workingDays)} <span className="text-muted">· {t.since(formatShortDate(since, new Date(), locale))}</span>
      </span>
      {wait.overdue ? (
        <span className="mt-1 inline-block rounded bg-danger px-2 py-0.5 text-sm font-semibold text-white">
          {t.overdue}
          <span className="sr-only">: {t.overdueTitle(formatIsoDate(wait.dueOn, {}, locale))}</span>
        </span>
      ) : null}
    </>
  );
}

function Cell({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  // On a phone each row is a card: the cell says what it is (the <b>); on a wide screen the column's
  // header does. The cells' look is set once on the table (CELLS), not repeated in every cell's HTML.
  return (
    <td className={className}>
      <b>{label}: </b>
      {children}
    </td>
  );
}

/** The look of every cell and row header, as the table's own classes: a card's line on a phone, a table cell from md. */
const CELLS = [
  '[&_td]:block [&_td]:py-0.5 [&_td>b]:font-semibold md:[&_td>b]:hidden',
  'md:[&_td]:table-cell md:[&_td]:border-t md:[&_td]:border-line/30 md:[&_td]:px-3 md:[&_td]:py-3 md:[&_td]:align-top',
  '[&_tbody_th]:block [&_tbody_th]:pb-1 [&_tbody_th]:text-left [&_tbody_th]:font-normal',
  'md:[&_tbody_th]:table-cell md:[&_tbody_th]:border-t md:[&_tbody_th]:border-line/30 md:[&_tbody_th]:px-3 md:[&_tbody_th]:py-3 md:[&_tbody_th]:align-top',
].join(' ');

function Table({ t, locale, list, items }: { t: Texts; locale: PortalLocale; list: ListKind; items: ListItem[] }) {
  const c = t.columns;
  const first = list === 'offers' ? c.offer : c.name;
  return (
    <table className={`mt-4 block w-full md:table md:rounded-lg md:bg-white ${CELLS}`}>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr className="text-left text-sm">
          {[first, c.kvk, c.place, c.type, c.category, c.status, c.waiting].map((h) => (
            <th key={h} scope="col" className="px-3 py-2 font-semibold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="grid gap-3 md:table-row-group">
        {items.map((r) => (
          <tr key={r.id} className="block rounded-lg bg-white p-4 md:table-row md:p-0">
            <th scope="row">
              <a href={r.href} className="text-lg font-semibold md:text-base">
                {r.name}
              </a>
              {r.sub ? <span className="block text-sm text-muted">{r.sub}</span> : null}
            </th>
            <Cell label={c.kvk} className="tabular-nums">
              {r.kvkNumber}
            </Cell>
            <Cell label={c.place}>{r.place}</Cell>
            <Cell label={c.type}>{translateMessage(r.type, locale)}</Cell>
            <Cell label={c.category}>{translateMessage(r.category, locale)}</Cell>
            <Cell label={c.status}>
              {statusText(r.status, locale)}
              {r.online ? <span className="block text-sm text-muted">{t.online}</span> : null}
              {r.validUntil ? <span className="block text-sm text-muted">{t.lastDay(formatIsoDate(r.validUntil, {}, locale))}</span> : null}
            </Cell>
            <Cell label={c.waiting} className="md:min-w-52">
              <WaitCell wait={r.wait} since={r.since} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A row's status as the list's query wrote it in Dutch, in `locale`: a bucket or an offer's status,
 * or the two as "Nieuw: aangemeld" (the bucket, then the status in lower case).
 */
function statusText(status: string, locale: PortalLocale): string {
  const whole = translateMessage(status, locale);
  const colon = status.indexOf(': ');
  if (whole !== status || colon < 0) return whole;
  const detail = status.slice(colon + 2);
  const capitalised = translateMessage(detail.charAt(0).toUpperCase() + detail.slice(1), locale);
  return `${translateMessage(status.slice(0, colon), locale)}: ${capitalised.toLowerCase()}`;
}

/** The page numbers to link: the first, the last and two either side of the current one. */
function pageNumbers(page: number, pages: number): number[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  return [...shown].sort((a, b) => a - b);
}

function Pages({ t, path, filters, page, pages }: { t: Texts; path: string; filters: WorkspaceFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => `${path}${workspaceQuery(filters, { pagina: n })}`;
  const numbers = pageNumbers(page, pages);
  return (
    <nav aria-label={t.pagination} className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={arrowBack}>
          {t.previous}
        </a>
      ) : null}
      <ul className="flex flex-wrap gap-1">
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-1">
            {i > 0 && n - numbers[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="rounded-md bg-brand px-3 py-1 font-semibold text-white">
                <span className="sr-only">{t.page(n, pages)}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <a href={href(n)} className="rounded-md px-3 py-1" aria-label={t.page(n, pages)}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ul>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className={arrowNext}>
          {t.next}
        </a>
      ) : null}
    </nav>
  );
}

/** A list of the workspace: title, counts, filters, export link, the rows and their pages. */
export async function WorkspaceList<R>({
  list,
  path,
  title,
  intro,
  empty,
  filters,
  result,
  item,
}: {
  list: ListKind;
  path: string;
  title: string;
  intro: string;
  empty: string;
  filters: WorkspaceFilters;
  result: ListPage<R>;
  item: (row: R) => ListItem;
}) {
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.workspace;
  const filtered = workspaceQuery(filters, { pagina: 1 }) !== '';
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{title}</h1>
          <p className="mt-2 max-w-2xl">{intro}</p>
        </div>
        <a href={`${path}/export.csv${workspaceQuery(filters, { pagina: 1 })}`} download className={secondaryButtonClass}>
          {t.export}
        </a>
      </div>
      <Counts t={t} locale={locale} path={path} filters={filters} counts={result.counts} />
      <Filters t={texts} list={list} path={path} filters={filters} />
      <section aria-labelledby="resultaten" className="mt-6">
        <h2 id="resultaten" className="text-xl font-bold">
          {t.results(result.total)}
          {result.pages > 1 ? <span className="ml-2 text-base font-normal text-muted">{t.page(result.page, result.pages)}</span> : null}
        </h2>
        {result.rows.length ? (
          <Table t={t} locale={locale} list={list} items={result.rows.map(item)} />
        ) : (
          <p className="mt-3 rounded-lg bg-white p-5">{filtered ? t.emptyFiltered : empty}</p>
        )}
        <Pages t={t} path={path} filters={filters} page={result.page} pages={result.pages} />
      </section>
    </>
  );
}
