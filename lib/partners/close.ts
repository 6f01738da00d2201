import { prisma, type Tx } from '@/lib/db';
import { appUrl, env } from '@/lib/env';
import { audit } from '@/lib/audit';
import { isOrgAdmin } from '@/lib/auth/roles';
import { endOrganisationSessions } from '@/lib/accounts/sessions';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors, mailsToPartners } from '@/lib/mail/recipients';
import { syncCatalogEntry } from '@/lib/offers/catalog';
import { transition } from '@/lib/offers/transitions';
import type { SessionUser } from '@/lib/accounts/service';
import { Prisma } from '@/lib/generated/prisma/client';
import PartnershipClosed from '@/emails/PartnershipClosed';
import PartnershipClosedConfirmation from '@/emails/PartnershipClosedConfirmation';
import { orgName } from './names';
import type { CloseInput } from './schema';

// "Samenwerking beëindigen" (issue 17, ADR 0024): the organisation's beheerder ends the partnership.
// In one transaction, under a lock on the organisation and its offers: everything online or under
// way leaves the site (transition 'close', as a withdrawal does; the wizard's proposals are deleted),
// open invitations are revoked, the organisation becomes CLOSED, every session of its people ends and
// their links stop working, the editors and the organisation's people get a mail. From then on
// nobody of the organisation logs in (authenticate, sessionUser). Their personal data goes after the
// retention period (./retention.ts).

/**
 * Nobody of the organisation gets in any more, in the caller's transaction (closing, a refused
 * registration): open invitations revoked, every session ended, confirmation and reset links deleted.
 */
export async function shutOut(tx: Tx, organisationId: string, now: Date): Promise<{ invitations: number; sessions: number }> {
  const invitations = await tx.invitation.updateMany({
    where: { organisationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const sessions = await endOrganisationSessions(tx, organisationId);
  await tx.emailToken.deleteMany({ where: { user: { organisationId } } });
  return { invitations: invitations.count, sessions };
}

export type CloseRefusal = 'forbidden' | 'closed';
/** `slugs`: the public pages of the offers that were online, to drop from the cache. */
export type CloseResult = { ok: true; slugs: string[] } | { ok: false; reason: CloseRefusal };

export async function closePartnership(actor: SessionUser, input: CloseInput, now = new Date()): Promise<CloseResult> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const organisationId = actor.organisationId;
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, legalName: true, displayName: true, status: true },
  });
  if (org.status === 'CLOSED') return { ok: false, reason: 'closed' };
  const name = orgName(org);
  const reason = input.reason || null;
  const [editorMails, partnerMails] = await Promise.all([
    mailsToEditors((s) => s.partnershipClosedEditors(name), PartnershipClosed, {
      organisation: name,
      closedBy: actor.name,
      date: now,
      reason: reason ?? '',
      url: appUrl(`/redactie/partners/${organisationId}`),
    }),
    mailsToPartners(organisationId, (s) => s.partnershipClosed, PartnershipClosedConfirmation, {
      organisation: name,
      closedBy: actor.name,
      date: now,
      retentionDays: env().PERSONAL_DATA_RETENTION_DAYS,
    }),
  ]);

  return prisma.$transaction(async (tx) => {
    // The organisation, then its offers: an editor's save (which locks the organisation too) waits,
    // and a partner's approval or comment under way finds the offer changed ("stale").
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const current = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { status: true } });
    // Two beheerders pressing at once: the second finds it closed and writes nothing.
    if (current.status === 'CLOSED') return { ok: false, reason: 'closed' } as const;
    await tx.$queryRaw`SELECT id FROM "Offer" WHERE "organisationId" = ${organisationId} FOR UPDATE`;
    const offers = await tx.offer.findMany({
      where: { organisationId, status: { in: ['PROPOSAL', 'PUBLISHED', 'SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'] } },
      select: { id: true, status: true, slug: true, version: true, content: true, publishedContent: true, publishedAt: true },
    });
    const slugs: string[] = [];
    for (const offer of offers) {
      const step = { actor, from: offer.status, offerId: offer.id } as const;
      if (offer.status === 'PROPOSAL') {
        const deleted = await transition(tx, 'deleteProposal', { ...step, audit: { closed: true } });
        if (!deleted.ok) throw new Error(`closePartnership: proposal ${offer.id} changed under the lock`);
        continue;
      }
      const closed = await transition(tx, 'close', {
        ...step,
        // What leaves the site, as withdrawOffer clears it; the history keeps what was online (or the working copy).
        data: { publishedContent: Prisma.DbNull, publishedPhotoId: null, publishedAt: null, sentVersion: null },
        event: {
          version: offer.version,
          content: (offer.publishedContent ?? offer.content) as Prisma.InputJsonValue,
          comment: reason ?? undefined,
        },
        audit: { wasOnline: Boolean(offer.publishedAt) },
      });
      if (!closed.ok) throw new Error(`closePartnership: offer ${offer.id} changed under the lock`);
      await syncCatalogEntry(tx, offer.id);
      if (offer.publishedAt) slugs.push(offer.slug);
    }
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        status: 'CLOSED',
        closedAt: now,
        closedReason: reason,
        closedByName: actor.name,
        // An open request to the editors has nobody to answer to any more.
        requestedPartnerType: null,
        partnerTypeRequestedAt: null,
        version: { increment: 1 },
      },
    });
    const { invitations, sessions } = await shutOut(tx, organisationId, now);
    await audit(tx, actor.id, 'partner.closed', ['Organisation', organisationId], {
      by: actor.name,
      reason,
      offers: offers.length,
      online: slugs.length,
      invitations,
      sessions,
    });
    for (const mail of [...editorMails, ...partnerMails]) await enqueueMail(tx, mail);
    return { ok: true, slugs } as const;
  });
}
