import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueMail, type PreparedMail } from '@/lib/mail/outbox';
import { audit, type AuditAction } from '@/lib/audit';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgRole, Role } from '@/lib/generated/prisma/enums';
import type { AcceptInvitationInput } from '@/lib/partners/schema';
import { hashPassword } from './passwords';
import { hashToken, newToken } from './tokens';

// An invitation by e-mail (ADR 0023, 0029): a single-use link that expires, the account made when the
// invited person chooses a username and password. The same core for a partner organisation's colleagues
// (lib/partners/colleagues.ts) and for the editors (lib/editors/accounts.ts); each keeps its own rules
// on who may invite and what it locks. Only the SHA-256 of the link's token is stored.

/** A link is valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Far more than an organisation (or the editors) needs at once; stops a script from mailing the world. */
export const MAX_OPEN_INVITATIONS = 20;

/** An invitation that can still be used: not accepted, not revoked, not expired. */
export const openInvitation = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

export function invitationUrl(token: string) {
  return appUrl(`/uitnodiging?token=${encodeURIComponent(token)}`);
}

/** Whose invitations: a partner organisation's colleagues, or the editors (no organisation). */
export type InvitationScope = { role: Role; organisationId: string | null };

export type InvitationRefusal = 'unknown' | 'used' | 'expired' | 'revoked';

type InvitationRow = Prisma.InvitationGetPayload<{
  include: { organisation: { select: { legalName: true; displayName: true; status: true } } };
}>;

/**
 * The invitation of a link's token, or why it cannot be used. One that `ours` does not accept (the
 * other scope's, or of a closed organisation) is 'unknown', whatever its state.
 */
export async function readInvitation(token: string, ours: (row: InvitationRow) => boolean, now = new Date()) {
  if (!token || token.length > 200) return { ok: false, reason: 'unknown' } as const;
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organisation: { select: { legalName: true, displayName: true, status: true } } },
  });
  if (!row || !ours(row)) return { ok: false, reason: 'unknown' } as const;
  if (row.acceptedAt) return { ok: false, reason: 'used' } as const;
  if (row.revokedAt) return { ok: false, reason: 'revoked' } as const;
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' } as const;
  return { ok: true, row } as const;
}

export type InviteRefusal = 'forbidden' | 'email-taken' | 'already-invited' | 'too-many';

/**
 * "Uitnodiging versturen": a link to the address, unless it has an account, or an open invitation in
 * this scope, or the scope has MAX_OPEN_INVITATIONS open. `lock` takes the scope's lock in the
 * transaction and says whether the inviter may still invite; the audit entry and the mail go with
 * the invitation.
 */
export async function sendInvitation(
  scope: InvitationScope,
  invite: { email: string; name: string; orgRole: OrgRole },
  by: { id: string; name: string },
  how: {
    lock: (tx: Tx) => Promise<boolean>;
    mail: (url: string) => Promise<PreparedMail>;
    audit: (invitationId: string) => { action: AuditAction; entityType: string; entityId: string; data: Prisma.InputJsonValue };
  },
  now: Date,
): Promise<{ ok: true; email: string } | { ok: false; reason: InviteRefusal }> {
  if (await prisma.user.findUnique({ where: { email: invite.email }, select: { id: true } })) return { ok: false, reason: 'email-taken' };
  const token = newToken();
  const mail = await how.mail(invitationUrl(token));
  return prisma.$transaction(async (tx) => {
    if (!(await how.lock(tx))) return { ok: false, reason: 'forbidden' } as const;
    const pending = await tx.invitation.findMany({ where: { ...scope, ...openInvitation(now) }, select: { email: true } });
    if (pending.some((p) => p.email === invite.email)) return { ok: false, reason: 'already-invited' } as const;
    if (pending.length >= MAX_OPEN_INVITATIONS) return { ok: false, reason: 'too-many' } as const;
    const invitation = await tx.invitation.create({
      data: {
        ...scope,
        email: invite.email,
        name: invite.name,
        orgRole: invite.orgRole,
        tokenHash: hashToken(token),
        invitedById: by.id,
        invitedByName: by.name,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
    });
    const entry = how.audit(invitation.id);
    await audit(tx, by.id, entry.action, [entry.entityType, entry.entityId], entry.data);
    await enqueueMail(tx, mail);
    return { ok: true, email: invite.email } as const;
  });
}

/** "Uitnodiging intrekken" in the caller's transaction: whether an open invitation of this scope was revoked. */
export async function revokeOpenInvitation(tx: Tx, scope: InvitationScope, invitationId: string, now: Date): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, ...scope, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}

/** Revokes the open invitations a person sent (removed, disabled, or no beheerder any more). */
export function revokeInvitationsBy(tx: Tx, userId: string) {
  return tx.invitation.updateMany({ where: { invitedById: userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * A new role for a colleague or an editor, with its audit entry, in the caller's transaction (which
 * locked the list and checked the last beheerder). A beheerder's open invitations do not outlive the
 * role: no new beheerder through an old link.
 */
export async function writeRole(
  tx: Tx,
  actor: { id: string; name: string },
  target: { id: string; name: string },
  orgRole: OrgRole,
  action: Extract<AuditAction, 'colleague.role-changed' | 'editor.role-changed'>,
) {
  await tx.user.update({ where: { id: target.id }, data: { orgRole } });
  if (orgRole !== 'ADMIN') await revokeInvitationsBy(tx, target.id);
  await audit(tx, actor.id, action, ['User', target.id], { orgRole, name: target.name, by: actor.name });
}

/** What both invitation lists (colleagues, editors) refuse. */
export type ListRefusal = 'forbidden' | 'gone' | 'email-taken' | 'already-invited' | 'too-many' | 'last-admin';

export type AcceptResult =
  { ok: true; userId: string } | { ok: false; reason: InvitationRefusal | 'email-taken' } | { ok: false; reason: 'username-taken' };

/**
 * "Account aanmaken" from the link: the account of the invited address (confirmed by the link
 * itself) with the invited role, and the audit entry `joined`. Used once: the invitation is taken by
 * one conditional update, so of two presses only one makes the account.
 */
export async function acceptInto(
  invitation: { id: string; email: string; orgRole: OrgRole },
  input: AcceptInvitationInput,
  account: {
    role: Role;
    organisationId: string | null;
    joined: { action: AuditAction; entityType: string; entityId?: string; data: Prisma.InputJsonValue };
  },
  now: Date,
): Promise<AcceptResult> {
  if (await prisma.user.findUnique({ where: { username: input.username }, select: { id: true } }))
    return { ok: false, reason: 'username-taken' };
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const used = await tx.invitation.updateMany({ where: { id: invitation.id, ...openInvitation(now) }, data: { acceptedAt: now } });
      if (used.count !== 1) return { ok: false, reason: 'used' } as const;
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          username: input.username,
          passwordHash,
          role: account.role,
          orgRole: invitation.orgRole,
          name: input.name,
          phone: input.phone ?? '',
          emailConfirmedAt: now,
          organisationId: account.organisationId,
        },
      });
      const { joined } = account;
      await audit(tx, user.id, joined.action, [joined.entityType, joined.entityId ?? user.id], joined.data);
      return { ok: true, userId: user.id } as const;
    });
  } catch (error) {
    // The username or the address was taken between the check and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const target = String(error.meta?.target ?? '') + String(error.message);
      return target.includes('email') ? { ok: false, reason: 'email-taken' } : { ok: false, reason: 'username-taken' };
    }
    throw error;
  }
}
