import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { audit } from '@/lib/audit';
import { orgName } from './names';

// The people's data of a closed partner organisation goes after the retention period (ADR 0024),
// run by the daily job: their accounts (sessions and links go with them), their names in the
// offers' history ("Oud-medewerker van …"), in the audit entries and in the mails kept in the
// outbox, the invitations, and the organisation's fields no one needs any more. The organisation
// itself, its offers and their history stay: what was on the site, and when, remains answerable.
//
// Safe to run twice, and on two instances at once: each organisation is claimed with one
// conditional update (personalDataRemovedAt still null) that opens its transaction, so the second
// run waits for the first and then finds nothing to claim.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keys of AuditEntry.data that hold a person's name or address (lib/partners/colleagues.ts, close.ts, service.ts). */
export const PERSONAL_AUDIT_KEYS = ['name', 'email', 'by', 'invitedBy'] as const;

/** Closed before this moment, and not done yet. */
const due = (closedBefore: Date) => ({ status: 'CLOSED', personalDataRemovedAt: null, closedAt: { lte: closedBefore } }) as const;

/** Removes what is personal of every organisation closed longer than `days` ago; returns how many it did. */
export async function removePersonalDataOfClosedPartners(now = new Date(), days = env().PERSONAL_DATA_RETENTION_DAYS): Promise<number> {
  const closedBefore = new Date(now.getTime() - days * DAY_MS);
  const organisations = await prisma.organisation.findMany({
    where: due(closedBefore),
    select: { id: true },
    orderBy: { closedAt: 'asc' },
    take: 50,
  });
  let removed = 0;
  for (const { id } of organisations) if (await removeFor(id, closedBefore, now)) removed++;
  return removed;
}

async function removeFor(organisationId: string, closedBefore: Date, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.organisation.updateMany({
      where: { id: organisationId, ...due(closedBefore) },
      data: {
        personalDataRemovedAt: now,
        // Not needed to answer for what was online: where post went, the registration's own words,
        // the photo (it may show people), and who pressed the button.
        postalStreet: null,
        postalHouseNumber: null,
        postalAddition: null,
        postalPostcode: null,
        postalCity: null,
        description: '',
        photoId: null,
        closedByName: null,
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1) return false;
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { legalName: true, displayName: true } });
    const users = await tx.user.findMany({ where: { organisationId }, select: { id: true, email: true } });
    // Colleagues removed earlier are gone as users, but still named in the history under their id.
    const removedBefore = await tx.auditEntry.findMany({
      where: { action: 'colleague.removed', entityType: 'Organisation', entityId: organisationId },
      select: { data: true },
    });
    const people = [...users.map((u) => u.id), ...removedBefore.flatMap((e) => userIdOf(e.data))];
    const offerIds = (await tx.offer.findMany({ where: { organisationId }, select: { id: true } })).map((o) => o.id);

    const renamed = await tx.offerEvent.updateMany({
      where: { offerId: { in: offerIds }, actorId: { in: people } },
      data: { actorId: null, actorName: nl.close.formerColleague(orgName(org)) },
    });
    // The names in the audit entries about the organisation, its people and its offers; the entries stay.
    const scrubbed = await tx.$executeRaw`
      UPDATE "AuditEntry" SET data = data - ${[...PERSONAL_AUDIT_KEYS]}::text[]
      WHERE jsonb_typeof(data) = 'object'
        AND ((("entityType" = 'Organisation' AND "entityId" = ${organisationId})
          OR ("entityType" = 'User' AND "entityId" = ANY(${people}::text[]))
          OR ("entityType" = 'Offer' AND "entityId" = ANY(${offerIds}::text[]))))`;
    // A discount action's contact person (never public) in the offers and every version in their history.
    const contact = '{discount,contactName}';
    await tx.$executeRaw`
      UPDATE "Offer" SET content = jsonb_set(content, ${contact}::text[], '""')
      WHERE "organisationId" = ${organisationId} AND content #> ${contact}::text[] IS NOT NULL`;
    await tx.$executeRaw`
      UPDATE "OfferEvent" SET content = jsonb_set(content, ${contact}::text[], '""')
      WHERE "offerId" = ANY(${offerIds}::text[]) AND content #> ${contact}::text[] IS NOT NULL`;
    const invited = await tx.invitation.findMany({ where: { organisationId }, select: { email: true } });
    const mails = await tx.outboxMessage.deleteMany({
      where: { OR: [{ organisationId }, { to: { in: [...users, ...invited].map((u) => u.email) } }] },
    });
    const invitations = await tx.invitation.deleteMany({ where: { organisationId } });
    // The editors' notes on the partner (ADR 0028) may be about its people too.
    const notes = await tx.partnerNote.deleteMany({ where: { organisationId } });
    // Sessions and mail links go with the accounts (cascade).
    const deleted = await tx.user.deleteMany({ where: { organisationId } });
    await audit(tx, null, 'partner.personal-data-removed', ['Organisation', organisationId], {
      users: deleted.count,
      events: renamed.count,
      audit: scrubbed,
      mails: mails.count,
      invitations: invitations.count,
      notes: notes.count,
    });
    return true;
  });
}

/** The removed colleague's id in a 'colleague.removed' entry's data. */
function userIdOf(data: unknown): string[] {
  const id = data && typeof data === 'object' && 'userId' in data ? (data as { userId: unknown }).userId : null;
  return typeof id === 'string' ? [id] : [];
}
