import { createElement } from 'react';
import { prisma, type Tx } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { audit } from '@/lib/audit';
import { isEditorAdmin } from '@/lib/auth/roles';
import { dropOpenTokens } from '@/lib/accounts/tokens';
import { endAllSessions } from '@/lib/accounts/sessions';
import {
  acceptInto,
  sendInvitation,
  openInvitation,
  readInvitation,
  revokeInvitationsBy,
  writeRole,
  revokeOpenInvitation,
  type AcceptResult,
  type InvitationRefusal,
  type ListRefusal,
} from '@/lib/accounts/invitations';
import { prepareMail } from '@/lib/mail/outbox';
import type { SessionUser } from '@/lib/accounts/service';
import type { OrgRole } from '@/lib/generated/prisma/enums';
import type { AcceptInvitationInput } from '@/lib/partners/schema';
import EditorInvited from '@/emails/EditorInvited';
import { DEMO_EDITOR_USERNAME, isDemoEditor } from './demo';
import type { InviteInput } from './schema';

// The editors' own accounts (issue 18, ADR 0029). An editor with orgRole ADMIN is a beheerder of the
// editors: invites editors (the colleagues' single-use link, lib/accounts/invitations.ts: role
// EDITOR, no organisation), changes their role, disables them (every session ends at once, login is
// refused) and enables them again. Nothing else makes an EDITOR account: there is no sign-up.
// Every change takes one lock for all editor accounts and re-reads the actor under it, so that at
// least one enabled beheerder remains whatever two beheerders do at once; a change someone else made
// first is refused as 'stale'. The demo editor stays a beheerder and cannot be disabled.

export type EditorRefusal = ListRefusal | 'self' | 'demo' | 'stale';
export type EditorResult<T = object> = ({ ok: true } & T) | { ok: false; reason: EditorRefusal };

/** The editors' invitations, and the editors' accounts. */
const SCOPE = { role: 'EDITOR', organisationId: null } as const;
const SCOPE_USERS = { role: 'EDITOR' } as const;
const forbidden = { ok: false, reason: 'forbidden' } as const;

/**
 * Takes the lock of the editor accounts for the caller's transaction; true when the actor is, under
 * it, still an enabled beheerder (not demoted or disabled a moment ago by another beheerder).
 */
async function lockEditors(tx: Tx, actor: SessionUser): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('editor-accounts'))`;
  const self = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true, orgRole: true, disabledAt: true } });
  return self?.role === 'EDITOR' && self.orgRole === 'ADMIN' && !self.disabledAt;
}

/** An editor, locked with all editor accounts, and the number of enabled beheerders; null target when there is none. */
async function lockedEditor(tx: Tx, actor: SessionUser, userId: string) {
  if (!(await lockEditors(tx, actor))) return null;
  const target = await tx.user.findFirst({
    where: { id: userId, role: 'EDITOR' },
    select: { id: true, name: true, username: true, role: true, orgRole: true, disabledAt: true },
  });
  const admins = await tx.user.count({ where: { ...SCOPE_USERS, orgRole: 'ADMIN', disabledAt: null } });
  return { target, admins };
}

/** The editors and the open invitations, for the beheerder's page; null for anyone else. */
export async function editorsOf(actor: SessionUser, now = new Date()) {
  if (!isEditorAdmin(actor)) return null;
  const [users, invitations] = await Promise.all([
    prisma.user.findMany({
      where: SCOPE_USERS,
      orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        email: true,
        username: true,
        role: true,
        orgRole: true,
        createdAt: true,
        disabledAt: true,
        disabledByName: true,
      },
    }),
    prisma.invitation.findMany({
      where: { ...SCOPE, ...openInvitation(now) },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, email: true, orgRole: true, invitedByName: true, expiresAt: true },
    }),
  ]);
  // Last activity: the newest lastSeenAt of the sessions that still exist (a logout deletes its row).
  const seen = await prisma.session.groupBy({
    by: ['userId'],
    where: { userId: { in: users.map((u) => u.id) } },
    _max: { lastSeenAt: true },
  });
  const lastSeen = new Map(seen.map((s) => [s.userId, s._max.lastSeenAt]));
  const admins = users.filter((u) => u.orgRole === 'ADMIN' && !u.disabledAt).length;
  return {
    users: users.map(({ role: _role, ...u }) => ({
      ...u,
      orgRole: u.orgRole ?? 'MEMBER',
      you: u.id === actor.id,
      demo: isDemoEditor({ username: u.username, role: 'EDITOR' }),
      lastSeenAt: lastSeen.get(u.id) ?? null,
      // Buttons that could only be refused are not shown.
      onlyAdmin: u.orgRole === 'ADMIN' && !u.disabledAt && admins === 1,
    })),
    invitations,
  };
}

/** "Redacteur uitnodigen": a link to the address, unless it has an account or an open invitation already. */
export async function inviteEditor(actor: SessionUser, input: InviteInput, now = new Date()): Promise<EditorResult<{ email: string }>> {
  if (!isEditorAdmin(actor)) return forbidden;
  return sendInvitation(
    SCOPE,
    input,
    actor,
    {
      lock: (tx) => lockEditors(tx, actor),
      mail: (url) =>
        prepareMail(
          input.email,
          (s) => s.editorInvited,
          createElement(EditorInvited, { name: input.name, invitedBy: actor.name, role: input.orgRole, url }),
        ),
      audit: (invitationId) => ({
        action: 'editor.invited',
        entityType: 'Invitation',
        entityId: invitationId,
        data: { email: input.email, name: input.name, orgRole: input.orgRole, by: actor.name },
      }),
    },
    now,
  );
}

/** "Uitnodiging intrekken": the link stops working. */
export async function revokeEditorInvitation(actor: SessionUser, invitationId: string, now = new Date()): Promise<EditorResult> {
  if (!isEditorAdmin(actor)) return forbidden;
  return prisma.$transaction(async (tx) => {
    if (!(await lockEditors(tx, actor))) return forbidden;
    if (!(await revokeOpenInvitation(tx, SCOPE, invitationId, now))) return { ok: false, reason: 'gone' } as const;
    await audit(tx, actor.id, 'editor.invitation-revoked', ['Invitation', invitationId], { by: actor.name });
    return { ok: true } as const;
  });
}

export type EditorInvitationCheck =
  | { ok: true; invitation: { id: string; name: string; email: string; orgRole: OrgRole; invitedByName: string; organisation: string } }
  | { ok: false; reason: InvitationRefusal };

/** What the link's page (/uitnodiging) shows an invited editor; a colleague's invitation is 'unknown' here. */
export async function checkEditorInvitation(token: string, now = new Date()): Promise<EditorInvitationCheck> {
  const read = await readInvitation(token, (row) => row.role === 'EDITOR' && !row.organisationId, now);
  if (!read.ok) return read;
  const { id, name, email, orgRole, invitedByName } = read.row;
  return { ok: true, invitation: { id, name, email, orgRole, invitedByName, organisation: nl.editors.organisation } };
}

/** "Account aanmaken" from an editor's link: an EDITOR account without organisation, with the invited role. */
export async function acceptEditorInvitation(input: AcceptInvitationInput, now = new Date()): Promise<AcceptResult> {
  const check = await checkEditorInvitation(input.token, now);
  if (!check.ok) return check;
  // The demo editor's name is nobody else's: an account by that name could never be disabled.
  if (input.username === DEMO_EDITOR_USERNAME) return { ok: false, reason: 'username-taken' };
  const { invitation } = check;
  return acceptInto(
    invitation,
    input,
    {
      role: 'EDITOR',
      organisationId: null,
      joined: {
        action: 'editor.joined',
        entityType: 'User',
        data: { invitationId: invitation.id, orgRole: invitation.orgRole, invitedBy: invitation.invitedByName },
      },
    },
    now,
  );
}

/** "Beheerder maken" / "Redacteur maken". The last enabled beheerder stays one; the demo editor too. */
export async function setEditorRole(
  actor: SessionUser,
  userId: string,
  orgRole: OrgRole,
): Promise<EditorResult<{ name: string; self: boolean }>> {
  if (!isEditorAdmin(actor)) return forbidden;
  return prisma.$transaction(async (tx) => {
    const locked = await lockedEditor(tx, actor, userId);
    if (!locked) return forbidden;
    const { target, admins } = locked;
    if (!target) return { ok: false, reason: 'gone' } as const;
    if (isDemoEditor(target) && orgRole !== 'ADMIN') return { ok: false, reason: 'demo' } as const;
    // Someone else changed it first (the same change, or disabled the editor meanwhile).
    if ((target.orgRole ?? 'MEMBER') === orgRole || target.disabledAt) return { ok: false, reason: 'stale' } as const;
    if (target.orgRole === 'ADMIN' && admins <= 1) return { ok: false, reason: 'last-admin' } as const;
    await writeRole(tx, actor, target, orgRole, 'editor.role-changed');
    return { ok: true, name: target.name, self: target.id === actor.id } as const;
  });
}

/**
 * "Uitschakelen": the editor can no longer log in, and every session of theirs ends in the same
 * transaction (their next request is refused). Their links (open invitations they sent, a password
 * reset) stop working. The account and its name stay, for the history and to enable it again.
 */
export async function disableEditor(
  actor: SessionUser,
  userId: string,
  reason = '',
  now = new Date(),
): Promise<EditorResult<{ name: string }>> {
  if (!isEditorAdmin(actor)) return forbidden;
  if (userId === actor.id) return { ok: false, reason: 'self' };
  return prisma.$transaction(async (tx) => {
    const locked = await lockedEditor(tx, actor, userId);
    if (!locked) return forbidden;
    const { target, admins } = locked;
    if (!target) return { ok: false, reason: 'gone' } as const;
    if (isDemoEditor(target)) return { ok: false, reason: 'demo' } as const;
    if (target.disabledAt) return { ok: false, reason: 'stale' } as const;
    if (target.orgRole === 'ADMIN' && admins <= 1) return { ok: false, reason: 'last-admin' } as const;
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: now, disabledByName: actor.name } });
    const endedSessions = await endAllSessions(tx, target.id);
    await revokeInvitationsBy(tx, target.id);
    await dropOpenTokens(tx, target.id, 'RESET_PASSWORD');
    await audit(tx, actor.id, 'editor.disabled', ['User', target.id], { name: target.name, by: actor.name, reason, endedSessions });
    return { ok: true, name: target.name } as const;
  });
}

/** "Weer inschakelen": the editor can log in again, with the role they had. */
export async function enableEditor(actor: SessionUser, userId: string): Promise<EditorResult<{ name: string }>> {
  if (!isEditorAdmin(actor)) return forbidden;
  return prisma.$transaction(async (tx) => {
    const locked = await lockedEditor(tx, actor, userId);
    if (!locked) return forbidden;
    const { target } = locked;
    if (!target) return { ok: false, reason: 'gone' } as const;
    if (!target.disabledAt) return { ok: false, reason: 'stale' } as const;
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: null, disabledByName: null } });
    await audit(tx, actor.id, 'editor.enabled', ['User', target.id], { name: target.name, by: actor.name });
    return { ok: true, name: target.name } as const;
  });
}
