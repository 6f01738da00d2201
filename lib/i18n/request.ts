// The language of this request's portal page or action (issue 21, ADR 0040): the logged-in user's
// choice (User.locale); before logging in, the language chosen on the login or registration page
// (the `taal` cookie); else Dutch.
import { cache } from 'react';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { currentUserOfRender } from '@/lib/auth/session';
import type { PortalLocale } from './locales';
import { isPortalLocale, portalMessages, type PortalMessages } from './portal';

/** The cookie of a language chosen before logging in; a year, like a site's other preferences. */
export const LOCALE_COOKIE = 'taal';
const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** The `taal` cookie's name, value and options, for `cookies().set(...)` in an action or a route's answer. */
export function localeCookie(locale: PortalLocale, secure: boolean) {
  return [LOCALE_COOKIE, locale, { httpOnly: true, secure, sameSite: 'lax', maxAge: LOCALE_COOKIE_MAX_AGE, path: '/' }] as const;
}

/** The language chosen on this browser without an account (the cookie), or null; null outside a request (a job). */
export async function chosenLocale(): Promise<PortalLocale | null> {
  let value: string | undefined;
  try {
    value = (await cookies()).get(LOCALE_COOKIE)?.value;
  } catch (error) {
    // Next.js's own signals (a page that reads cookies is rendered per request) go on; only "no request" is null.
    unstable_rethrow(error);
    return null;
  }
  return isPortalLocale(value) ? value : null;
}

/** The language of a request whose user is already read: theirs, else the one chosen before logging in, else Dutch. */
export async function localeFor(user: { locale: PortalLocale } | null): Promise<PortalLocale> {
  return user?.locale ?? (await chosenLocale()) ?? 'nl';
}

/** This request's language: once per render (a layout and its page agree). */
export const requestLocale = cache(async (): Promise<PortalLocale> => localeFor(await currentUserOfRender()));

/** This request's texts, for a server component: `const t = await portalText()`. */
export async function portalText(): Promise<PortalMessages> {
  return portalMessages(await requestLocale());
}
