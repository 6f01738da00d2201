import type { SessionUser } from '@/lib/accounts/service';
import type { Role } from './config';

// Each role's user as its own type, so that a partner's handler or page gets its organisation
// without checking for none (as dub's per-role authActionClient does).

/** A partner: always with an organisation (a partner account without one has no access). */
export type PartnerUser = SessionUser & { role: 'PARTNER'; organisationId: string };
export type EditorUser = SessionUser & { role: 'EDITOR' };
export type UserWithRole<R extends Role> = R extends 'PARTNER' ? PartnerUser : EditorUser;

/** The user as the role's own type, or null when the user does not have the role. */
export function withRole<R extends Role>(user: SessionUser, role: R): UserWithRole<R> | null {
  if (user.role !== role || (role === 'PARTNER' && !user.organisationId)) return null;
  return user as UserWithRole<R>;
}
