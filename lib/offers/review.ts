import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors, mailsToPartners } from '@/lib/mail/recipients';
import { orgName } from '@/lib/partners/names';
import type { SessionUser } from '@/lib/accounts/service';
import { claimedPhoto } from '@/lib/photos/service';
import type { OfferKind } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import ApprovalRequested from '@/emails/ApprovalRequested';
import PartnerCommented from '@/emails/PartnerCommented';
import OfferPublished from '@/emails/OfferPublished';
import OfferWithdrawn from '@/emails/OfferWithdrawn';
import { contentFromForm, placeOf, type ListingForm, type OfferContent } from './schema';
import { locationsOf } from '@/lib/locations/queries';
import type { FieldErrors } from '@/lib/forms';
import { syncCatalogEntry } from './catalog';
import { applyRequestedChange } from '@/lib/partners/change-request';
import { readContent, readOfferContent } from './content';
import { transition } from './transitions';
import { isDiscountContent, type DiscountContent, type DiscountDetails } from '@/lib/discounts/content';

// The editorial loop, the same for every kind of offer: the editors' save and send, the partner's
// comment and approval, the withdrawal. Each function checks who may do it and reads the offer,
// refusing with a typed reason; the status change itself is one transition() (lib/offers/
// transitions.ts, the table of allowed transitions), which writes status, history entry and audit
// entry in the same transaction as the mail queued here. A content that cannot be read is refused
// as 'not-found' (logged by lib/offers/content.ts).

export type ReviewResult<T = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      reason: 'forbidden' | 'not-found' | 'stale' | 'claim' | 'not-waiting' | 'not-credit' | 'closed' | 'rejected' | 'inactive';
    };

const isEditor = (actor: SessionUser) => actor.role === 'EDITOR';
/** Where the editors work on an offer: a credit listing per partner, a discount action by itself. */
export const editorPath = (offer: { id: string; kind: OfferKind; organisationId: string }) =>
  offer.kind === 'DISCOUNT_ACTION' ? `/redactie/acties/${offer.id}` : `/redactie/partners/${offer.organisationId}`;

function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'aanbod'
  );
}

/** A free slug for a new offer. Runs in the caller's transaction, serialised per slug base. */
export async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const slug = slugify(base);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'offer-slug:' + slug}))`;
  const taken = new Set((await tx.offer.findMany({ where: { slug: { startsWith: slug } }, select: { slug: true } })).map((o) => o.slug));
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

type SaveTarget = { kind: 'CREDIT_LISTING'; organisationId: string } | { kind: 'DISCOUNT_ACTION'; offerId: string };
/** Refused on the place's fields: a location choice that does not hold, or (a partner without locations) the address. */
export type PlaceRefusal = { ok: false; reason: 'place'; errors: FieldErrors };
export type SaveResult = ReviewResult<{ offerId: string; version: number; sent: boolean }> | PlaceRefusal;

/**
 * The editor saves the credit listing of an organisation (created on the first save), and with
 * intent "send" asks the partner's approval of exactly this version.
 */
export function saveListing(actor: SessionUser, organisationId: string, form: ListingForm): Promise<SaveResult> {
  return saveOffer(actor, { kind: 'CREDIT_LISTING', organisationId }, form, (content) => content);
}

/** The editor rewrites a submitted discount action: the same save and send as a credit listing. */
export function saveDiscountAction(
  actor: SessionUser,
  offerId: string,
  form: ListingForm,
  discount: Omit<DiscountDetails, 'subject' | 'editorsInfo' | 'contactName'>,
): Promise<SaveResult> {
  return saveOffer(actor, { kind: 'DISCOUNT_ACTION', offerId }, form, (content, existing): DiscountContent | null => {
    const read = existing && readContent('discount', existing.content, { offerId: existing.id, column: 'Offer.content' });
    if (!read) return null;
    // What only the partner wrote (the subject, the note to the editors, the contact person) stays.
    const before = read.discount;
    return {
      ...content,
      discount: { ...discount, subject: before.subject, editorsInfo: before.editorsInfo, contactName: before.contactName },
    };
  });
}

async function saveOffer(
  actor: SessionUser,
  target: SaveTarget,
  form: ListingForm,
  /** The content to store, from the form's and the stored one's; null when the stored one cannot be read. */
  complete: (content: OfferContent, existing: { id: string; content: unknown } | null) => OfferContent | null,
): Promise<SaveResult> {
  if (!isEditor(actor)) return { ok: false, reason: 'forbidden' };
  const { kind } = target;
  const offerRow =
    target.kind === 'DISCOUNT_ACTION'
      ? await prisma.offer.findFirst({ where: { id: target.offerId, kind, status: { not: 'PROPOSAL' } }, select: { organisationId: true } })
      : null;
  const organisationId = target.kind === 'CREDIT_LISTING' ? target.organisationId : offerRow?.organisationId;
  if (!organisationId) return { ok: false, reason: 'not-found' };
  const organisation = await prisma.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation) return { ok: false, reason: 'not-found' };
  // A partner that ended the partnership (ADR 0024) gets nothing sent or published again.
  if (organisation.status === 'CLOSED') return { ok: false, reason: 'closed' };
  // Nor a refused registration (issue 18): nobody of it can log in to approve.
  if (organisation.status === 'REJECTED') return { ok: false, reason: 'rejected' };
  // A deactivated partner (ADR 0028) cannot log in to answer: the editors may save, not send.
  if (organisation.status === 'INACTIVE' && form.intent === 'send') return { ok: false, reason: 'inactive' };
  if (kind === 'CREDIT_LISTING' && organisation.partnerType === 'DISCOUNT') return { ok: false, reason: 'not-credit' };
  // Where it applies: among the partner's own locations only (issue 20).
  const placed = placeOf(form, await locationsOf(organisationId));
  if (!placed.ok) return { ok: false, reason: 'place', errors: placed.errors };
  const sendMails =
    form.intent === 'send'
      ? await mailsToPartners(organisationId, (s) => s.approval, ApprovalRequested, { title: form.title, url: appUrl('/partner') })
      : [];

  return prisma.$transaction(async (tx) => {
    // Lock the organisation: two editors saving its first listing at once are handled one by one
    // (the second then sees the listing and gets "stale"), instead of both creating one.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    // Closed while this save was on its way (closing takes the same lock).
    if (locked?.status === 'CLOSED') return { ok: false, reason: 'closed' } as const;
    if (locked?.status === 'REJECTED') return { ok: false, reason: 'rejected' } as const;
    if (locked?.status === 'INACTIVE' && form.intent === 'send') return { ok: false, reason: 'inactive' } as const;
    const existing =
      target.kind === 'CREDIT_LISTING'
        ? await tx.offer.findFirst({ where: { organisationId, kind } })
        : await tx.offer.findUnique({ where: { id: target.offerId } });
    // The photo: a new upload (by claim), or the one the offer or organisation already has.
    let photoId: string | null = null;
    if (form.photoId) {
      const photo = await claimedPhoto(tx, { id: form.photoId, claim: form.photoClaim });
      if (!photo) return { ok: false, reason: 'claim' } as const;
      photoId = photo.id;
    } else if (form.keepPhoto && [existing?.photoId, organisation.photoId].includes(form.keepPhoto)) {
      photoId = form.keepPhoto;
    }
    const content = complete(contentFromForm(form, photoId, placed.place), existing);
    if (!content) return { ok: false, reason: 'not-found' } as const;
    const send = form.intent === 'send';
    // Sending asks the partner to approve exactly this version; any other save lapses a request.
    const step = send ? 'send' : 'save';
    const version = existing ? form.version + 1 : 1;
    const written = { content, photoId, sentVersion: send ? version : null };
    const entries = { actor, event: { version, content }, audit: { version } };
    if (!existing && form.version !== 0) return { ok: false, reason: 'stale' } as const;
    const moved = existing
      ? await transition(tx, step, {
          ...entries,
          from: existing.status,
          offerId: existing.id,
          where: { version: form.version },
          data: { ...written, version: { increment: 1 } },
        })
      : await transition(tx, step, {
          ...entries,
          from: 'NONE',
          create: {
            ...written,
            kind,
            organisationId,
            slug: await uniqueSlug(tx, orgName(organisation)),
            version,
          },
        });
    if (!moved.ok) return moved;
    if (send) for (const mail of sendMails) await enqueueMail(tx, mail);
    return { ok: true, offerId: moved.offerId, version, sent: send } as const;
  });
}

/** The partner's own offer, waiting for exactly this version's approval. */
async function waitingOffer(actor: SessionUser, offerId: string, version: number) {
  const offer = await prisma.offer.findUnique({ where: { id: offerId }, include: { organisation: true } });
  // Another organisation's offer is "not found", so its existence is not revealed.
  if (!offer || actor.role !== 'PARTNER' || offer.organisationId !== actor.organisationId)
    return { ok: false, reason: 'not-found' } as const;
  if (offer.status !== 'AWAITING_PARTNER' || offer.sentVersion !== offer.version) return { ok: false, reason: 'not-waiting' } as const;
  if (offer.version !== version) return { ok: false, reason: 'stale' } as const;
  const content = readOfferContent(offer, offer.content, 'Offer.content');
  if (!content) return { ok: false, reason: 'not-found' } as const;
  return { ok: true, offer, content } as const;
}

/** "Ik ga nog niet akkoord en wil reageren op de inhoud": back to the editors with the partner's text. */
export async function commentOnOffer(actor: SessionUser, offerId: string, version: number, comment: string): Promise<ReviewResult> {
  const found = await waitingOffer(actor, offerId, version);
  if (!found.ok) return found;
  const { offer, content } = found;
  const organisation = orgName(offer.organisation);
  const mails = await mailsToEditors((s) => s.commented(organisation), PartnerCommented, {
    organisation,
    title: content.title,
    comment,
    url: appUrl(editorPath(offer)),
  });
  return prisma.$transaction(async (tx) => {
    const moved = await transition(tx, 'comment', {
      actor,
      from: offer.status,
      offerId,
      where: { version },
      data: { sentVersion: null },
      event: { version, content, comment },
      audit: { version },
    });
    if (!moved.ok) return moved;
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}

/** The period to publish; the "afgelopen" notice is sent again only for a new last day. */
function publishedPeriod(content: DiscountContent, previousUntil: Date | null) {
  const validUntil = new Date(content.discount.validUntil);
  const sameEnd = previousUntil?.getTime() === validUntil.getTime();
  return { validFrom: new Date(content.discount.validFrom), validUntil, ...(sameEnd ? {} : { expiryNoticeAt: null }) };
}

/** The partner approves exactly the version they saw: it is published at once (ADR 0007). */
export async function approveOffer(actor: SessionUser, offerId: string, version: number): Promise<ReviewResult<{ slug: string }>> {
  const found = await waitingOffer(actor, offerId, version);
  if (!found.ok) return found;
  const { offer, content } = found;
  const mails = await mailsToPartners(offer.organisationId, (s) => s.published, OfferPublished, {
    title: content.title,
    url: appUrl(`/aanbod/${offer.slug}`),
  });
  return prisma.$transaction(async (tx) => {
    const published = await transition(tx, 'approve', {
      actor,
      from: offer.status,
      offerId,
      where: { version, sentVersion: version },
      data: {
        publishedContent: content,
        publishedPhotoId: offer.photoId,
        // A change of what is online replaces it; it has been online since its first publication.
        publishedAt: offer.publishedAt ?? new Date(),
        sentVersion: null,
        // The published period: the public pages stop showing the action the day after it ends.
        ...(isDiscountContent(content) ? publishedPeriod(content, offer.validUntil) : {}),
      },
      event: { version, content },
      audit: { version },
    });
    if (!published.ok) return published;
    // The organisation's requested change of what pass holders see goes along (ADR 0025); its name
    // and place are on every catalog entry of the organisation.
    if (await applyRequestedChange(tx, offerId, offer.organisationId, actor.id)) {
      const online = await tx.offer.findMany({
        where: { organisationId: offer.organisationId, publishedAt: { not: null } },
        select: { id: true },
      });
      for (const o of online) await syncCatalogEntry(tx, o.id);
    } else {
      await syncCatalogEntry(tx, offerId);
    }
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, slug: offer.slug } as const;
  });
}

/** The editor takes a published offer off the site, with a reason the partner is told. */
export async function withdrawOffer(actor: SessionUser, offerId: string, reason: string): Promise<ReviewResult<{ slug: string }>> {
  if (!isEditor(actor)) return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findUnique({ where: { id: offerId } });
  if (!offer) return { ok: false, reason: 'not-found' };
  if (!offer.publishedContent || !offer.publishedAt) return { ok: false, reason: 'not-waiting' };
  // Withdrawing is the way to take anything off the site, so content that cannot be read (logged)
  // does not stop it: the mail then names the offer by its address, the history keeps the stored JSON.
  const stored = offer.publishedContent;
  const content = readOfferContent(offer, stored, 'Offer.publishedContent');
  const title = content?.title ?? offer.slug;
  const mails = await mailsToPartners(offer.organisationId, (s) => s.withdrawn, OfferWithdrawn, { title, reason });
  return prisma.$transaction(async (tx) => {
    const withdrawn = await transition(tx, 'withdraw', {
      actor,
      from: offer.status,
      offerId,
      where: { publishedAt: offer.publishedAt },
      data: { publishedContent: Prisma.DbNull, publishedPhotoId: null, publishedAt: null, sentVersion: null },
      event: { version: offer.version, content: content ?? stored, comment: reason },
      audit: { reason },
    });
    if (!withdrawn.ok) return withdrawn;
    await syncCatalogEntry(tx, offerId);
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, slug: offer.slug } as const;
  });
}
