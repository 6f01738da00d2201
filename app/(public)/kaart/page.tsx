import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { catalogTitle } from '@/components/catalog/CatalogPage';
import { ViewSwitch } from '@/components/catalog/ViewSwitch';
import { OfferMap, type MapLabels } from '@/components/map/OfferMap';
import { env } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { NO_FILTERS, filtersQuery, parseFilters, type CatalogFilters } from '@/lib/offers/filters';
import type { MapData } from '@/lib/offers/map';
import { cachedMapData } from '@/lib/offers/public';

// `/kaart` (issue 20, ADR 0039): the catalog's offers with an address on a map, with the catalog's
// filters and search from the URL. The list below the map is the same content, and all there is
// without JavaScript; the map's code is loaded by this page only (components/map/OfferMap.tsx).

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const t = nl.map;

/** The filters of the URL; the map has no pages. */
const filtersOf = async (searchParams: Props['searchParams']): Promise<CatalogFilters> => ({
  ...parseFilters(await searchParams),
  pagina: 1,
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = await filtersOf(searchParams);
  return {
    title: { absolute: t.metaTitle(catalogTitle(filters)) },
    description: t.intro,
    alternates: { canonical: `/kaart${filtersQuery(filters).slice(1)}` },
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

export default async function MapPage({ searchParams }: Props) {
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
  };
  return (
    <PageMain>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t.intro}</p>
      {filtered ? (
        <p className="mt-2 max-w-2xl">
          {t.filtered} <a href={`/${search}`}>{t.changeFilters}</a>
        </p>
      ) : null}
      <ViewSwitch current="map" search={search} />
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
      <MapList data={data} filtered={filtered} />
    </PageMain>
  );
}

/** The offers on the map as a list: the way in for the keyboard and a screen reader, and without JavaScript. */
function MapList({ data, filtered }: { data: MapData; filtered: boolean }) {
  return (
    <section aria-labelledby="lijst" className="mt-8">
      <h2 id="lijst" className="text-xl font-bold">
        {t.listTitle(data.offers.length)}
      </h2>
      {data.offers.length ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 sm:gap-5">
          {data.offers.map((offer) => (
            <li key={offer.slug} className="rounded-lg bg-white p-4 shadow-sm">
              <p className="text-sm font-semibold text-muted">{offer.benefit}</p>
              <h3 className="font-bold leading-snug sm:text-lg">
                <a href={`/aanbod/${offer.slug}`}>{offer.title}</a>
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
              <a href="/kaart">{t.showAll}</a>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
