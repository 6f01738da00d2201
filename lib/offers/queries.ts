import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db';
import { toIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { readContent, readOfferContent, withContent } from './content';
import { diffContent, type FieldChange } from './diff';
import type { OfferContent } from './schema';
import { readEventAction, type OfferEventAction } from './transitions';
import { toOfferView, type OfferView } from './view';
import { photoSources } from '@/lib/photos/sources';
import { orgName } from '@/lib/partners/names';
import { locationsOf, type LocationView } from '@/lib/locations/queries';

const photoSelect = { select: { variants: true, width: true, height: true } } as const;

/** One discount action for the editor, with its organisation and photos; null when not found or unreadable (logged). */
export async function editorDiscountAction(offerId: string) {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, kind: 'DISCOUNT_ACTION', status: { not: 'PROPOSAL' } },
    include: {
      photo: photoSelect,
      organisation: {
        include: { photo: photoSelect, users: { where: { role: 'PARTNER' }, select: { name: true, email: true, phone: true } } },
      },
    },
  });
  const content = offer && readContent('discount', offer.content, { offerId: offer.id, column: 'Offer.content' });
  return offer && content ? { ...offer, content } : null;
}

/**
 * One entry of an offer's history. `proposal` is the number of the version the partner was asked
 * to approve ("Voorstel 1, 2, …"), on the sending and on the partner's answer to it; other entries
 * have none. The row's `version` (optimistic concurrency, raised by every autosave of the wizard)
 * means nothing to a person and is not shown.
 */
export type HistoryEntry = {
  id: string;
  action: OfferEventAction;
  actorName: string;
  comment: string | null;
  proposal: number | null;
  at: Date;
  changes: FieldChange[];
  /** An ended action's new last day (YYYY-MM-DD), read from the entry's content; null on other entries. */
  lastDay: string | null;
};

/** The last day an 'ended' entry set: its content is what the site showed from then on. Null (logged) when unreadable. */
function endedOn(e: { id: string; offerId: string; content: unknown }): string | null {
  const content = readContent('discount', e.content, { offerId: e.offerId, column: 'OfferEvent.content', eventId: e.id });
  return content?.discount.validUntil ?? null;
}

/**
 * The history of an offer, newest first, each save with the fields it changed. An entry whose
 * action is unknown is left out; one whose content cannot be read is shown without its changes
 * (both logged).
 */
export async function offerHistory(offerId: string): Promise<HistoryEntry[]> {
  const events = await prisma.offerEvent.findMany({
    where: { offerId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { offer: { select: { kind: true, organisationId: true } } },
  });
  // The partner's locations as they are now name the chosen ones.
  const locations = events.length ? await locationsOf(events[0].offer.organisationId) : [];
  let previous: OfferContent | null = null;
  // The partner answers the version it was sent: its number is that sending's.
  const proposalOfVersion = new Map<number, number>();
  const entries = events.flatMap((e) => {
    const action = readEventAction(e);
    if (!action) return [];
    let changes: FieldChange[] = [];
    // A submitted proposal is where the editors' changes start from; a proposed change of what is
    // online shows what the partner changed in it.
    if (action === 'saved' || action === 'submitted' || action === 'change-proposed') {
      const content = readOfferContent({ id: e.offerId, kind: e.offer.kind }, e.content, 'OfferEvent.content', e.id);
      if (content && action !== 'submitted') changes = diffContent(previous, content, locations);
      if (content) previous = content;
    }
    const lastDay = action === 'ended' ? endedOn(e) : null;
    if (action === 'sent') proposalOfVersion.set(e.version, proposalOfVersion.size + 1);
    const proposal =
      action === 'sent' || action === 'commented' || action === 'approved' ? (proposalOfVersion.get(e.version) ?? null) : null;
    return [{ id: e.id, action, actorName: e.actorName, comment: e.comment, proposal, at: e.createdAt, changes, lastDay }];
  });
  return entries.reverse();
}

/** The partner's latest comment while the editors have not sent a new proposal since (newest-first history). */
export function openPartnerComment(history: HistoryEntry[]): HistoryEntry | null {
  for (const entry of history) {
    if (entry.action === 'sent' || entry.action === 'approved') return null;
    if (entry.action === 'commented') return entry;
    // A change's note to the editors waits for an answer the same way.
    if (entry.action === 'change-proposed') return entry.comment ? entry : null;
  }
  return null;
}

/**
 * What an editor's offer page shows beside the form: the history (newest first) and the partner's
 * comment still to answer. Without an offer (a listing not written yet), none of either.
 */
export async function offerReview(offerId: string | null): Promise<{ history: HistoryEntry[]; comment: HistoryEntry | null }> {
  const history = offerId ? await offerHistory(offerId) : [];
  return { history, comment: openPartnerComment(history) };
}

/** The number of the proposal the partner is asked to approve now, if any. */
export function currentProposal(history: HistoryEntry[]): number | null {
  const latest = history.find((e) => e.action === 'sent' || e.action === 'commented' || e.action === 'approved' || e.action === 'saved');
  return latest?.action === 'sent' ? latest.proposal : null;
}

/**
 * One organisation for the editor, with its credit listing (draft content) and photo; null when
 * not found, or when its listing's content cannot be read (logged).
 */
export async function editorOrganisation(organisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    include: {
      photo: photoSelect,
      users: { where: { role: 'PARTNER' }, select: { name: true, email: true, phone: true } },
      offers: { where: { kind: 'CREDIT_LISTING' }, include: { photo: photoSelect } },
    },
  });
  if (!organisation) return null;
  const offers = organisation.offers.flatMap((o) => {
    const content = readContent('listing', o.content, { offerId: o.id, column: 'Offer.content' });
    return content ? [{ ...o, content }] : [];
  });
  // Without its listing the page would offer to write a new one, which the save refuses: not found instead.
  if (offers.length !== organisation.offers.length) return null;
  // Whether anything of it is online (its discount actions too): a requested change then waits for an approval.
  const onlineOffers = await prisma.offer.count({ where: { organisationId, publishedAt: { not: null } } });
  return { ...organisation, offers, onlineOffers };
}

type PhotoRow = { variants: unknown; width: number; height: number };

/** The photo the editor's form offers to keep: the offer's own, or else the organisation's. */
export function keepablePhoto(
  offer: { photoId: string | null; photo: PhotoRow | null } | null,
  organisation: { photoId: string | null; photo: PhotoRow | null },
) {
  const own = offer?.photoId && offer.photo ? { id: offer.photoId, row: offer.photo } : null;
  const theirs = organisation.photoId && organisation.photo ? { id: organisation.photoId, row: organisation.photo } : null;
  const photo = own ?? theirs;
  return photo ? { id: photo.id, sources: photoSources(photo.row) } : null;
}

/**
 * The draft as it would be published: the preview's data, same shape as the public page. A draft
 * that cannot be read is not found (logged): the page answers 404.
 */
export function draftView(
  offer: {
    id: string;
    kind: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
    content: unknown;
    photo: { variants: unknown; width: number; height: number } | null;
  },
  organisation: { displayName: string | null; legalName: string },
  locations: readonly LocationView[] = [],
  locale: Locale = 'nl',
): OfferView {
  const content = readOfferContent(offer, offer.content, 'Offer.content');
  if (!content) notFound();
  return toOfferView(offer.kind, content, orgName(organisation), offer.photo, locations, locale);
}

/** The partner's offers waiting for its approval (one whose content cannot be read is left out, logged). */
export async function pendingApprovals(organisationId: string) {
  const offers = await prisma.offer.findMany({
    where: { organisationId, status: 'AWAITING_PARTNER' },
    orderBy: { updatedAt: 'asc' },
    select: { id: true, kind: true, content: true, updatedAt: true },
  });
  return offers.flatMap((o) => {
    const content = readOfferContent(o, o.content, 'Offer.content');
    return content ? [{ ...o, content }] : [];
  });
}

/** The partner's offers and where they stand (one whose content cannot be read is left out, logged). */
export async function partnerOffers(organisationId: string) {
  const offers = await prisma.offer.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      slug: true,
      content: true,
      publishedContent: true,
      publishedAt: true,
      validFrom: true,
      validUntil: true,
      changeOfId: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  return offers.flatMap((o) => {
    const offer = withContent(o);
    const published = o.publishedContent === null ? null : readOfferContent(o, o.publishedContent, 'Offer.publishedContent');
    if (!offer || (o.publishedContent !== null && !published)) return [];
    return [{ ...offer, publishedContent: published }];
  });
}

/**
 * One offer of the partner's own organisation, its content read (a proposal's draft, or the
 * offer's content), or null: another organisation's is not found, nor one that cannot be read (logged).
 */
export async function partnerOffer(organisationId: string, offerId: string) {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, organisationId },
    include: { photo: photoSelect, organisation: { select: { displayName: true, legalName: true, category: true } } },
  });
  return offer && withContent(offer);
}

/** A discount action is shown up to and including its last day (in Dordrecht), then no more. */
export function isExpired(validUntil: Date | null, today = todayInDordrecht()): boolean {
  return validUntil !== null && toIsoDate(validUntil) < today;
}

/** What pass holders see: the published content only, never a draft. */
export async function publishedOffer(
  slug: string,
  today = todayInDordrecht(),
  locale: Locale = 'nl',
): Promise<(OfferView & { startsOn: string | null }) | null> {
  const offer = await prisma.offer.findUnique({
    where: { slug },
    include: { publishedPhoto: photoSelect, organisation: { select: { displayName: true, legalName: true, status: true } } },
  });
  if (!offer || !offer.publishedContent || !offer.publishedAt || isExpired(offer.validUntil, today)) return null;
  // A deactivated partner's offers keep their published content, but are not online (ADR 0028).
  if (offer.organisation.status === 'INACTIVE') return null;
  // Content that cannot be read is not shown: the page says the offer is not available (logged).
  const content = readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent');
  if (!content) return null;
  // The published period's first day (set on publication): an action that has not started yet says so.
  const start = offer.validFrom ? toIsoDate(offer.validFrom) : null;
  // The partner's locations as they are now, of which the published content names its own.
  const locations = await locationsOf(offer.organisationId);
  return {
    ...toOfferView(offer.kind, content, orgName(offer.organisation), offer.publishedPhoto, locations, locale),
    startsOn: start && start > today ? start : null,
  };
}
