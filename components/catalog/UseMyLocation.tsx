'use client';

import { useState, useSyncExternalStore } from 'react';
import { secondaryButtonClass } from '@/components/ui/classes';

/** Its words, from lib/i18n/nl.ts on the server: the whole dictionary would make the catalog's JavaScript heavy. */
export type UseMyLocationText = { useLocation: string; locating: string; locationDenied: string; locationFailed: string };
// Whether the browser can tell its position: false on the server, so the HTML has no button.
const noSubscription = () => () => {};
const canLocate = () => 'geolocation' in navigator;
const onServer = () => false;

/**
 * "Gebruik mijn locatie": asks the browser for its position only when pressed (never on load), then
 * goes to the catalog with it rounded to three decimals (about 100 m). Not there without JavaScript
 * or without geolocation: the postcode field is the way then.
 */
export function UseMyLocation({ rest, t }: { rest: string; t: UseMyLocationText }) {
  const available = useSyncExternalStore(noSubscription, canLocate, onServer);
  const [status, setStatus] = useState<'idle' | 'asking' | 'denied' | 'failed'>('idle');
  if (!available) return null;

  const locate = () => {
    setStatus('asking');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const url = new URL(rest, window.location.origin);
        url.searchParams.set('lat', coords.latitude.toFixed(3));
        url.searchParams.set('lon', coords.longitude.toFixed(3));
        // A whole page load, as the GET forms beside it do: with the client router (router.push) the
        // URL changed but the old list stayed (tests/e2e/near-me.spec.ts), `/?…` being proxy.ts's rewrite.
        window.location.assign(url.href);
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 10 * 60_000 },
    );
  };
  const message = { idle: '', asking: t.locating, denied: t.locationDenied, failed: t.locationFailed }[status];
  return (
    <>
      <button type="button" onClick={locate} disabled={status === 'asking'} className={secondaryButtonClass}>
        {t.useLocation}
      </button>
      <p role="status" className="basis-full text-sm empty:hidden">
        {message}
      </p>
    </>
  );
}
