import { createElement } from 'react';
import { prisma } from '@/lib/db';
import { audit } from '@/lib/audit';
import { isOrgAdmin } from '@/lib/auth/roles';
import {
  acceptInto,
  sendInvitation,
  openInvitation as open,
  readInvitation,
  revokeInvitationsBy,
  writeRole,
  revokeOpenInvitation,
  type AcceptResult,
  type InvitationRefusal,
  type ListRefusal,
} from '@/lib/accounts/invitations';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import type { SessionUser } from '@/lib/accounts/service';
import type { OrgRole } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import ColleagueInvited from '@/emails/ColleagueInvited';
import ColleagueRemoved from '@/emails/ColleagueRemoved';
import { orgName } from './names';
import type { AcceptInvitationInput, InviteInput } from './schema';

// "Collega's" (issue 17): a partner organisation has several users. Its beheerder (orgRole ADMIN)
// invites colleagues by e-mail (a single-use link that expires; the account is made when the
// colleague chooses a username and password), changes their role and removes them (their sessions
// end at once: the rows go with the user). The registering user is the first beheerder; the last
// one cannot be removed or made medewerker. Every change locks the organisation's row, so two
// beheerders acting at once cannot leave it without one. Audit entries name who did it.

// The invitation itself (link, hash, expiry, single use) is the shared core in lib/accounts/invitations.ts.
export { INVITATION_TTL_MS, MAX_OPEN_INVITATIONS, invitationUrl } from '@/lib/accounts/invitations';
export type { AcceptResult } from '@/lib/accounts/invitations';

export type ColleagueRefusal = ListRefusal;
export type ColleagueResult<T = object> = ({ ok: true } & T) | { ok: false; reason: ColleagueRefusal };

/** The organisation's users and open invitations, for its beheerder's page; null for anyone else. */
export async function colleaguesOf(actor: SessionUser, now = new Date()) {
  if (!isOrgAdmin(actor)) return null;
  const [users, invitations] = await Promise.all([
    prisma.user.findMany({
      where: { organisationId: actor.organisationId, role: 'PARTNER' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, email: true, username: true, orgRole: true, createdAt: true },
    }),
    prisma.invitation.findMany({
      where: { organisationId: actor.organisationId, ...open(now) },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, email: true, orgRole: true, invitedByName: true, expiresAt: true },
    }),
  ]);
  const admins = users.filter((u) => u.orgRole === 'ADMIN').length;
  return {
    users: users.map((u) => ({
      ...u,
      orgRole: u.orgRole ?? 'MEMBER',
      you: u.id === actor.id,
      // The last beheerder is neither removed nor made medewerker: no buttons that can only be refused.
      onlyAdmin: u.orgRole === 'ADMIN' && admins === 1,
    })),
    invitations,
  };
}

/** "Uitnodiging versturen": a link to the address, unless it has an account or an open invitation already. */
export async function inviteColleague(
  actor: SessionUser,
  input: InviteInput,
  now = new Date(),
): Promise<ColleagueResult<{ email: string }>> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: actor.organisationId },
    select: { id: true, legalName: true, displayName: true },
  });
  const name = orgName(org);
  return sendInvitation(
    { role: 'PARTNER', organisationId: org.id },
    input,
    actor,
    {
      lock: async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${org.id} FOR UPDATE`;
        // Still a beheerder now that the organisation is locked (not demoted a moment ago).
        const self = await tx.user.findUnique({ where: { id: actor.id }, select: { orgRole: true } });
        return self?.orgRole === 'ADMIN';
      },
      mail: (url) =>
        prepareMail(
          input.email,
          (s) => s.colleagueInvited(name),
          createElement(ColleagueInvited, {
            name: input.name,
            invitedBy: actor.name,
            organisation: name,
            role: input.orgRole,
            url,
          }),
          { organisationId: org.id },
        ),
      audit: (invitationId) => ({
        action: 'colleague.invited',
        entityType: 'Organisation',
        entityId: org.id,
        data: { invitationId, email: input.email, orgRole: input.orgRole, by: actor.name },
      }),
    },
    now,
  );
}

/** "Uitnodiging intrekken": the link stops working. */
export async function revokeInvitation(actor: SessionUser, invitationId: string, now = new Date()): Promise<ColleagueResult> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    if (!(await revokeOpenInvitation(tx, { role: 'PARTNER', organisationId: actor.organisationId }, invitationId, now)))
      return { ok: false, reason: 'gone' } as const;
    await audit(tx, actor.id, 'colleague.invitation-revoked', ['Organisation', actor.organisationId], { invitationId, by: actor.name });
    return { ok: true } as const;
  });
}

export type InvitationCheck =
  | {
      ok: true;
      invitation: {
        id: string;
        name: string;
        email: string;
        orgRole: OrgRole;
        invitedByName: string;
        organisation: string;
        organisationId: string;
      };
    }
  | { ok: false; reason: InvitationRefusal };

/** What the link's page shows before the colleague chooses a username and password. */
export async function checkInvitation(token: string, now = new Date()): Promise<InvitationCheck> {
  // An editor's invitation (lib/editors/accounts.ts) is no colleague's.
  const read = await readInvitation(token, (row) => row.role === 'PARTNER' && row.organisation?.status === 'CONFIRMED', now);
  if (!read.ok) return read;
  const { id, name, email, orgRole, invitedByName, organisationId, organisation } = read.row;
  if (!organisationId || !organisation) return { ok: false, reason: 'unknown' };
  return { ok: true, invitation: { id, name, email, orgRole, invitedByName, organisation: orgName(organisation), organisationId } };
}

/**
 * "Account aanmaken" from the link: the account of the invited address (confirmed by the link
 * itself), in the organisation, with the invited role. Used once: of two presses only one makes it.
 */
export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<AcceptResult> {
  const check = await checkInvitation(input.token, now);
  if (!check.ok) return check;
  const { invitation } = check;
  return acceptInto(
    invitation,
    input,
    {
      role: 'PARTNER',
      organisationId: invitation.organisationId,
      joined: {
        action: 'colleague.joined',
        entityType: 'Organisation',
        entityId: invitation.organisationId,
        data: { invitationId: invitation.id, orgRole: invitation.orgRole, invitedBy: invitation.invitedByName },
      },
    },
    now,
  );
}

/**
 * The other colleague (or the actor), in the actor's organisation, locked with the organisation; and
 * its beheerders. `target` is null also when the actor is no beheerder any more (demoted a moment ago).
 */
async function colleagueInLockedOrg(tx: Prisma.TransactionClient, actor: SessionUser & { organisationId: string }, userId: string) {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${actor.organisationId} FOR UPDATE`;
  const self = await tx.user.findUnique({ where: { id: actor.id }, select: { orgRole: true, organisationId: true } });
  if (self?.orgRole !== 'ADMIN' || self.organisationId !== actor.organisationId) return { target: null, admins: 0, forbidden: true };
  const target = await tx.user.findFirst({
    where: { id: userId, organisationId: actor.organisationId, role: 'PARTNER' },
    select: { id: true, name: true, email: true, orgRole: true },
  });
  const admins = await tx.user.count({ where: { organisationId: actor.organisationId, role: 'PARTNER', orgRole: 'ADMIN' } });
  return { target, admins, forbidden: false };
}

/** "Beheerder maken" / "Medewerker maken": hands the beheerder role on; the last beheerder stays one. */
export async function setColleagueRole(actor: SessionUser, userId: string, orgRole: OrgRole): Promise<ColleagueResult<{ name: string }>> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    const { target, admins, forbidden } = await colleagueInLockedOrg(tx, actor, userId);
    if (forbidden) return { ok: false, reason: 'forbidden' } as const;
    if (!target) return { ok: false, reason: 'gone' } as const;
    if (target.orgRole === orgRole) return { ok: true, name: target.name } as const;
    if (target.orgRole === 'ADMIN' && admins <= 1) return { ok: false, reason: 'last-admin' } as const;
    await writeRole(tx, actor, target, orgRole, 'colleague.role-changed');
    return { ok: true, name: target.name } as const;
  });
}

/**
 * "Verwijderen": the colleague's account goes, and with it every session (their next request is
 * refused) and every link of theirs. What they did stays in the history under their name.
 */
export async function removeColleague(actor: SessionUser, userId: string): Promise<ColleagueResult<{ name: string; self: boolean }>> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const target = await prisma.user.findFirst({
    where: { id: userId, organisationId: actor.organisationId, role: 'PARTNER' },
    select: { name: true, email: true, organisation: { select: { legalName: true, displayName: true } } },
  });
  if (!target) return { ok: false, reason: 'gone' };
  const mail = await prepareMail(
    target.email,
    (s) => s.colleagueRemoved,
    createElement(ColleagueRemoved, { name: target.name, removedBy: actor.name, organisation: orgName(target.organisation!) }),
    { organisationId: actor.organisationId },
  );
  return prisma.$transaction(async (tx) => {
    const { target: locked, admins, forbidden } = await colleagueInLockedOrg(tx, actor, userId);
    if (forbidden) return { ok: false, reason: 'forbidden' } as const;
    if (!locked) return { ok: false, reason: 'gone' } as const;
    if (locked.orgRole === 'ADMIN' && admins <= 1) return { ok: false, reason: 'last-admin' } as const;
    await revokeInvitationsBy(tx, locked.id);
    await tx.user.delete({ where: { id: locked.id } });
    await audit(tx, actor.id, 'colleague.removed', ['Organisation', actor.organisationId], {
      userId: locked.id,
      name: locked.name,
      by: actor.name,
    });
    await enqueueMail(tx, mail);
    return { ok: true, name: locked.name, self: locked.id === actor.id } as const;
  });
}
