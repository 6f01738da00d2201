import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import type { SessionUser } from '@/lib/accounts/service';
import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { rejectionText } from '@/lib/rejections/reasons';
import type { RejectionInput } from '@/lib/rejections/schema';
import ProposalRejected from '@/emails/ProposalRejected';
import { readOfferContent } from './content';
import { editorPath } from './review';
import { allows, transition } from './transitions';

// The editors refuse a discount proposal, or a change of an offer that is online, with a reason the
// partner reads in a mail and in the portal (issue 18, ADR 0026). A proposal that was never published
// is then final (REJECTED; the partner copies it into a new one, as after a retraction). A refused
// change leaves online what was there: the offer is PUBLISHED again with its published copy as the
// working copy. One transaction: the transition (status, history entry with the reason, audit) and
// the partner's mail; conditional on the version and status the editor saw, so an approval, a save
// or another editor's refusal in between makes this one "stale".

export type RejectRefusal = 'forbidden' | 'not-found' | 'stale' | 'not-rejectable' | 'reason-gone';
/** `path`: the editors' page of the offer. */
export type RejectResult = { ok: true; change: boolean; path: string } | { ok: false; reason: RejectRefusal };

type Rejectable = { kind: OfferKind; status: OfferStatus; publishedAt: Date | null };

/** Which refusal an offer can take: a never-published discount proposal's, a change under way's, or none. */
export function rejectionOf(offer: Rejectable): 'reject' | 'rejectChange' | null {
  if (offer.publishedAt) return allows('rejectChange', offer.status) ? 'rejectChange' : null;
  return offer.kind === 'DISCOUNT_ACTION' && allows('reject', offer.status) ? 'reject' : null;
}

/** The last refusal's reason in a newest-first history, for the pages that show it. */
export const lastRejection = <E extends { action: string }>(history: E[]) => history.find((e) => e.action === 'rejected') ?? null;

export async function rejectProposal(actor: SessionUser, offerId: string, version: number, input: RejectionInput): Promise<RejectResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findFirst({ where: { id: offerId, status: { not: 'PROPOSAL' } } });
  if (!offer) return { ok: false, reason: 'not-found' };
  const name = rejectionOf(offer);
  if (!name) return { ok: false, reason: 'not-rejectable' };
  // The mail and the history are built from this read, so it must be the version the editor saw.
  if (offer.version !== version) return { ok: false, reason: 'stale' };
  const reason = await rejectionText('PROPOSAL', input);
  if (!reason) return { ok: false, reason: 'reason-gone' };
  const content = readOfferContent(offer, offer.content, 'Offer.content');
  const change = name === 'rejectChange';
  const published = change ? readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent') : null;
  if (!content || (change && !published)) return { ok: false, reason: 'not-found' };
  const title = (published ?? content).title;
  const mails = await mailsToPartners(
    offer.organisationId,
    (s) => (change ? s.changeRejected(title) : s.proposalRejected(title)),
    ProposalRejected,
    {
      title,
      reason: reason.text,
      change,
      url: appUrl('/partner'),
    },
  );
  const audit = { version, reasonId: reason.reasonId, reason: reason.text };
  return prisma.$transaction(async (tx) => {
    const moved = change
      ? await transition(tx, 'rejectChange', {
          actor,
          from: offer.status,
          offerId,
          where: { version, publishedAt: { not: null } },
          // Back to what is online: the refused text stays in the history entry only.
          data: {
            content: offer.publishedContent as Prisma.InputJsonValue,
            photoId: offer.publishedPhotoId,
            sentVersion: null,
            version: { increment: 1 },
          },
          event: { version: version + 1, content: content as Prisma.InputJsonValue, comment: reason.text },
          audit,
        })
      : await transition(tx, 'reject', {
          actor,
          from: offer.status,
          offerId,
          where: { version, publishedAt: null },
          data: { sentVersion: null },
          event: { version, content: content as Prisma.InputJsonValue, comment: reason.text },
          audit,
        });
    if (!moved.ok) return moved;
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, change, path: editorPath(offer) } as const;
  });
}
