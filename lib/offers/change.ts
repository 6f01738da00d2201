import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { enqueueMail, type PreparedMail } from '@/lib/mail/outbox';
import { mailsToEditors } from '@/lib/mail/recipients';
import { orgName } from '@/lib/partners/names';
import type { SessionUser } from '@/lib/accounts/service';
import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProposalResult } from '@/lib/discounts/service';
import ChangeProposed from '@/emails/ChangeProposed';
import { readOfferContent } from './content';
import { diffContent } from './diff';
import { isExpired } from './queries';
import { editorPath, type PlaceRefusal } from './review';
import { contentFromForm, keptTranslations, placeOf, type ListingChange, type OfferContent } from './schema';
import { locationsOf } from '@/lib/locations/queries';
import { allows, transition } from './transitions';

// "Wijziging voorstellen" (issue 17, ADR 0021): the partner proposes a change to an offer that is
// online. The change becomes the offer's working content, status SUBMITTED, as a new proposal is;
// the editors rewrite it and ask approval as usual. Until the partner approves, the public pages
// keep showing the published content (they read Offer.publishedContent only); approving replaces it
// in one step (lib/offers/review.ts approveOffer: the page, the catalog entry and search together).
// A credit listing's change is one form (proposeListingChange); a discount action's is the wizard on
// a proposal of its own (Offer.changeOfId), merged into the action when submitted (lib/discounts/service.ts).

type ChangeRow = { kind: OfferKind; status: OfferStatus; publishedAt: Date | null; validUntil: Date | null };

/** Online, not ended, and no change under way: the rule Home shows and the services enforce. */
export function mayProposeChange(offer: ChangeRow, today?: string): boolean {
  return Boolean(offer.publishedAt) && !isExpired(offer.validUntil, today) && allows('proposeChange', offer.status);
}

/** Online while the editors and the partner work on a change (a new draft of a published offer). */
export const changeUnderWay = (offer: Pick<ChangeRow, 'status' | 'publishedAt'>) =>
  Boolean(offer.publishedAt) && offer.status !== 'PUBLISHED' && offer.status !== 'WITHDRAWN';

/** The editors' mails about a change, made before the transaction that queues them. */
export function changeMails(
  offer: { id: string; kind: OfferKind; organisationId: string },
  organisation: string,
  title: string,
  note: string,
) {
  return mailsToEditors((s) => s.changeProposed(organisation), ChangeProposed, {
    organisation,
    title,
    note,
    url: appUrl(editorPath(offer)),
  });
}

/**
 * The change itself, in the caller's transaction: the offer (read in status PUBLISHED, at `version`)
 * gets the new content as its working copy and goes to the editors; the published copy is untouched.
 */
export async function writeChange(
  tx: Tx,
  step: {
    actor: SessionUser;
    offer: { id: string; version: number; publishedAt: Date | null };
    content: OfferContent;
    photoId: string | null;
    note: string;
    mails: PreparedMail[];
    audit?: Prisma.InputJsonObject;
  },
) {
  const { actor, offer, content, note } = step;
  const version = offer.version + 1;
  const moved = await transition(tx, 'proposeChange', {
    actor,
    from: 'PUBLISHED',
    offerId: offer.id,
    where: { version: offer.version, publishedAt: offer.publishedAt },
    data: { content, photoId: step.photoId, sentVersion: null, version: { increment: 1 } },
    event: { version, content, ...(note ? { comment: note } : {}) },
    audit: { version, ...step.audit },
  });
  if (!moved.ok) return moved;
  for (const mail of step.mails) await enqueueMail(tx, mail);
  return { ok: true, version } as const;
}

/** The partner's own credit listing as it is online, for the change form; null when there is none to change. */
export async function changeableListing(actor: SessionUser, offerId: string) {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return null;
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, organisationId: actor.organisationId, kind: 'CREDIT_LISTING' },
    include: { organisation: { select: { displayName: true, legalName: true } } },
  });
  if (!offer || !mayProposeChange(offer)) return null;
  const published = readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent');
  return published ? { offer, published } : null;
}

/** "Wijziging indienen" of a credit listing: the form's fields as the new working copy, the note for the editors. */
export async function proposeListingChange(
  actor: SessionUser,
  form: ListingChange,
): Promise<ProposalResult<{ slug: string }> | PlaceRefusal> {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return { ok: false, reason: 'forbidden' };
  const own = await prisma.offer.findFirst({ where: { id: form.offerId, organisationId: actor.organisationId, kind: 'CREDIT_LISTING' } });
  if (!own) return { ok: false, reason: 'not-found' };
  const found = await changeableListing(actor, form.offerId);
  if (!found) return { ok: false, reason: 'not-changeable' };
  const { offer, published } = found;
  if (offer.version !== form.version) return { ok: false, reason: 'stale' };
  // Where it applies: among the partner's own locations only (issue 20).
  const locations = await locationsOf(actor.organisationId);
  const placed = placeOf(form, locations);
  if (!placed.ok) return { ok: false, reason: 'place', errors: placed.errors };
  // The photo is not part of the form: the listing keeps the one that is online.
  // The translations are the editors' (issue 21): they stay as they are online, for the editors to revise.
  const content = { ...contentFromForm(form, published.photoId, placed.place), ...keptTranslations(published) };
  if (diffContent(published, content, locations).length === 0) return { ok: false, reason: 'unchanged' };
  const mails = await changeMails(offer, orgName(offer.organisation), published.title, form.note);
  const written = await prisma.$transaction((tx) =>
    writeChange(tx, { actor, offer, content, photoId: offer.publishedPhotoId, note: form.note, mails }),
  );
  return written.ok ? { ok: true, slug: offer.slug } : written;
}

/** The title online of the partner's own offer (what a change in the wizard changes), or null. */
export async function onlineTitle(organisationId: string, offerId: string): Promise<string | null> {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, organisationId },
    select: { id: true, kind: true, publishedContent: true },
  });
  if (!offer || offer.publishedContent === null) return null;
  return readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent')?.title ?? null;
}

/** An offer's status as the editors read it: a submitted change of what is online is "Wijziging voorgesteld". */
export function statusLabel(offer: { status: OfferStatus; publishedAt: Date | null }): string {
  return offer.status === 'SUBMITTED' && offer.publishedAt ? nl.offer.change.queueStatus : nl.offer.statuses[offer.status];
}
