import { localePath, type Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';
import { filtersQuery, type CatalogFilters } from '@/lib/offers/filters';
import { TextField } from '@/components/ui/Field';
import { secondaryButtonClass } from '@/components/ui/classes';
import { UseMyLocation } from './UseMyLocation';

/** What the page found for the URL's position: where the list is sorted from, or why it is not. */
export type NearState = { from: string; error?: undefined } | { from?: undefined; error: string };

/**
 * "Bij mij in de buurt": a GET form with the postcode (works without JavaScript), the current
 * filters and search kept as hidden fields; with JavaScript also the browser's location, asked only
 * when its button is pressed.
 */
export function NearForm({ filters, near, locale }: { filters: CatalogFilters; near?: NearState; locale: Locale }) {
  const t = publicMessages(locale).near;
  const typed = filters.near && 'bij' in filters.near ? filters.near.bij : '';
  // The filters without position and page, for the location button's URL.
  const rest = localePath(locale, filtersQuery(filters, { near: undefined, pagina: 1 }));
  return (
    <section aria-labelledby="in-de-buurt" className="mt-4 rounded-lg bg-white p-4 sm:p-5">
      <h2 id="in-de-buurt" className="text-lg font-bold">
        {t.title}
      </h2>
      {near?.from ? (
        <p className="mt-1">
          {t.sortedNow(near.from)} <a href={rest}>{t.stop}</a>
        </p>
      ) : (
        <p className="mt-1 text-muted">{t.intro}</p>
      )}
      <form method="get" action={localePath(locale, '/')} className="mt-3 space-y-3">
        {filters.zoek ? <input type="hidden" name="zoek" value={filters.zoek} /> : null}
        {filters.categorie ? <input type="hidden" name="categorie" value={filters.categorie} /> : null}
        {filters.soort ? <input type="hidden" name="soort" value={filters.soort} /> : null}
        {filters.kinderen ? <input type="hidden" name="kinderen" value="1" /> : null}
        <TextField
          name="bij"
          label={t.postcode}
          hint={t.postcodeHint}
          errors={near?.error ? [near.error] : undefined}
          defaultValue={typed}
          autoComplete="postal-code"
          maxLength={20}
          className="max-w-xs"
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={secondaryButtonClass}>
            {t.submit}
          </button>
          <UseMyLocation
            rest={rest}
            t={{ useLocation: t.useLocation, locating: t.locating, locationDenied: t.locationDenied, locationFailed: t.locationFailed }}
          />
        </div>
      </form>
    </section>
  );
}
