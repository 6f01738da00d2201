import { prisma } from '@/lib/db';
import { COPYABLE, editorsStarted, mayRetract } from '@/lib/discounts/retract';
import { endRange, mayEnd } from '@/lib/discounts/end';
import { STEP_SLUGS, resumeStep } from '@/lib/discounts/draft';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { isExpired, partnerOffers, pendingApprovals } from '@/lib/offers/queries';
import { changeUnderWay, mayProposeChange } from '@/lib/offers/change';
import { publicValuesOf } from './change-request';
import { photoSources } from '@/lib/photos/sources';
import { categoryLabel } from './categories';
import { orgName } from './names';

/** The partner's own organisation and contact person, for the partner's Home. */
export function getPartnerHome(organisationId: string, userId: string) {
  return prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      legalName: true,
      displayName: true,
      kvkNumber: true,
      visitStreet: true,
      visitHouseNumber: true,
      visitAddition: true,
      visitPostcode: true,
      visitCity: true,
      postalStreet: true,
      postalHouseNumber: true,
      postalAddition: true,
      postalPostcode: true,
      postalCity: true,
      description: true,
      partnerType: true,
      requestedPartnerType: true,
      partnerTypeRequestedAt: true,
      changeRequestedAt: true,
      changeRequestedBy: true,
      category: true,
      status: true,
      version: true,
      photo: { select: { variants: true, width: true, height: true } },
      users: {
        where: { id: userId },
        select: {
          name: true,
          email: true,
          phone: true,
          username: true,
          locale: true,
          // An e-mail change waiting for its link to be pressed (lib/accounts/own-account.ts).
          tokens: {
            where: { purpose: 'CHANGE_EMAIL', usedAt: null, expiresAt: { gt: new Date() }, email: { not: null } },
            select: { email: true, expiresAt: true },
            take: 1,
          },
        },
      },
    },
  });
}

/** The editors' reason of each refused offer (its last 'rejected' history entry), by offer id. */
async function rejectionReasonsOf(offerIds: string[]): Promise<Map<string, { reason: string; at: Date }>> {
  if (!offerIds.length) return new Map();
  const events = await prisma.offerEvent.findMany({
    where: { offerId: { in: offerIds }, action: 'rejected' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { offerId: true, comment: true, createdAt: true },
  });
  // Oldest first, so the last one per offer stays.
  return new Map(events.map((e) => [e.offerId, { reason: e.comment ?? '', at: e.createdAt }]));
}

/** "Street 12 A, 3311 AB Dordrecht", or null without a street. */
function addressLine(street: string | null, no: string | null, add: string | null, pc: string | null, city: string | null) {
  return street ? `${street} ${no ?? ''}${add ? ` ${add}` : ''}, ${pc ?? ''} ${city ?? ''}` : null;
}

/**
 * The partner's Home as its sections show it: the organisation and contact person, the offers
 * waiting for approval (by kind), the discount proposals being written (with the step to resume
 * at) and the submitted offers. Null when the organisation or the user is not found.
 */
export async function partnerHome(organisationId: string, userId: string) {
  const [org, pending, offers] = await Promise.all([
    getPartnerHome(organisationId, userId),
    pendingApprovals(organisationId),
    partnerOffers(organisationId),
  ]);
  const user = org?.users[0];
  if (!org || !user) return null;
  const { tokens, ...contact } = user;
  const change = tokens[0];
  const me = { ...contact, pendingEmail: change?.email ? { email: change.email, until: change.expiresAt } : null };
  const mayPropose = org.partnerType !== 'CREDIT';
  const approvals = (['CREDIT_LISTING', 'DISCOUNT_ACTION'] as const).flatMap((kind) => {
    const waiting = pending.filter((o) => o.kind === kind).map((o) => ({ id: o.id, kind: o.kind, title: o.content.title }));
    return waiting.length ? [{ kind, offers: waiting }] : [];
  });
  const titles = new Map(offers.map((o) => [o.id, (o.publishedContent ?? o.content).title]));
  const changesBegun = new Set(offers.flatMap((o) => (o.status === 'PROPOSAL' && o.changeOfId ? [o.changeOfId] : [])));
  const drafts = offers.flatMap((o) => {
    if (o.status !== 'PROPOSAL') return [];
    const { draft } = o.content;
    // Resume at the first step that is not done yet, or at the summary.
    const resumeAt = resumeStep(draft);
    return [
      {
        id: o.id,
        subject: draft.subject,
        // A change of a published action is named by what it changes.
        changeOf: o.changeOfId ? (titles.get(o.changeOfId) ?? null) : null,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        resumeAt,
        stepNumber: STEP_SLUGS.indexOf(resumeAt) + 1,
      },
    ];
  });
  const today = todayInDordrecht();
  const rejections = await rejectionReasonsOf(offers.filter((o) => o.status === 'REJECTED').map((o) => o.id));
  const submitted = offers.flatMap((o) => {
    if (o.status === 'PROPOSAL') return [];
    const ending = endRange(o, today);
    const expired = o.kind === 'DISCOUNT_ACTION' && Boolean(o.publishedAt) && isExpired(o.validUntil);
    return [
      {
        id: o.id,
        kind: o.kind,
        status: o.status,
        slug: o.slug,
        title: (o.publishedContent ?? o.content).title,
        publishedAt: o.publishedAt,
        validUntil: o.validUntil,
        expired,
        // A published discount action can be proposed again for a next period.
        renewable: o.kind === 'DISCOUNT_ACTION' && Boolean(o.publishedAt) && mayPropose,
        version: o.version,
        // A proposal that was never online can be taken back; once the editors started on it, with a reason.
        retractable: mayRetract(o),
        editorsStarted: editorsStarted(o.status),
        // A retracted or refused proposal is final; the partner goes on with a copy.
        copyable: (COPYABLE as readonly string[]).includes(o.status) && mayPropose,
        // Why the editors refused it (issue 18): the reason they gave, as the partner reads it.
        rejection: o.status === 'REJECTED' ? (rejections.get(o.id) ?? null) : null,
        // What is online can be changed through the editors (an action in the wizard, so by a partner who may propose).
        changeable: mayProposeChange(o) && (o.kind === 'CREDIT_LISTING' || mayPropose),
        changeBegun: changesBegun.has(o.id),
        // Online while a change is with the editors or waits for the partner's approval.
        changeStatus: changeUnderWay(o) ? (nl.offer.change.statuses[o.status] ?? null) : null,
        // A published action that is still running can be ended early, on a day of this range.
        endable: mayEnd(o, today),
        endMin: ending?.min ?? null,
        endMax: ending?.max ?? null,
      },
    ];
  });
  // Label, value and a note under it.
  const rows: [string, string | null, string?][] = [
    [nl.registration.fields.legalName, org.legalName],
    [nl.registration.fields.displayName, org.displayName],
    [nl.registration.fields.kvkNumber, org.kvkNumber, nl.ownData.kvkFixed],
    [
      nl.registration.fields.visitAddress,
      addressLine(org.visitStreet, org.visitHouseNumber, org.visitAddition, org.visitPostcode, org.visitCity),
    ],
    [
      nl.registration.fields.postalAddress,
      // No postal address of its own (as registered without one): the post goes to the visiting address.
      addressLine(org.postalStreet, org.postalHouseNumber, org.postalAddition, org.postalPostcode, org.postalCity) ??
        nl.ownData.postal.sameAsVisit,
    ],
    [nl.registration.sections.type.replace(/^\d\. /, ''), nl.partnerTypeShort[org.partnerType]],
    [nl.registration.fields.category, categoryLabel(org.category)],
  ];
  return {
    organisation: {
      name: orgName(org),
      partnerType: org.partnerType,
      partnerTypeRequestedAt: org.partnerTypeRequestedAt,
      category: org.category,
      description: org.description,
      version: org.version,
      photo: org.photo ? photoSources(org.photo) : null,
      // What pass holders see, as the change form starts with it; and a change waiting at the editors.
      publicValues: publicValuesOf(org),
      changeRequested: org.changeRequestedAt ? { at: org.changeRequestedAt, by: org.changeRequestedBy ?? '' } : null,
      // The filled-in ones only, in this order.
      rows: rows.flatMap(([label, value, note]) => (value ? [{ label, value, note }] : [])),
      // What the beheerder's postal address form starts with, as the form names its fields.
      postal: {
        differentPostalAddress: org.postalStreet ? 'on' : '',
        postalStreet: org.postalStreet ?? '',
        postalHouseNumber: org.postalHouseNumber ?? '',
        postalAddition: org.postalAddition ?? '',
        postalPostcode: org.postalPostcode ?? '',
        postalCity: org.postalCity ?? '',
      },
    },
    me,
    mayPropose,
    approvals,
    drafts,
    submitted,
  };
}

export type PartnerHome = NonNullable<Awaited<ReturnType<typeof partnerHome>>>;
export type HomeOrganisation = PartnerHome['organisation'];
export type HomeContact = PartnerHome['me'];
export type HomeApprovals = PartnerHome['approvals'][number];
export type HomeDraft = PartnerHome['drafts'][number];
export type HomeOffer = PartnerHome['submitted'][number];

/** Registrations whose e-mail address is not confirmed yet, newest first (the editors' home). */
export function listUnconfirmedRegistrations() {
  return prisma.organisation.findMany({
    where: { status: 'REGISTERED' },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, legalName: true, displayName: true, partnerType: true, category: true, status: true, createdAt: true },
  });
}

/** The partners waiting for an editor's answer to such a request, oldest first. */
export function partnerTypeRequests() {
  return prisma.organisation.findMany({
    where: { requestedPartnerType: { not: null } },
    orderBy: { partnerTypeRequestedAt: 'asc' },
    select: { id: true, legalName: true, displayName: true, partnerType: true, requestedPartnerType: true, partnerTypeRequestedAt: true },
  });
}

/** Partners that ended the partnership (ADR 0024), most recent first: the editors' home lists them apart from the work queue. */
export function closedPartners() {
  return prisma.organisation.findMany({
    where: { status: 'CLOSED' },
    orderBy: { closedAt: 'desc' },
    take: 50,
    select: { id: true, legalName: true, displayName: true, closedAt: true },
  });
}
