import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { filterKey, parseFilters } from '@/lib/offers/filters';
import { authConfig, roleForPath } from '@/lib/auth/config';
import { checkActionRequest, isActionRequest, printable, type Refusal } from '@/lib/auth/action-request';
import { nl } from '@/lib/i18n/nl';

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
 * of its own (/overzicht/<key>); a search, or a position to sort by ("bij mij in de buurt": one page
 * per question, never cached), goes to /zoeken. Only runs when `/` has one of these parameters (see
 * the matcher), so the plain `/` is served from the cache without it.
 */
function catalogRewrite(url: NextRequest['nextUrl'], prefix = '') {
  const filters = parseFilters(url.searchParams);
  const target = filters.zoek || filters.near ? `${prefix}/zoeken${url.search}` : `${prefix}/overzicht/${filterKey(filters)}`;
  return NextResponse.rewrite(new URL(target, url));
}

/** `/en`, `/ar`, …: the catalog's start page in another language (lib/i18n/locales.ts; the matcher lists the same). */
const LANGUAGE_HOME = /^\/(en|ar|tr|pl|uk)$/;

/**
 * An offer or a filtered list under a first segment that is no language (`/xx/aanbod/…`): a 404 at
 * once, before a page renders. Rendered, each made-up URL would be a cached 404 of its own.
 */
const NOT_A_LANGUAGE = /^\/(?!(?:en|ar|tr|pl|uk|partner|redactie)\/)[^/]+\/(aanbod|overzicht)\//;

/** The query parameters of the catalog's filters; the matcher below lists the same ones. */
const CATALOG_PARAMS = ['zoek', 'categorie', 'soort', 'kinderen', 'pagina', 'bij', 'lat', 'lon'];

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, searchParams } = request.nextUrl;
  if (hasBrokenEscape(request.nextUrl.href)) return refuse(request, { status: 400, reason: 'malformed percent-encoding in the path' });
  if (isActionRequest(request)) {
    const refusal = await checkActionRequest(request);
    if (refusal) return refuse(request, refusal);
  }
  if (pathname === '/') return CATALOG_PARAMS.some((p) => searchParams.has(p)) ? catalogRewrite(request.nextUrl) : NextResponse.next();
  if (NOT_A_LANGUAGE.test(pathname)) return NextResponse.rewrite(new URL('/niet-gevonden', request.nextUrl));
  if (LANGUAGE_HOME.test(pathname))
    return CATALOG_PARAMS.some((p) => searchParams.has(p)) ? catalogRewrite(request.nextUrl, pathname) : NextResponse.next();
  if (roleForPath(pathname)) return authProxy(request, event as never);
  return NextResponse.next();
}

/** Next.js answers a path it cannot decode (/api/media/%ZZ) with a bare 500; it is the client's mistake. */
function hasBrokenEscape(href: string): boolean {
  try {
    decodeURIComponent(new URL(href).pathname);
    return false;
  } catch {
    return true;
  }
}

/** One line per refused request, without a stack: these are clients' mistakes (or attacks), not ours. */
function refuse(request: NextRequest, { status, reason }: Refusal) {
  console.warn(`[proxy] ${status} ${request.method} ${printable(request.nextUrl.pathname)}: ${reason}`);
  return new NextResponse(nl.app.refused[status], {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

// Static objects: Next.js reads the matcher at build time (so the languages are written out, as in
// lib/i18n/locales.ts; tests/unit/i18n-messages.test.ts checks they agree). The plain `/` and the other public pages
// stay out of it (they are served from the cache without running the proxy), except for requests
// that are server actions (a Next-Action header, or a multipart form post without JavaScript) and
// paths with a broken percent-escape: those only reach the proxy to be checked.
export const config = {
  matcher: [
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    '/:path(.*%(?![0-9A-Fa-f]{2}).*)',
    '/:first((?!(?:en|ar|tr|pl|uk|partner|redactie)/)[^/]+)/(aanbod|overzicht)/:path*',
    '/:area(partner|redactie)/:path*',
    // `/` and the language homes (`/en`, …) with a filter. Next.js tests every matcher on every
    // request (one RegExp built each): one source for all six homes keeps the detail page's cost down.
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'zoek' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'categorie' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'soort' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'kinderen' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'pagina' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'bij' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'lat' }] },
    { source: '/:lang(en|ar|tr|pl|uk)?', has: [{ type: 'query', key: 'lon' }] },
  ],
};
