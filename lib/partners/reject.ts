import { z } from 'zod';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { audit } from '@/lib/audit';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import { transition } from '@/lib/offers/transitions';
import { rejectionText } from '@/lib/rejections/reasons';
import type { RejectionInput } from '@/lib/rejections/schema';
import type { SessionUser } from '@/lib/accounts/service';
import type { OrganisationStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import RegistrationRejected from '@/emails/RegistrationRejected';
import { orgName } from './names';
import { shutOut } from './close';

// "Aanmelding afwijzen" (issue 18, ADR 0026): an editor refuses a registration (not in Dordrecht, not
// in the KvK register, …) with a reason its people read in a mail and at the login. Only while
// nothing of the organisation was ever online: a partner that had offers on the site is deactivated
// or closed, not refused. In one transaction, under a lock on the organisation and then its offers:
// every offer under way is refused (transition 'reject'; proposals in the wizard are deleted), the
// organisation becomes REJECTED, every session of its people ends and their links stop working, the
// refusal is audited and mailed. From then on nobody of it logs in (authenticate, sessionUser); a new
// registration with its KvK number, e-mail address or username replaces it (./service.ts).

export type RegistrationRejectRefusal = 'forbidden' | 'not-found' | 'stale' | 'not-rejectable' | 'published' | 'reason-gone';
export type RegistrationRejectResult = { ok: true } | { ok: false; reason: RegistrationRejectRefusal };

/** Waiting for the editors, or for its e-mail address to be confirmed. */
const REJECTABLE: readonly OrganisationStatus[] = ['CONFIRMED', 'REGISTERED'];
export const registrationRejectable = (status: OrganisationStatus) => REJECTABLE.includes(status);

/** Was anything of the organisation ever online? Approved once, even if withdrawn or closed since. */
export async function everOnline(db: Tx | typeof prisma, organisationId: string): Promise<boolean> {
  const [online, approved] = await Promise.all([
    db.offer.count({ where: { organisationId, publishedAt: { not: null } } }),
    db.offerEvent.count({ where: { offer: { organisationId }, action: 'approved' } }),
  ]);
  return online + approved > 0;
}

/** What the editors' page offers: refusing the registration, while it waits and nothing of it was online. */
export async function mayRejectRegistration(org: { id: string; status: OrganisationStatus }): Promise<boolean> {
  return registrationRejectable(org.status) && !(await everOnline(prisma, org.id));
}

export async function rejectRegistration(
  actor: SessionUser,
  organisationId: string,
  version: number,
  input: RejectionInput,
  now = new Date(),
): Promise<RegistrationRejectResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  const org = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, legalName: true, displayName: true, status: true, version: true },
  });
  if (!org) return { ok: false, reason: 'not-found' };
  if (!registrationRejectable(org.status)) return { ok: false, reason: 'not-rejectable' };
  if (org.version !== version) return { ok: false, reason: 'stale' };
  if (await everOnline(prisma, organisationId)) return { ok: false, reason: 'published' };
  const reason = await rejectionText('REGISTRATION', input);
  if (!reason) return { ok: false, reason: 'reason-gone' };
  const name = orgName(org);
  const mails = await mailsToPartners(organisationId, (s) => s.registrationRejected, RegistrationRejected, {
    organisation: name,
    date: now,
    reason: reason.text,
    url: appUrl('/aanmelden'),
  });

  return prisma.$transaction(async (tx) => {
    // The organisation, then its offers: an editor's save (same lock) waits and then finds it refused;
    // a partner's approval under way finds its offer refused ("stale"), or this finds it online.
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const current = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { status: true, version: true } });
    // Another editor refused it, or anything changed it (a confirmation, a request), since this editor looked.
    if (current.status !== org.status || current.version !== version) return { ok: false, reason: 'stale' } as const;
    await tx.$queryRaw`SELECT id FROM "Offer" WHERE "organisationId" = ${organisationId} FOR UPDATE`;
    if (await everOnline(tx, organisationId)) return { ok: false, reason: 'published' } as const;
    const offers = await tx.offer.findMany({
      where: { organisationId, status: { in: ['PROPOSAL', 'SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'] } },
      select: { id: true, status: true, version: true, content: true },
    });
    for (const offer of offers) {
      const step = { actor, from: offer.status, offerId: offer.id } as const;
      const done =
        offer.status === 'PROPOSAL'
          ? await transition(tx, 'deleteProposal', { ...step, audit: { registrationRejected: true } })
          : await transition(tx, 'reject', {
              ...step,
              where: { publishedAt: null },
              data: { sentVersion: null },
              event: { version: offer.version, content: offer.content as Prisma.InputJsonValue, comment: reason.text },
              audit: { registrationRejected: true },
            });
      if (!done.ok) throw new Error(`rejectRegistration: offer ${offer.id} changed under the lock`);
    }
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        status: 'REJECTED',
        rejectedAt: now,
        rejectedReason: reason.text,
        rejectedByName: actor.name,
        requestedPartnerType: null,
        partnerTypeRequestedAt: null,
        version: { increment: 1 },
      },
    });
    // With the links: a confirmation would make it CONFIRMED again, a reset lets nobody in.
    const { sessions } = await shutOut(tx, organisationId, now);
    await audit(tx, actor.id, 'partner.rejected', ['Organisation', organisationId], {
      by: actor.name,
      reasonId: reason.reasonId,
      reason: reason.text,
      offers: offers.length,
      sessions,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}

/** An earlier refused registration that a new one replaced, as the editors see it. */
export const previousRejectionSchema = z.object({ rejectedAt: z.iso.datetime(), reason: z.string(), byName: z.string() });
export type PreviousRejection = z.infer<typeof previousRejectionSchema>;

/** Organisation.previousRejection, parsed; null when there is none or it does not parse (logged). */
export function readPreviousRejection(org: { id: string; previousRejection: unknown }): PreviousRejection | null {
  if (org.previousRejection === null || org.previousRejection === undefined) return null;
  const parsed = previousRejectionSchema.safeParse(org.previousRejection);
  if (parsed.success) return parsed.data;
  console.error(`[rejection] organisation ${org.id}: Organisation.previousRejection does not parse: ${parsed.error.message}`);
  return null;
}

/**
 * Refused registrations that a new one with this KvK number, e-mail address or username replaces
 * (the person registers anew after fixing what was wrong), most recently refused first.
 */
export function refusedRegistrations(input: { kvkNumber: string; email: string; username: string }) {
  return prisma.organisation.findMany({
    where: {
      status: 'REJECTED',
      OR: [{ kvkNumber: input.kvkNumber }, { users: { some: { OR: [{ email: input.email }, { username: input.username }] } } }],
    },
    orderBy: { rejectedAt: 'desc' },
    select: { id: true, rejectedAt: true, rejectedReason: true, rejectedByName: true },
  });
}
export type RefusedRegistration = Awaited<ReturnType<typeof refusedRegistrations>>[number];

/**
 * Deletes a refused registration, in the registration's transaction: its people (their sessions and
 * links go with them), offers (with their history), invitations and notes. False when it is gone or
 * no longer refused (a registration at the same moment replaced it first).
 */
export async function deleteRefusedRegistration(tx: Tx, organisationId: string): Promise<boolean> {
  const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
  if (locked?.status !== 'REJECTED') return false;
  await tx.offer.deleteMany({ where: { organisationId } });
  await tx.user.deleteMany({ where: { organisationId } });
  await tx.organisation.delete({ where: { id: organisationId } });
  return true;
}
