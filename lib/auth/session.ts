import { redirect } from 'next/navigation';
import type { SessionUser } from '@/lib/accounts/service';
import { endSession, sessionUser } from '@/lib/accounts/sessions';
import { auth } from './index';
import type { Role } from './config';

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

/** Ends the server-side session of this request's cookie (logout). */
export async function endCurrentSession(): Promise<void> {
  const token = (await auth())?.user?.sessionToken;
  if (token) await endSession(token);
}

/** For pages: the user with this role, or a redirect to the login page / the no-access page. */
export async function requireRole(role: Role, path: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?volgende=${encodeURIComponent(path)}`);
  if (user.role !== role) redirect('/geen-toegang');
  return user;
}

export type PartnerUser = SessionUser & { role: 'PARTNER'; organisationId: string };

export async function requirePartner(path = '/partner'): Promise<PartnerUser> {
  const user = await requireRole('PARTNER', path);
  if (!user.organisationId) redirect('/geen-toegang');
  return user as PartnerUser;
}

export function requireEditor(path = '/redactie'): Promise<SessionUser> {
  return requireRole('EDITOR', path);
}
