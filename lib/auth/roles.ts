import type { SessionUser } from '@/lib/accounts/service';
import type { Role } from './config';

// Each role's user as its own type, so that a partner's handler or page gets its organisation
// without checking for none (as dub's per-role authActionClient does). A partner organisation's
// beheerder ("PARTNER_ADMIN") is a partner with orgRole ADMIN: it manages the colleagues and the
// organisation's data; a medewerker (MEMBER) writes proposals and approves offers (issue 17).
// The editors' beheerder ("EDITOR_ADMIN") is an editor with orgRole ADMIN: it invites, disables and
// re-enables editors and reads the log of who did what (issue 18, ADR 0029).

/** Who may call an action or open a page: a role, a partner organisation's beheerder, or the editors' beheerder. */
export type Access = Role | 'PARTNER_ADMIN' | 'EDITOR_ADMIN';

/** A partner: always with an organisation (a partner account without one has no access). */
export type PartnerUser = SessionUser & { role: 'PARTNER'; organisationId: string };
export type PartnerAdmin = PartnerUser & { orgRole: 'ADMIN' };
export type EditorUser = SessionUser & { role: 'EDITOR' };
export type EditorAdmin = EditorUser & { orgRole: 'ADMIN' };
export type UserWithRole<R extends Access> = R extends 'PARTNER_ADMIN'
  ? PartnerAdmin
  : R extends 'PARTNER'
    ? PartnerUser
    : R extends 'EDITOR_ADMIN'
      ? EditorAdmin
      : EditorUser;

/** Is this partner user its organisation's beheerder? */
export const isOrgAdmin = (user: SessionUser): user is PartnerAdmin =>
  user.role === 'PARTNER' && Boolean(user.organisationId) && user.orgRole === 'ADMIN';

/** Is this editor a beheerder of the editors? */
export const isEditorAdmin = (user: SessionUser): user is EditorAdmin => user.role === 'EDITOR' && user.orgRole === 'ADMIN';

/** The user as the access level's own type, or null when the user does not have it. */
export function withRole<R extends Access>(user: SessionUser, access: R): UserWithRole<R> | null {
  if (access === 'PARTNER_ADMIN') return isOrgAdmin(user) ? (user as UserWithRole<R>) : null;
  if (access === 'EDITOR_ADMIN') return isEditorAdmin(user) ? (user as UserWithRole<R>) : null;
  if (user.role !== access || (access === 'PARTNER' && !user.organisationId)) return null;
  return user as UserWithRole<R>;
}
