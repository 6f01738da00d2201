'use client';

import { useSyncExternalStore, type ReactNode } from 'react';

type Platform = 'web' | 'android' | 'apple';

function platform(): Platform {
  const ua = navigator.userAgent;
  if (/Android/.test(ua)) return 'android';
  // iPadOS says it is a Mac; a Mac has no touch screen.
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1) ? 'apple' : 'web';
}

const never = () => () => {};

/**
 * "Open in je kaarten-app": the web map's link as rendered on the server (it works everywhere, also
 * without JavaScript, and the cached page is the same for everyone); on an Android phone or an
 * iPhone/iPad it becomes the link that phone's own map app opens (ADR 0036).
 */
export function MapLink({ href, android, apple, children }: { href: string; android: string; apple: string; children: ReactNode }) {
  const on = useSyncExternalStore(never, platform, (): Platform => 'web');
  const target = on === 'android' ? android : on === 'apple' ? apple : href;
  return (
    <a href={target} {...(on === 'web' ? { rel: 'noopener noreferrer', target: '_blank' } : {})} data-map-link>
      {children}
    </a>
  );
}
