import { redirect } from 'next/navigation';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import { auth } from './index';
import type { Role } from './config';

/**
 * The logged-in user, read again from the database on every call: a role change, a removed
 * account or a new password takes effect at once, not when the session cookie expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, organisationId: true, emailConfirmedAt: true, sessionVersion: true },
  });
  if (!user || !user.emailConfirmedAt || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, organisationId: user.organisationId };
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
