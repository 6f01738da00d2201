import { createElement } from 'react';
import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { audit } from '@/lib/audit';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import type { SessionUser } from '@/lib/accounts/service';
import type { FieldErrors } from '@/lib/forms';
import { claimedPhoto } from '@/lib/photos/service';
import { uniqueSlug } from '@/lib/offers/review';
import { orgName } from '@/lib/partners/names';
import ProposalSubmitted from '@/emails/ProposalSubmitted';
import { isDiscountContent, type ProposalContent, type ProposalDraft } from './content';
import { contentFromDraft, draftErrorsByStep, emptyDraft, mergeStep, renewalDraft, type StepSlug } from './draft';

// The partner's side of a discount action before the editors take over: a proposal whose draft is
// saved at every wizard step, valid or not (a closed tab loses nothing), and then submitted. After
// submission the offer follows the same review loop as a credit listing (lib/offers/review.ts).

type Refusal = 'forbidden' | 'not-found' | 'stale' | 'not-editable' | 'claim' | 'too-many';

/** Far more than a real partner needs; stops a script from filling the database and the editors' queue and mailboxes. */
export const MAX_DRAFTS = 10;
export const MAX_WAITING = 10;
export type ProposalResult<T = object> = ({ ok: true } & T) | { ok: false; reason: Refusal };

/** May this user propose discount actions? Only partners of type korting or beide. */
async function proposingOrganisation(actor: SessionUser) {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return null;
  const org = await prisma.organisation.findUnique({ where: { id: actor.organisationId } });
  return org && org.partnerType !== 'CREDIT' ? org : null;
}

export async function mayPropose(actor: SessionUser): Promise<boolean> {
  return Boolean(await proposingOrganisation(actor));
}

/** The partner's own proposal (another organisation's is "not found"), still editable. */
async function ownProposal(actor: SessionUser, offerId: string, version?: number) {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' } as const;
  const offer = await prisma.offer.findFirst({ where: { id: offerId, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
  if (!offer) return { ok: false, reason: 'not-found' } as const;
  if (offer.status !== 'PROPOSAL') return { ok: false, reason: 'not-editable' } as const;
  // The write is built from this read, so the read must be the version the partner had.
  if (version !== undefined && offer.version !== version) return { ok: false, reason: 'stale' } as const;
  return { ok: true, org, offer, draft: (offer.content as ProposalContent).draft } as const;
}

/**
 * Starts a new proposal (the wizard's first screen), prefilled with the partner's photo, address
 * and contact — or, for a renewal, with an earlier action of the partner for its next period.
 */
export async function startProposal(
  actor: SessionUser,
  options: { renewalOf?: string } = {},
): Promise<ProposalResult<{ offerId: string; version: number }>> {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' };
  if ((await prisma.offer.count({ where: { organisationId: org.id, status: 'PROPOSAL' } })) >= MAX_DRAFTS)
    return { ok: false, reason: 'too-many' };
  let draft: ProposalDraft;
  let photoId: string | null = org.photoId;
  if (options.renewalOf) {
    const old = await prisma.offer.findFirst({ where: { id: options.renewalOf, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
    const content = old?.publishedContent ?? old?.content;
    if (!old || !isDiscountContent(content)) return { ok: false, reason: 'not-found' };
    draft = renewalDraft(content, todayInDordrecht());
    photoId = draft.photoId || null;
  } else {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, phone: true, email: true } });
    // Prefilled as people read it ("078 123 4567"); the contact step stores it normalised.
    draft = emptyDraft(org, { ...user, phone: formatPhone(user.phone) }, todayInDordrecht());
  }
  const content: ProposalContent = { title: draft.subject, draft };
  const offer = await prisma.$transaction(async (tx) => {
    // A proposal's address is not public; it gets a readable one when it is submitted.
    const created = await tx.offer.create({
      data: {
        kind: 'DISCOUNT_ACTION',
        organisationId: org.id,
        status: 'PROPOSAL',
        slug: `voorstel-${randomBytes(6).toString('hex')}`,
        content,
        photoId,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.proposal-started',
      entityType: 'Offer',
      entityId: created.id,
      data: { renewalOf: options.renewalOf ?? null },
    });
    return created;
  });
  return { ok: true, offerId: offer.id, version: offer.version };
}

/**
 * Saves one wizard step as typed, valid or not: the step's rules are shown, not enforced, until the
 * proposal is submitted. A new photo is attached only with its claim.
 */
export async function saveProposalStep(
  actor: SessionUser,
  offerId: string,
  version: number,
  step: StepSlug,
  values: Record<string, string>,
): Promise<ProposalResult<{ version: number; draft: ProposalDraft }>> {
  const found = await ownProposal(actor, offerId, version);
  if (!found.ok) return found;
  const { org, offer } = found;
  let draft = mergeStep(found.draft, step, values);
  return prisma.$transaction(async (tx) => {
    let photoId = offer.photoId;
    if (step === 'foto') {
      if (values.photoId && values.photoId === offer.photoId) {
        // Saved before (an automatic save of this step): already attached to this proposal.
      } else if (values.photoId) {
        const photo = await claimedPhoto(tx, { id: values.photoId, claim: values.photoClaim ?? '' });
        if (!photo) return { ok: false, reason: 'claim' } as const;
        photoId = photo.id;
      } else {
        // Keep the proposal's photo or the organisation's, or none.
        photoId = values.keepPhoto && [offer.photoId, org.photoId].includes(values.keepPhoto) ? values.keepPhoto : null;
      }
      draft = { ...draft, photoId: photoId ?? '' };
    }
    const content: ProposalContent = { title: draft.subject, draft };
    const updated = await tx.offer.updateMany({
      where: { id: offerId, version, status: 'PROPOSAL' },
      data: { content, photoId, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false, reason: 'stale' } as const;
    return { ok: true, version: version + 1, draft } as const;
  });
}

/** A proposal that has not been submitted can be thrown away. */
export async function deleteProposal(actor: SessionUser, offerId: string): Promise<ProposalResult> {
  const found = await ownProposal(actor, offerId);
  if (!found.ok) return found;
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.offer.deleteMany({ where: { id: offerId, status: 'PROPOSAL' } });
    if (deleted.count !== 1) return { ok: false, reason: 'stale' } as const;
    await audit(tx, { actorId: actor.id, action: 'offer.proposal-deleted', entityType: 'Offer', entityId: offerId, data: {} });
    return { ok: true } as const;
  });
}

export type SubmitResult = ProposalResult | { ok: false; reason: 'invalid'; errors: Partial<Record<StepSlug, FieldErrors>> };

/** "Aanvraag indienen": every step is checked again, then it goes to the editors (queue + mail). */
export async function submitProposal(actor: SessionUser, offerId: string, version: number): Promise<SubmitResult> {
  const found = await ownProposal(actor, offerId, version);
  if (!found.ok) return found;
  const { org, draft } = found;
  if ((await prisma.offer.count({ where: { organisationId: org.id, status: 'SUBMITTED' } })) >= MAX_WAITING)
    return { ok: false, reason: 'too-many' };
  const today = todayInDordrecht();
  const errors = draftErrorsByStep(draft, today);
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };
  const content = contentFromDraft(draft, org.category, today);
  const name = orgName(org);
  const editors = await prisma.user.findMany({ where: { role: 'EDITOR' }, select: { name: true, email: true } });
  const mails = await Promise.all(
    editors.map((u) =>
      prepareMail(
        u.email,
        nl.mail.proposalSubject(name),
        createElement(ProposalSubmitted, {
          name: u.name,
          organisation: name,
          subject: content.discount.subject,
          url: appUrl(`/redactie/acties/${offerId}`),
        }),
      ),
    ),
  );
  return prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, `${name} ${content.discount.subject}`);
    const moved = await tx.offer.updateMany({
      where: { id: offerId, version, status: 'PROPOSAL' },
      data: { status: 'SUBMITTED', content, slug, version: { increment: 1 } },
    });
    if (moved.count !== 1) return { ok: false, reason: 'stale' } as const;
    await tx.offerEvent.create({
      data: { offerId, actorId: actor.id, actorName: actor.name, action: 'submitted', version: version + 1, content },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'offer.submitted',
      entityType: 'Offer',
      entityId: offerId,
      data: { version: version + 1 },
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}
