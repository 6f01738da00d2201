import { prisma } from '@/lib/db';
import { audit } from '@/lib/audit';
import { isOrgAdmin } from '@/lib/auth/roles';
import { todayInDordrecht } from '@/lib/i18n/format';
import type { SessionUser } from '@/lib/accounts/service';

// "Gegevens downloaden (JSON)" (issue 17, ADR 0024): everything the portal keeps about a partner
// organisation, for its beheerder, before closing or at any time. The people's and the invitations'
// fields are chosen one by one, so that no secret (password hash, token hash, session) can slip in
// when their model gains a column; the organisation and its offers hold none and are given whole.

/** Bumped when the file's shape changes, so that whoever reads an old file knows which one it is. */
export const EXPORT_FORMAT = 1;

const open = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

export async function organisationExport(actor: SessionUser, now = new Date()) {
  if (!isOrgAdmin(actor)) return null;
  const organisationId = actor.organisationId;
  // Every column of the organisation: none is secret, and one added later belongs in the file too.
  const row = await prisma.organisation.findUnique({
    where: { id: organisationId },
    include: { photo: { select: { width: true, height: true, variants: true } } },
  });
  if (!row) return null;
  // Except the editors' words about an earlier, refused registration with this KvK number or
  // address (ADR 0026): maybe somebody else's, and for the editors only.
  const { previousRejection: _previousRejection, ...organisation } = row;
  const [users, offers, invitations] = await Promise.all([
    prisma.user.findMany({
      where: { organisationId, role: 'PARTNER' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        email: true,
        username: true,
        phone: true,
        gender: true,
        orgRole: true,
        emailConfirmedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    // Every column of the offers (none is secret), with their whole history.
    prisma.offer.findMany({
      where: { organisationId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        events: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { action: true, actorName: true, comment: true, content: true, createdAt: true },
        },
      },
    }),
    prisma.invitation.findMany({
      where: { organisationId, ...open(now) },
      orderBy: { createdAt: 'asc' },
      select: { name: true, email: true, orgRole: true, invitedByName: true, expiresAt: true, createdAt: true },
    }),
  ]);
  // What happened to the organisation, its people and its offers.
  const auditEntries = await prisma.auditEntry.findMany({
    where: {
      // The editors' internal notes (ADR 0028) are theirs, also that and when they wrote one.
      action: { not: 'partner.note-added' },
      OR: [
        { entityType: 'Organisation', entityId: organisationId },
        { entityType: 'User', entityId: { in: users.map((u) => u.id) } },
        { entityType: 'Offer', entityId: { in: offers.map((o) => o.id) } },
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { action: true, entityType: true, entityId: true, data: true, createdAt: true },
  });
  await prisma.$transaction((tx) => audit(tx, actor.id, 'partner.data-exported', ['Organisation', organisationId]));
  return {
    filename: `dordtpas-${organisation.kvkNumber}-${todayInDordrecht(now)}.json`,
    data: {
      format: EXPORT_FORMAT,
      exportedAt: now,
      exportedBy: actor.name,
      organisation,
      users,
      offers,
      invitations,
      audit: auditEntries,
    },
  };
}

export type OrganisationExport = NonNullable<Awaited<ReturnType<typeof organisationExport>>>['data'];
