import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { todayInDordrecht } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors } from '@/lib/mail/recipients';
import type { SessionUser } from '@/lib/accounts/service';
import type { OfferStatus } from '@/lib/generated/prisma/enums';
import type { FieldErrors } from '@/lib/forms';
import { claimedPhoto } from '@/lib/photos/service';
import { uniqueSlug } from '@/lib/offers/review';
import { readContent } from '@/lib/offers/content';
import { transition } from '@/lib/offers/transitions';
import { changeMails, mayProposeChange, writeChange } from '@/lib/offers/change';
import { orgName } from '@/lib/partners/names';
import { locationsOf } from '@/lib/locations/queries';
import ProposalSubmitted from '@/emails/ProposalSubmitted';
import ProposalRetracted from '@/emails/ProposalRetracted';
import type { DiscountContent, ProposalContent, ProposalDraft } from './content';
import { diffContent } from '@/lib/offers/diff';
import { keptTranslations } from '@/lib/offers/schema';
import { COPYABLE, editorsStarted, mayRetract, RETRACT_REASON_MIN } from './retract';
import { contentFromDraft, draftErrorsByStep, emptyDraft, mergeStep, renewalDraft, type StepSlug } from './draft';

// The partner's side of a discount action before the editors take over: a proposal whose draft is
// saved at every wizard step, valid or not (a closed tab loses nothing), and then submitted. After
// submission the offer follows the same review loop as a credit listing (lib/offers/review.ts). The
// status changes are transitions of lib/offers/transitions.ts; a draft that cannot be read is 'not-found'.

type Refusal =
  | 'forbidden'
  | 'not-found'
  | 'stale'
  | 'not-editable'
  | 'claim'
  | 'too-many'
  | 'not-retractable'
  | 'reason-needed'
  | 'not-changeable'
  | 'unchanged';

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

/**
 * The partner's own proposal (another organisation's is "not found"), still editable. Its draft is
 * read unless `draft: false` (a delete needs none, so a draft that cannot be read can still be thrown away).
 */
async function ownProposal(actor: SessionUser, offerId: string, version?: number, { draft: readDraft = true } = {}) {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' } as const;
  const offer = await prisma.offer.findFirst({ where: { id: offerId, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
  if (!offer) return { ok: false, reason: 'not-found' } as const;
  if (offer.status !== 'PROPOSAL') return { ok: false, reason: 'not-editable' } as const;
  // The write is built from this read, so the read must be the version the partner had.
  if (version !== undefined && offer.version !== version) return { ok: false, reason: 'stale' } as const;
  if (!readDraft) return { ok: true, org, offer, draft: {} } as const;
  const content = readContent('proposal', offer.content, { offerId: offer.id, column: 'Offer.content' });
  if (!content) return { ok: false, reason: 'not-found' } as const;
  return { ok: true, org, offer, draft: content.draft } as const;
}

/**
 * Starts a new proposal (the wizard's first screen), prefilled with the partner's photo, address
 * and contact — or, for a renewal, with an earlier action of the partner for its next period; or,
 * for a copy, with a proposal the partner retracted or the editors refused, as the editors last wrote it; or, for a change
 * ("Wijziging voorstellen"), with a published action as it is online (the change already begun, if any).
 */
export async function startProposal(
  actor: SessionUser,
  options: { renewalOf?: string; copyOf?: string; changeOf?: string } = {},
): Promise<ProposalResult<{ offerId: string; version: number }>> {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' };
  let changeOf: string | null = null;
  if (options.changeOf) {
    const begun = await prisma.offer.findFirst({
      where: { changeOfId: options.changeOf, organisationId: org.id, status: 'PROPOSAL' },
      select: { id: true, version: true },
    });
    if (begun) return { ok: true, offerId: begun.id, version: begun.version };
  }
  if ((await prisma.offer.count({ where: { organisationId: org.id, status: 'PROPOSAL' } })) >= MAX_DRAFTS)
    return { ok: false, reason: 'too-many' };
  let draft: ProposalDraft;
  let photoId: string | null = org.photoId;
  if (options.changeOf) {
    const online = await prisma.offer.findFirst({ where: { id: options.changeOf, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
    if (!online) return { ok: false, reason: 'not-found' };
    if (!mayProposeChange(online)) return { ok: false, reason: 'not-changeable' };
    const content = readContent('discount', online.publishedContent, { offerId: online.id, column: 'Offer.publishedContent' });
    if (!content) return { ok: false, reason: 'not-found' };
    draft = renewalDraft(content, todayInDordrecht(), { samePeriod: true });
    photoId = online.publishedPhotoId;
    changeOf = online.id;
  } else if (options.copyOf) {
    const old = await prisma.offer.findFirst({
      where: { id: options.copyOf, organisationId: org.id, kind: 'DISCOUNT_ACTION', status: { in: [...COPYABLE] } },
    });
    const content = old ? readContent('discount', old.content, { offerId: old.id, column: 'Offer.content' }) : null;
    if (!content) return { ok: false, reason: 'not-found' };
    draft = renewalDraft(content, todayInDordrecht(), { samePeriod: true });
    photoId = draft.photoId || null;
  } else if (options.renewalOf) {
    const old = await prisma.offer.findFirst({ where: { id: options.renewalOf, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
    // An action as published, or as last written when it is not online; a proposal is nothing to renew.
    const content = !old
      ? null
      : old.publishedContent !== null
        ? readContent('discount', old.publishedContent, { offerId: old.id, column: 'Offer.publishedContent' })
        : old.status === 'PROPOSAL'
          ? null
          : readContent('discount', old.content, { offerId: old.id, column: 'Offer.content' });
    if (!content) return { ok: false, reason: 'not-found' };
    draft = renewalDraft(content, todayInDordrecht());
    photoId = draft.photoId || null;
  } else {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, phone: true, email: true } });
    // Prefilled as people read it ("078 123 4567"); the contact step stores it normalised.
    draft = emptyDraft(org, { ...user, phone: formatPhone(user.phone) }, todayInDordrecht());
  }
  const content: ProposalContent = { title: draft.subject, draft };
  const version = 1;
  const started = await prisma.$transaction((tx) =>
    transition(tx, 'startProposal', {
      actor,
      from: 'NONE',
      // A proposal's address is not public; it gets a readable one when it is submitted.
      create: {
        kind: 'DISCOUNT_ACTION',
        organisationId: org.id,
        slug: `voorstel-${randomBytes(6).toString('hex')}`,
        content,
        photoId,
        version,
        changeOfId: changeOf,
      },
      // A copy or a change says what it started from; a new proposal or a renewal keeps the entry it always had.
      audit: {
        renewalOf: options.renewalOf ?? null,
        ...(options.copyOf ? { copyOf: options.copyOf } : {}),
        ...(changeOf ? { changeOf } : {}),
      },
    }),
  );
  return started.ok ? { ok: true, offerId: started.offerId, version } : started;
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
    const updated = await transition(tx, 'saveProposalStep', {
      actor,
      from: offer.status,
      offerId,
      where: { version },
      data: { content, photoId, version: { increment: 1 } },
    });
    if (!updated.ok) return updated;
    return { ok: true, version: version + 1, draft } as const;
  });
}

/** A proposal that has not been submitted can be thrown away. */
export async function deleteProposal(actor: SessionUser, offerId: string): Promise<ProposalResult> {
  const found = await ownProposal(actor, offerId, undefined, { draft: false });
  if (!found.ok) return found;
  const deleted = await prisma.$transaction((tx) =>
    transition(tx, 'deleteProposal', { actor, from: found.offer.status, offerId, audit: {} }),
  );
  return deleted.ok ? { ok: true } : deleted;
}

/** Submitted as a new proposal, or (`change`) as a change of the published action it was started from. */
export type SubmitResult =
  ProposalResult<{ change: boolean }> | { ok: false; reason: 'invalid'; errors: Partial<Record<StepSlug, FieldErrors>> };

/** "Aanvraag indienen": every step is checked again, then it goes to the editors (queue + mail). */
export async function submitProposal(actor: SessionUser, offerId: string, version: number): Promise<SubmitResult> {
  const found = await ownProposal(actor, offerId, version);
  if (!found.ok) return found;
  const { org, offer, draft } = found;
  if ((await prisma.offer.count({ where: { organisationId: org.id, status: 'SUBMITTED' } })) >= MAX_WAITING)
    return { ok: false, reason: 'too-many' };
  const today = todayInDordrecht();
  // Where it applies: among the partner's own locations only (issue 20).
  const locations = await locationsOf(org.id);
  const errors = draftErrorsByStep(draft, today, locations);
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };
  const content = contentFromDraft(draft, org.category, today, locations);
  const name = orgName(org);
  if (offer.changeOfId) return submitChange(actor, { ...offer, changeOfId: offer.changeOfId }, content, name, locations);
  const mails = await mailsToEditors((s) => s.proposal(name), ProposalSubmitted, {
    organisation: name,
    subject: content.discount.subject,
    url: appUrl(`/redactie/acties/${offerId}`),
  });
  return prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, `${name} ${content.discount.subject}`);
    const moved = await transition(tx, 'submitProposal', {
      actor,
      from: offer.status,
      offerId,
      where: { version },
      data: { content, slug, version: { increment: 1 } },
      event: { version: version + 1, content },
      audit: { version: version + 1 },
    });
    if (!moved.ok) return moved;
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, change: false } as const;
  });
}

/**
 * A change of a published action, submitted from the wizard: the action gets it as its working copy
 * and goes to the editors (lib/offers/change.ts), the wizard's proposal is merged away. An action that
 * is no longer online as it was (withdrawn, ended, or a change already under way) refuses it, and the
 * draft stays for the partner.
 */
async function submitChange(
  actor: SessionUser,
  proposal: { id: string; version: number; status: OfferStatus; photoId: string | null; changeOfId: string },
  content: DiscountContent,
  organisation: string,
  locations: Awaited<ReturnType<typeof locationsOf>>,
): Promise<SubmitResult> {
  const online = await prisma.offer.findFirst({ where: { id: proposal.changeOfId, organisationId: actor.organisationId! } });
  if (!online || !mayProposeChange(online)) return { ok: false, reason: 'not-changeable' };
  const published = readContent('discount', online.publishedContent, { offerId: online.id, column: 'Offer.publishedContent' });
  if (!published) return { ok: false, reason: 'not-found' };
  // What only the editors write (the category, the translations) stays as it is online; the note to
  // them is this change's own.
  const changed: DiscountContent = { ...content, category: published.category, ...keptTranslations(published) };
  if (diffContent(published, changed, locations).length === 0 && !content.discount.editorsInfo) return { ok: false, reason: 'unchanged' };
  const mails = await changeMails(online, organisation, published.title, content.discount.editorsInfo);
  return prisma
    .$transaction(async (tx) => {
      const merged = await transition(tx, 'mergeChange', {
        actor,
        from: proposal.status,
        offerId: proposal.id,
        where: { version: proposal.version },
      });
      if (!merged.ok) return merged;
      const written = await writeChange(tx, {
        actor,
        offer: online,
        content: changed,
        photoId: proposal.photoId,
        note: content.discount.editorsInfo,
        mails,
        audit: { proposal: proposal.id },
      });
      // Neither or both: a change that cannot be written leaves the proposal as it was.
      if (!written.ok) throw new StaleChange();
      return { ok: true, change: true } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof StaleChange) return { ok: false, reason: 'stale' } as const;
      throw error;
    });
}

/** Thrown inside submitChange's transaction to roll the merge back when the action changed meanwhile. */
class StaleChange extends Error {}

/**
 * "Voorstel intrekken": the partner takes back a submitted proposal that was never published. The
 * editors are told (mail and history, with the reason); the proposal is final and can be copied into
 * a new one (startProposal with copyOf).
 */
export async function retractProposal(actor: SessionUser, offerId: string, version: number, reason: string): Promise<ProposalResult> {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, organisationId: actor.organisationId, kind: 'DISCOUNT_ACTION' },
    include: { organisation: { select: { displayName: true, legalName: true } } },
  });
  if (!offer) return { ok: false, reason: 'not-found' };
  if (!mayRetract(offer)) return { ok: false, reason: 'not-retractable' };
  if (offer.version !== version) return { ok: false, reason: 'stale' };
  const started = editorsStarted(offer.status);
  const text = reason.trim();
  if (started && text.length < RETRACT_REASON_MIN) return { ok: false, reason: 'reason-needed' };
  const content = readContent('discount', offer.content, { offerId: offer.id, column: 'Offer.content' });
  if (!content) return { ok: false, reason: 'not-found' };
  const name = orgName(offer.organisation);
  const mails = await mailsToEditors((s) => s.proposalRetracted(name), ProposalRetracted, {
    organisation: name,
    subject: content.discount.subject,
    reason: text,
    url: appUrl(`/redactie/acties/${offerId}`),
  });
  return prisma.$transaction(async (tx) => {
    const retracted = await transition(tx, 'retract', {
      actor,
      from: offer.status,
      offerId,
      where: { version, publishedAt: null },
      data: { sentVersion: null },
      event: { version, content, ...(text ? { comment: text } : {}) },
      audit: { version, started },
    });
    if (!retracted.ok) return retracted;
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}
