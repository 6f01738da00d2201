import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { filterKey, parseFilters } from '@/lib/offers/filters';
import { authConfig, roleForPath } from '@/lib/auth/config';

// First line of defence for /partner/** and /redactie/**. Every page and server action checks the
// role again itself (lib/auth/session.ts, lib/auth/action.ts): this only saves a round trip.
const { auth } = NextAuth(authConfig);

const authProxy = auth((request) => {
  const needed = roleForPath(request.nextUrl.pathname);
  if (!needed) return NextResponse.next();
  const role = request.auth?.user?.role;
  if (!role) {
    const login = new URL('/inloggen', request.nextUrl);
    login.searchParams.set('volgende', request.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  if (role !== needed) return NextResponse.redirect(new URL('/geen-toegang', request.nextUrl));
  return NextResponse.next();
});

/**
 * The catalog's filters live in the URL of `/`. Without a search each combination is a cached page
 * of its own (/overzicht/<key>); a search goes to /zoeken. Only runs when `/` has one of these
 * parameters (see the matcher), so the plain `/` is served from the cache without it.
 */
function catalogRewrite(url: NextRequest['nextUrl']) {
  const filters = parseFilters(url.searchParams);
  const target = filters.zoek ? `/zoeken${url.search}` : `/overzicht/${filterKey(filters)}`;
  return NextResponse.rewrite(new URL(target, url));
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.nextUrl.pathname === '/') return catalogRewrite(request.nextUrl);
  return authProxy(request, event as never);
}

// Static objects: Next.js reads the matcher at build time.
export const config = {
  matcher: [
    '/partner/:path*',
    '/redactie/:path*',
    { source: '/', has: [{ type: 'query', key: 'zoek' }] },
    { source: '/', has: [{ type: 'query', key: 'categorie' }] },
    { source: '/', has: [{ type: 'query', key: 'soort' }] },
    { source: '/', has: [{ type: 'query', key: 'kinderen' }] },
    { source: '/', has: [{ type: 'query', key: 'pagina' }] },
  ],
};
