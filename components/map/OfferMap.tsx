'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Leaflet from 'leaflet';
import type Supercluster from 'supercluster';
import 'leaflet/dist/leaflet.css';
import './map.css';

// The map of /kaart (ADR 0039): Leaflet with raster tiles (PDOK's BRT Achtergrondkaart, MAP_TILE_URL)
// and supercluster's clusters, both imported only once the page runs in a browser, so no other page
// carries them. The list under the map is the same content for whoever has no JavaScript or no use
// for a map; this adds focusable markers (Tab, Enter) to it. Partners' texts go in as text, never HTML.

/** One location: its name, the markers' label, and the offers there (indices into `offers`). */
export type MapPoint = { latitude: number; longitude: number; name: string; label: string; offers: number[] };
export type MapOfferLink = { slug: string; title: string; organisationName: string };
export type MapLabels = {
  region: string;
  hint: string;
  loading: string;
  failed: string;
  noScript: string;
  attribution: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  /** A cluster's label, `{n}` its number of places. */
  cluster: string;
  /** Where an offer's page is, in the page's language: `/aanbod/`, `/en/aanbod/`. */
  offerPath: string;
};

const DORDRECHT: Leaflet.LatLngTuple = [51.8133, 4.6736];
const MAX_ZOOM = 19;

type State = 'loading' | 'ready' | 'failed';

const noChanges = () => () => {};
/** False in the server's HTML, true once React runs in the browser. */
const useScripts = () =>
  useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );

export function OfferMap({
  tileUrl,
  points,
  offers,
  labels,
}: {
  tileUrl: string;
  points: MapPoint[];
  offers: MapOfferLink[];
  labels: MapLabels;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('loading');
  // The server's HTML says that the map needs JavaScript: without it, that stays.
  const scripts = useScripts();

  useEffect(() => {
    let map: Leaflet.Map | undefined;
    let cancelled = false;
    Promise.all([import('leaflet'), import('supercluster')])
      .then(([leaflet, cluster]) => {
        if (cancelled || !box.current) return;
        map = mountMap(leaflet, cluster.default, box.current, { tileUrl, points, offers, labels });
        setState('ready');
      })
      .catch((error: unknown) => {
        console.error('[kaart] the map could not be loaded', error);
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [tileUrl, points, offers, labels]);

  return (
    <div className="mt-6">
      <div className="map-frame relative -mx-4 sm:mx-0">
        <div
          ref={box}
          role="region"
          aria-label={labels.region}
          aria-describedby={state === 'ready' ? 'kaart-uitleg' : undefined}
          className="offer-map h-[60vh] max-h-[36rem] min-h-72 w-full bg-[#e9e7df] sm:rounded-lg"
        />
        {state !== 'ready' ? (
          <p className="map-message absolute inset-0 flex items-center justify-center p-6 text-center font-semibold">
            {!scripts ? labels.noScript : state === 'loading' ? labels.loading : labels.failed}
          </p>
        ) : null}
      </div>
      {state === 'ready' ? (
        <p id="kaart-uitleg" className="mt-2 text-sm text-muted">
          {labels.hint}
        </p>
      ) : null}
    </div>
  );
}

type LeafletModule = typeof Leaflet;

function mountMap(
  imported: LeafletModule & { default?: LeafletModule },
  Clusters: typeof Supercluster,
  element: HTMLElement,
  { tileUrl, points, offers, labels }: { tileUrl: string; points: MapPoint[]; offers: MapOfferLink[]; labels: MapLabels },
): Leaflet.Map {
  // Leaflet 1.9 is a UMD module: a bundler hands it over as the default export.
  const L = imported.default ?? imported;
  const map = L.map(element, { zoomControl: false, attributionControl: false, minZoom: 7, maxZoom: MAX_ZOOM });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
  L.tileLayer(tileUrl, { maxZoom: MAX_ZOOM, attribution: labels.attribution }).addTo(map);

  // Leaflet's tiles are 256 px (supercluster counts its radius on 512 unless told).
  const index = new Clusters<{ point: number }>({ radius: 48, extent: 256, maxZoom: 17 }).load(
    points.map((p, point) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
      properties: { point },
    })),
  );
  const popup = L.popup({ maxWidth: 300, autoPanPadding: [16, 16], offset: [0, -8] });
  let opener: HTMLElement | null = null;
  let refocus = false;

  /** Enter or Space on a marker, as a button does; a click with the mouse or a finger. */
  const onActivate = (marker: Leaflet.Marker, act: (viaKeyboard: boolean) => void) => {
    marker.on('click', () => act(false));
    marker.on('keydown', ({ originalEvent: event }: Leaflet.LeafletKeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      act(true);
    });
  };

  const openPlace = (marker: Leaflet.Marker, point: MapPoint, viaKeyboard: boolean) => {
    opener = marker.getElement() ?? null;
    popup
      .setLatLng(marker.getLatLng())
      .setContent(placeCard(point, offers, labels.offerPath))
      .openOn(map);
    const card = popup.getElement();
    card?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', labels.closePopup);
    // The card is made once and reused: one listener.
    if (card && !card.dataset.keys) {
      card.dataset.keys = 'escape';
      card.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') map.closePopup();
      });
    }
    if (viaKeyboard) card?.querySelector<HTMLElement>('.map-card a')?.focus();
  };
  // Back to the marker when the card closes with the focus in it.
  map.on('popupclose', () => {
    const active = document.activeElement;
    if (opener && (active === document.body || popup.getElement()?.contains(active))) opener.focus();
  });

  const shown = new Map<string, Leaflet.Marker>();
  const draw = () => {
    const view = map.getBounds().pad(0.25);
    const zoom = Math.round(map.getZoom());
    const wanted = new Set<string>();
    for (const feature of index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom)) {
      const [lon, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      const key = 'cluster_id' in props ? `c${props.cluster_id}` : `p${props.point}`;
      wanted.add(key);
      if (shown.has(key)) continue;
      let marker: Leaflet.Marker;
      if ('cluster_id' in props) {
        const count = props.point_count;
        const size = count < 10 ? 36 : count < 100 ? 44 : 52;
        marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'map-cluster', html: `<span>${Number(count)}</span>`, iconSize: [size, size] }),
          keyboard: true,
          title: labels.cluster.replace('{n}', String(count)),
        }).addTo(layer);
        onActivate(marker, (viaKeyboard) => {
          // The cluster is gone after the zoom: the keyboard goes on from the map itself.
          refocus = viaKeyboard;
          map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(props.cluster_id), MAX_ZOOM));
        });
      } else {
        const point = points[props.point];
        marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'map-marker', html: '', iconSize: [26, 26] }),
          keyboard: true,
          title: point.label,
          riseOnHover: true,
        }).addTo(layer);
        onActivate(marker, (viaKeyboard) => openPlace(marker, point, viaKeyboard));
      }
      shown.set(key, marker);
    }
    for (const [key, marker] of shown) {
      if (wanted.has(key)) continue;
      layer.removeLayer(marker);
      shown.delete(key);
    }
    if (refocus) {
      refocus = false;
      map.getContainer().focus();
    }
  };
  if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude])), { padding: [40, 40], maxZoom: 16 });
  else map.setView(DORDRECHT, 13);
  // After the first view: a layer added before it has no elements until then.
  const layer = L.layerGroup().addTo(map);
  map.on('moveend', draw);
  draw();
  return map;
}

/** The card of a place: its name and a link to each offer there. Built as elements: the texts are the partners'. */
function placeCard(point: MapPoint, offers: MapOfferLink[], offerPath: string): HTMLElement {
  const card = document.createElement('div');
  card.className = 'map-card';
  const name = document.createElement('p');
  name.className = 'map-card-name';
  name.textContent = point.name;
  const list = document.createElement('ul');
  for (const i of point.offers) {
    const offer = offers[i];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${offerPath}${encodeURIComponent(offer.slug)}`;
    link.textContent = offer.title;
    item.append(link);
    if (offer.organisationName !== offer.title) {
      const by = document.createElement('span');
      by.textContent = offer.organisationName;
      item.append(by);
    }
    list.append(item);
  }
  card.append(name, list);
  return card;
}
