import { formatDistance, formatIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { categoryName, dutchText, publicMessages } from '@/lib/i18n/messages';
import { CATEGORIES } from '@/lib/partners/categories';
import { benefitLabel, type CatalogCard, type CatalogResult } from '@/lib/offers/catalog';
import { filtersQuery, NO_FILTERS, type CatalogFilters } from '@/lib/offers/filters';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { arrowBack, arrowNext, buttonClass, dotBefore, secondaryButtonClass } from '@/components/ui/classes';
import { ViewSwitch, viewSearch } from './ViewSwitch';
import { NearForm, type NearState } from './NearForm';

/**
 * The catalog for pass holders: a search form that is a plain GET form (filters live in the URL
 * and work without JavaScript), the cards, and links to the other pages. No client JavaScript.
 */
export function Catalog({
  filters,
  result,
  suggestion = null,
  near,
  locale,
}: {
  filters: CatalogFilters;
  result: CatalogResult;
  locale: Locale;
  suggestion?: string | null;
  /** With a position in the URL (the /zoeken page): sorted from where, or why not. */
  near?: NearState;
}) {
  const filtered = filters.zoek || filters.categorie || filters.soort || filters.kinderen;
  const today = todayInDordrecht();
  const m = publicMessages(locale);
  const t = m.catalog;
  return (
    <>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t.intro}</p>
      <SearchForm filters={filters} locale={locale} />
      <ViewSwitch current="list" search={viewSearch(filters)} locale={locale} />
      <NearForm filters={filters} near={near} locale={locale} />
      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-xl font-bold">
          {filters.zoek ? t.resultsFor(result.total, filters.zoek) : t.results(result.total)}
          {/* In the heading, so that the list follows it directly (and a screen reader hears the order with the count). */}
          {result.total > 1 ? (
            <span className="block text-base font-normal text-muted">
              {near?.from ? m.near.sortedFrom(near.from) : filters.zoek ? t.sortedByMatch : t.sortedByName}
              {near?.from && result.cards.some((c) => c.distanceKm === null) ? ` ${m.near.unlocatedLast}` : null}
            </span>
          ) : null}
        </h2>
        {result.cards.length ? (
          // A phone gets a compact list (a small photo beside the text), wider screens a grid.
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 sm:gap-5 lg:grid-cols-3">
            {result.cards.map((card) => (
              <li key={card.slug}>
                <Card card={card} today={today} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty filters={filters} filtered={Boolean(filtered)} beyondLastPage={result.total > 0} suggestion={suggestion} locale={locale} />
        )}
        <Pagination filters={filters} result={result} locale={locale} />
      </section>
      <section aria-labelledby="partners" className="mt-12 border-t border-line/40 pt-8">
        <h2 id="partners" className="text-2xl font-bold">
          {t.partnersTitle}
        </h2>
        <p className="mt-2 max-w-2xl">{t.partnersText}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a href="/aanmelden" className={buttonClass}>
            {t.partnersRegister}
          </a>
          <a href="/inloggen" className={secondaryButtonClass}>
            {t.partnersLogin}
          </a>
        </p>
      </section>
    </>
  );
}

function SearchForm({ filters, locale }: { filters: CatalogFilters; locale: Locale }) {
  const t = publicMessages(locale).catalog;
  return (
    // autoComplete off: going back must show the search of that page, not what was typed on it later.
    <form
      method="get"
      action={localePath(locale, '/')}
      role="search"
      autoComplete="off"
      className="mt-6 space-y-4 rounded-lg bg-white p-4 sm:p-5"
    >
      <div>
        <label htmlFor="zoek" className="block font-semibold">
          {t.search}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="zoek"
            name="zoek"
            type="search"
            defaultValue={filters.zoek}
            maxLength={100}
            aria-describedby="zoek-hint"
            className="block w-full min-w-0 rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink"
          />
          <button type="submit" className="shrink-0 rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t.submit}
          </button>
        </div>
        <p id="zoek-hint" className="mt-1 text-sm text-muted">
          {t.searchHint}
        </p>
      </div>
      {/* The position stays when the filters change ("Niet meer op afstand sorteren" drops it). */}
      {filters.near && 'bij' in filters.near ? <input type="hidden" name="bij" value={filters.near.bij} /> : null}
      {filters.near && 'lat' in filters.near ? (
        <>
          <input type="hidden" name="lat" value={filters.near.lat.toFixed(3)} />
          <input type="hidden" name="lon" value={filters.near.lon.toFixed(3)} />
        </>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="sr-only">{t.filters}</legend>
        <div>
          <label htmlFor="categorie" className="block font-semibold">
            {t.category}
          </label>
          <select
            id="categorie"
            name="categorie"
            defaultValue={filters.categorie}
            className="mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink"
          >
            <option value="">{t.allCategories}</option>
            {CATEGORIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {categoryName(c.slug, locale)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-semibold">{t.kind}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {(['', 'tegoed', 'korting'] as const).map((value) => (
              <label key={value || 'alles'} className="flex items-center gap-2 py-1">
                <input type="radio" name="soort" value={value} defaultChecked={filters.soort === value} className="size-5 accent-brand" />
                {t.kinds[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2 self-end py-1">
          <input type="checkbox" name="kinderen" value="1" defaultChecked={filters.kinderen} className="size-5 accent-brand" />
          {t.children}
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t.apply}
        </button>
        <a href={localePath(locale, '/')}>{t.clear}</a>
      </div>
    </form>
  );
}

/** "1 december", with the year when it is not this year's: the first day of an action. */
export function startDay(iso: string, today: string, locale: Locale = 'nl'): string {
  return formatIsoDate(iso, { year: iso.slice(0, 4) !== today.slice(0, 4) }, locale);
}

function Card({ card, today, locale }: { card: CatalogCard; today: string; locale: Locale }) {
  const m = publicMessages(locale);
  const t = m.catalog;
  return (
    <article className="relative flex h-full gap-3 overflow-hidden rounded-lg bg-white p-3 shadow-sm focus-within:outline focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-dark sm:flex-col sm:gap-0 sm:p-0">
      <div className="w-28 shrink-0 sm:w-full">
        <OrganisationPhoto
          photo={card.photo}
          category={card.category}
          alt=""
          // The card's title and category say it all: the category's image only decorates.
          categoryAlt=""
          sizes="(min-width: 1024px) 320px, (min-width: 640px) 50vw, 112px"
        />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:p-4">
        <p className="flex flex-wrap gap-2 text-sm font-semibold">
          <span
            className={`rounded px-2 py-0.5 ${card.kind === 'CREDIT_LISTING' ? 'bg-brand-light text-brand-dark' : 'bg-amber-100 text-amber-900'}`}
          >
            {benefitLabel(card.benefit, locale)}
          </span>
          {card.startsOn ? (
            <span className="rounded bg-rose-100 px-2 py-0.5 text-rose-900">{t.startsOn(startDay(card.startsOn, today, locale))}</span>
          ) : null}
          {card.forChildren ? <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900">{t.forChildren}</span> : null}
        </p>
        <h3 className="font-bold leading-snug sm:mt-1 sm:text-lg">
          {/* The whole card is the link's target area; the link text is the title. */}
          <a
            href={localePath(locale, `/aanbod/${card.slug}`)}
            {...dutchText(locale)}
            className="text-ink no-underline after:absolute after:inset-0 hover:underline focus:outline-none"
          >
            {card.title}
          </a>
        </h3>
        {card.organisationName !== card.title ? <p className="text-muted">{card.organisationName}</p> : null}
        <p className="mt-auto pt-1 text-sm text-muted">
          {categoryName(card.category, locale)}
          <span className={dotBefore}>{card.place}</span>
          {typeof card.distanceKm === 'number' ? (
            <span className={`${dotBefore} font-semibold text-ink`}>
              <span className="sr-only">{m.near.distance} </span>
              {formatDistance(card.distanceKm, locale)}
            </span>
          ) : null}
        </p>
      </div>
    </article>
  );
}

function Empty({
  filters,
  filtered,
  beyondLastPage,
  suggestion,
  locale,
}: {
  filters: CatalogFilters;
  filtered: boolean;
  beyondLastPage: boolean;
  suggestion: string | null;
  locale: Locale;
}) {
  const t = publicMessages(locale).catalog;
  if (beyondLastPage) {
    return (
      <p className="mt-4">
        <a href={localePath(locale, filtersQuery(filters, { pagina: 1 }))}>{t.firstPage}</a>
      </p>
    );
  }
  return (
    <div className="mt-4 rounded-lg bg-white p-5">
      <p className="text-lg font-semibold">{!filtered ? t.emptyAll : filters.zoek ? t.emptyFor(filters.zoek) : t.emptyFiltered}</p>
      {suggestion ? (
        <p className="mt-2 text-lg">
          {t.didYouMean}{' '}
          <a href={localePath(locale, filtersQuery(filters, { zoek: suggestion, pagina: 1 }))} className="font-semibold">
            {suggestion}
          </a>
          ?
        </p>
      ) : null}
      {filtered ? (
        <>
          <p className="mt-2">{t.emptyTry}</p>
          <p className="mt-3 flex flex-wrap gap-4">
            {filters.zoek && (filters.categorie || filters.soort || filters.kinderen) ? (
              <a href={localePath(locale, filtersQuery(NO_FILTERS, { zoek: filters.zoek }))}>{t.searchEverything(filters.zoek)}</a>
            ) : null}
            <a href={localePath(locale, '/')}>{t.showAll}</a>
          </p>
        </>
      ) : null}
    </div>
  );
}

function Pagination({ filters, result, locale }: { filters: CatalogFilters; result: CatalogResult; locale: Locale }) {
  if (result.pages <= 1 || result.page > result.pages) return null;
  const t = publicMessages(locale).catalog;
  const link = 'rounded-md border-2 border-brand px-4 py-2 font-semibold no-underline';
  return (
    <nav aria-label={t.pages} className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {result.page > 1 ? (
        <a href={localePath(locale, filtersQuery(filters, { pagina: result.page - 1 }))} rel="prev" className={`${link} ${arrowBack}`}>
          {t.previous}
        </a>
      ) : (
        <span />
      )}
      <p>{t.page(result.page, result.pages)}</p>
      {result.page < result.pages ? (
        <a href={localePath(locale, filtersQuery(filters, { pagina: result.page + 1 }))} rel="next" className={`${link} ${arrowNext}`}>
          {t.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
