import { localePath, type Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';
import { filtersQuery, type CatalogFilters } from '@/lib/offers/filters';

/** The query string (`?categorie=sport`, or '') that both views share: the filters, from the first page. */
export const viewSearch = (filters: CatalogFilters) => filtersQuery(filters, { pagina: 1 }).slice(1);

/**
 * "Lijst | Kaart": the catalog (`/`) and the map (`/kaart`) with the same query. Plain links, no
 * JavaScript; `search` is the query to keep (viewSearch, or what the map page was asked with).
 */
export function ViewSwitch({ current, search, locale }: { current: 'list' | 'map'; search: string; locale: Locale }) {
  const t = publicMessages(locale).map.view;
  const views = [
    { view: 'list', href: localePath(locale, `/${search}`), label: t.list },
    { view: 'map', href: localePath(locale, `/kaart${search}`), label: t.map },
  ] as const;
  return (
    <nav aria-label={t.label} className="mt-6">
      <ul className="inline-flex rounded-md border-2 border-brand">
        {views.map((v, i) => (
          <li key={v.view} className="border-brand not-first:border-s-2">
            <a
              href={v.href}
              aria-current={v.view === current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center px-5 font-semibold no-underline ${i ? 'rounded-e-sm' : 'rounded-s-sm'} ${
                v.view === current ? 'bg-brand text-white hover:text-white' : 'bg-white text-brand hover:bg-brand-light'
              }`}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
