import { NextResponse, type NextRequest } from 'next/server';
import { safeNext, secureCookie } from '@/lib/auth/config';
import { isPortalLocale } from '@/lib/i18n/portal';
import { localeCookie } from '@/lib/i18n/request';

/**
 * `/taal/en?terug=/aanmelden`: the language of the pages before logging in (issue 21), chosen with a
 * plain link (no JavaScript) and kept in a cookie; then back to the page it was pressed on (`terug`,
 * else the page the link was on, else the login page). Registration stores it in the new account.
 * A language preference is no secret and changes nothing stored, so a GET may set it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ taal: string }> }) {
  const { taal } = await params;
  if (!isPortalLocale(taal)) return new NextResponse(null, { status: 404 });
  const back = safeNext(request.nextUrl.searchParams.get('terug')) ?? samePage(request) ?? '/inloggen';
  // A relative Location: the host this browser used (behind a proxy, Next.js's own URL may name
  // another); percent-encoded, as a header must be.
  const target = new URL(back, 'http://same.invalid');
  const response = new NextResponse(null, { status: 303, headers: { Location: target.pathname + target.search + target.hash } });
  response.cookies.set(...localeCookie(taal, secureCookie(request.headers.get('x-forwarded-proto'))));
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * The path of the page the link was pressed on. Only its path is used, on this site: behind a proxy
 * the Host header may not be the one the browser used, and another site's path is no harm here.
 */
function samePage(request: NextRequest): string | null {
  const referer = request.headers.get('referer');
  if (!referer || !URL.canParse(referer)) return null;
  const url = new URL(referer);
  return safeNext(url.pathname + url.search);
}
