import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { SessionUser } from '@/lib/accounts/service';
import { endSession, sessionUser } from '@/lib/accounts/sessions';
import { auth } from './index';
import { withRole, type Access, type EditorAdmin, type EditorUser, type PartnerAdmin, type PartnerUser, type UserWithRole } from './roles';

export type { EditorAdmin, EditorUser, PartnerAdmin, PartnerUser } from './roles';

/**
 * The logged-in user, read again from the database on every call: only a cookie whose server-side
 * session still exists counts (not after logout, a new password or a removed account), and a role
 * change takes effect at once, not when the session cookie expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const token = session?.user?.sessionToken;
  if (!token) return null;
  return sessionUser(token);
}

/** The server-side session's token of this request's cookie (the session to keep at a password change), or null. */
export async function currentSessionToken(): Promise<string | null> {
  return (await auth())?.user?.sessionToken || null;
}

/** Ends the server-side session of this request's cookie (logout). */
export async function endCurrentSession(): Promise<void> {
  const token = await currentSessionToken();
  if (token) await endSession(token);
}

/**
 * The logged-in user as one render of a request sees it: a layout and its page read the session once,
 * not each on its own (React's `cache` lasts one server render). Outside a render (server actions,
 * route handlers) it is `currentUser` itself: an action that logs out or changes a role, and the
 * render after it, each read the database afresh.
 */
export const currentUserOfRender = cache(currentUser);

/** For pages and layouts: the user with this role, or a redirect to the login page / the no-access page. */
export async function requireRole<R extends Access>(role: R, path: string): Promise<UserWithRole<R>> {
  const user = await currentUserOfRender();
  if (!user) redirect(`/inloggen?volgende=${encodeURIComponent(path)}`);
  const withIt = withRole(user, role);
  if (!withIt) redirect('/geen-toegang');
  return withIt;
}

export function requirePartner(path = '/partner'): Promise<PartnerUser> {
  return requireRole('PARTNER', path);
}

/** For a partner organisation's beheerder only (colleagues, organisation data); a medewerker gets the no-access page. */
export function requirePartnerAdmin(path = '/partner'): Promise<PartnerAdmin> {
  return requireRole('PARTNER_ADMIN', path);
}

export function requireEditor(path = '/redactie'): Promise<EditorUser> {
  return requireRole('EDITOR', path);
}

/** For the editors' beheerder only (editor accounts, the log); any other editor gets the no-access page. */
export function requireEditorAdmin(path = '/redactie'): Promise<EditorAdmin> {
  return requireRole('EDITOR_ADMIN', path);
}
