import type { Metadata } from 'next';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { catalogTitle } from '@/components/catalog/CatalogPage';
import { ViewSwitch } from '@/components/catalog/ViewSwitch';
import { OfferMap, type MapLabels } from '@/components/map/OfferMap';
import { env } from '@/lib/env';
import { languageAlternates } from '@/lib/i18n/alternates';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { dutchText, publicMessages } from '@/lib/i18n/messages';
import { benefitLabel } from '@/lib/offers/catalog';
import { NO_FILTERS, filtersQuery, parseFilters, type CatalogFilters } from '@/lib/offers/filters';
import type { MapData } from '@/lib/offers/map';
import { cachedMapData } from '@/lib/offers/public';

// `/kaart` in any language (issue 20, ADR 0039; app/(public)/kaart, app/(intl)/[lang]/kaart): the
// catalog's offers with an address on a map, with the catalog's filters and search from the URL. The
// list below the map is the same content, and all there is without JavaScript; the map's code is
// loaded by this page only (components/map/OfferMap.tsx).

export type MapSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The filters of the URL; the map has no pages. */
const filtersOf = async (searchParams: MapSearchParams): Promise<CatalogFilters> => ({
  ...parseFilters(await searchParams),
  pagina: 1,
});

export async function mapMetadata(searchParams: MapSearchParams, locale: Locale): Promise<Metadata> {
  const filters = await filtersOf(searchParams);
  const t = publicMessages(locale).map;
  return {
    title: { absolute: t.metaTitle(catalogTitle(filters, locale)) },
    description: t.intro,
    alternates: languageAlternates(locale, `/kaart${filtersQuery(filters).slice(1)}`),
  };
}

/**
 * The query for the way back to the list: what this page was asked with, less its page number —
 * parameters the map does not know (another view's) pass through unchanged.
 */
function listSearch(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'pagina') continue;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  const s = query.toString();
  return s ? `?${s}` : '';
}

export async function MapView({ searchParams, locale }: { searchParams: MapSearchParams; locale: Locale }) {
  const t = publicMessages(locale).map;
  const params = await searchParams;
  const filters = await filtersOf(searchParams);
  const data = await cachedMapData(filters);
  const filtered = filtersQuery(filters) !== filtersQuery(NO_FILTERS);
  const search = listSearch(params);
  const labels: MapLabels = {
    region: t.mapLabel,
    hint: t.mapHint,
    loading: t.loading,
    failed: t.failed,
    noScript: t.noScript,
    attribution: t.attribution,
    zoomIn: t.zoomIn,
    zoomOut: t.zoomOut,
    closePopup: t.closePopup,
    cluster: t.cluster('{n}'),
    offerPath: localePath(locale, '/aanbod/'),
  };
  return (
    <PublicShell locale={locale} path={`/kaart${filtersQuery(filters).slice(1)}`}>
      <PageMain>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-2xl text-lg">{t.intro}</p>
        {filtered ? (
          <p className="mt-2 max-w-2xl">
            {t.filtered} <a href={localePath(locale, `/${search}`)}>{t.changeFilters}</a>
          </p>
        ) : null}
        <ViewSwitch current="map" search={search} locale={locale} />
        <OfferMap
          tileUrl={env().MAP_TILE_URL}
          points={data.markers.map((m) => ({
            latitude: m.latitude,
            longitude: m.longitude,
            name: m.name,
            label: t.marker(m.name, m.offers.length),
            offers: m.offers,
          }))}
          offers={data.offers.map((o) => ({ slug: o.slug, title: o.title, organisationName: o.organisationName }))}
          labels={labels}
        />
        <MapList data={data} filtered={filtered} locale={locale} />
      </PageMain>
    </PublicShell>
  );
}

/** The offers on the map as a list: the way in for the keyboard and a screen reader, and without JavaScript. */
function MapList({ data, filtered, locale }: { data: MapData; filtered: boolean; locale: Locale }) {
  const t = publicMessages(locale).map;
  return (
    <section aria-labelledby="lijst" className="mt-8">
      <h2 id="lijst" className="text-xl font-bold">
        {t.listTitle(data.offers.length)}
      </h2>
      {data.offers.length ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 sm:gap-5">
          {data.offers.map((offer) => (
            <li key={offer.slug} className="rounded-lg bg-white p-4 shadow-sm">
              <p className="text-sm font-semibold text-muted">{benefitLabel(offer.benefit, locale)}</p>
              <h3 className="font-bold leading-snug sm:text-lg">
                <a href={localePath(locale, `/aanbod/${offer.slug}`)} {...dutchText(locale)}>
                  {offer.title}
                </a>
              </h3>
              {offer.organisationName !== offer.title ? <p className="text-muted">{offer.organisationName}</p> : null}
              <ul aria-label={t.places} className="mt-2 space-y-1 text-sm">
                {offer.places.map((place) => (
                  <li key={place.id}>
                    {place.name !== offer.organisationName ? <span className="font-semibold">{place.name}: </span> : null}
                    {place.address}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-4 rounded-lg bg-white p-5">
          <p className="text-lg font-semibold">{filtered ? t.emptyFiltered : t.empty}</p>
          {filtered ? (
            <p className="mt-3">
              <a href={localePath(locale, '/kaart')}>{t.showAll}</a>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
