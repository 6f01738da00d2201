import { shutOut } from './close';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { audit } from '@/lib/audit';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import { syncCatalogEntry } from '@/lib/offers/catalog';
import type { SessionUser } from '@/lib/accounts/service';
import PartnerDeactivated from '@/emails/PartnerDeactivated';
import PartnerReactivated from '@/emails/PartnerReactivated';
import { orgName } from './names';

// The editors deactivate a partner, and make it active again (issue 18, ADR 0028). Deactivating is
// closing's milder sibling (./close.ts): in one transaction, under the organisation's lock, the
// organisation becomes INACTIVE (conditional on the status and version the editor saw), every session
// of its people ends, its catalog entries go — nothing of it is online — and its people are mailed
// the reason. Unlike closing, the offers keep their status and published content: reactivating puts
// the catalog entries of what was published back (syncCatalogEntry), and nothing has to be rewritten.
// While INACTIVE nobody of the organisation logs in (authenticate, sessionUser), the public pages show
// nothing of it (publishedOffer, syncCatalogEntry, rebuildCatalog), and the editors cannot send it
// anything for approval (saveOffer) nor does the reminder job remind it.

export type DeactivateRefusal = 'forbidden' | 'not-found' | 'stale' | 'not-active' | 'not-inactive';
/** `slugs`: the public pages of the offers that were online, to drop from the cache. */
export type DeactivateResult = { ok: true; slugs: string[] } | { ok: false; reason: DeactivateRefusal };

type Change = { organisationId: string; version: number; reason: string };

/** The organisation as the editor saw it: refusals before anything is written. */
async function organisationFor(actor: SessionUser, change: Change, status: 'CONFIRMED' | 'INACTIVE') {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' } as const;
  const org = await prisma.organisation.findUnique({
    where: { id: change.organisationId },
    select: { id: true, legalName: true, displayName: true, status: true, version: true },
  });
  if (!org) return { ok: false, reason: 'not-found' } as const;
  // Another editor changed it since this one looked (deactivated it a moment ago, say): told so.
  if (org.version !== change.version) return { ok: false, reason: 'stale' } as const;
  if (org.status !== status) return { ok: false, reason: status === 'CONFIRMED' ? 'not-active' : 'not-inactive' } as const;
  return { ok: true, org } as const;
}

/** Deactivate a confirmed partner, with a reason its people are mailed. */
export async function deactivatePartner(actor: SessionUser, change: Change, now = new Date()): Promise<DeactivateResult> {
  const found = await organisationFor(actor, change, 'CONFIRMED');
  if (!found.ok) return found;
  const { organisationId, version, reason } = change;
  const organisation = orgName(found.org);
  const mails = await mailsToPartners(organisationId, (s) => s.deactivated, PartnerDeactivated, { organisation, reason });
  return prisma.$transaction(async (tx) => {
    // The lock an editor's save takes too: a sending under way waits and then finds it inactive.
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const moved = await tx.organisation.updateMany({
      where: { id: organisationId, status: 'CONFIRMED', version },
      data: { status: 'INACTIVE', deactivatedAt: now, deactivatedReason: reason, deactivatedByName: actor.name, version: { increment: 1 } },
    });
    if (moved.count !== 1) return { ok: false, reason: 'stale' } as const;
    // A partner's approval under way holds its offer's row: it commits first (and its entry goes
    // below) or waits, and then finds the organisation inactive when it writes the entry.
    await tx.$queryRaw`SELECT id FROM "Offer" WHERE "organisationId" = ${organisationId} FOR UPDATE`;
    const online = await tx.offer.findMany({ where: { organisationId, catalogEntry: { isNot: null } }, select: { slug: true } });
    await tx.catalogEntry.deleteMany({ where: { offer: { organisationId } } });
    // Nobody gets in while inactive: no session, no open link (reset, e-mail change, invitation).
    const { sessions } = await shutOut(tx, organisationId, now);
    await audit(tx, actor.id, 'partner.deactivated', ['Organisation', organisationId], {
      by: actor.name,
      reason,
      offline: online.length,
      sessions,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, slugs: online.map((o) => o.slug) } as const;
  });
}

/** Make a deactivated partner active again: logins work, what was published is online again. */
export async function reactivatePartner(actor: SessionUser, change: Change): Promise<DeactivateResult> {
  const found = await organisationFor(actor, change, 'INACTIVE');
  if (!found.ok) return found;
  const { organisationId, version, reason } = change;
  const organisation = orgName(found.org);
  const mails = await mailsToPartners(organisationId, (s) => s.reactivated, PartnerReactivated, {
    organisation,
    reason,
    url: appUrl('/partner'),
  });
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const moved = await tx.organisation.updateMany({
      where: { id: organisationId, status: 'INACTIVE', version },
      data: { status: 'CONFIRMED', deactivatedAt: null, deactivatedReason: null, deactivatedByName: null, version: { increment: 1 } },
    });
    if (moved.count !== 1) return { ok: false, reason: 'stale' } as const;
    // The entries follow the offers again: every published one gets its entry back (an action past
    // its last day too, as after any publication; the catalog's query leaves it out).
    const published = await tx.offer.findMany({ where: { organisationId, publishedAt: { not: null } }, select: { id: true, slug: true } });
    for (const offer of published) await syncCatalogEntry(tx, offer.id);
    await audit(tx, actor.id, 'partner.reactivated', ['Organisation', organisationId], {
      by: actor.name,
      reason: reason || null,
      online: published.length,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, slugs: published.map((o) => o.slug) } as const;
  });
}
