import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { formatAddress } from '@/lib/i18n/format';
import { audit } from '@/lib/audit';
import { isOrgAdmin } from '@/lib/auth/roles';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors, mailsToPartners } from '@/lib/mail/recipients';
import { syncCatalogLocationsOf } from '@/lib/offers/catalog';
import { orgName } from '@/lib/partners/names';
import type { SessionUser } from '@/lib/accounts/service';
import type { LocationChangeKind } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import LocationChangeRequested from '@/emails/LocationChangeRequested';
import LocationChangeApplied from '@/emails/LocationChangeApplied';
import LocationChangeRejected from '@/emails/LocationChangeRejected';
import { formatPeriods, WEEKDAYS } from './hours';
import { locationSelect, toLocationView, type LocationView } from './queries';
import { proposedLocationSchema, type ProposedLocation } from './schema';

// More locations, and changes of them, go through the editors (issue 20, ADR 0037): the partner's
// beheerder proposes (a LocationChangeRequest: add, change or remove, the proposed location as
// JSON), the editors are mailed; an editor applies it — the Location is written, the offers' places
// in the catalog follow, the geocode job finds its coordinates — or refuses it with a reason the
// partner is mailed. The first location is the visiting address: its address changes only with the
// organisation's own change request (ADR 0025), and it is never removed.

/** Open proposals an organisation may have at once: plenty for a real partner, a bound for a script. */
export const MAX_OPEN_REQUESTS = 20;

export type Proposal =
  | { kind: 'ADD'; location: ProposedLocation }
  | { kind: 'CHANGE'; locationId: string; location: ProposedLocation }
  | { kind: 'REMOVE'; locationId: string };

export type ProposeResult =
  { ok: true; requestId: string } | { ok: false; reason: 'forbidden' | 'not-found' | 'unchanged' | 'first' | 'too-many' | 'inactive' };

const ADDRESS = ['street', 'houseNumber', 'addition', 'postcode', 'city'] as const;
const FIELDS = ['name', ...ADDRESS, 'phone', 'openingHours', 'hoursRemark'] as const;

/** A location's fields as a proposal holds them. */
const proposedOf = (l: LocationView): ProposedLocation => Object.fromEntries(FIELDS.map((f) => [f, l[f]])) as ProposedLocation;

const same = (a: ProposedLocation, b: ProposedLocation) => FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));
const moved = (a: Pick<ProposedLocation, 'postcode' | 'houseNumber' | 'addition'>, b: typeof a) =>
  a.postcode !== b.postcode || a.houseNumber !== b.houseNumber || a.addition !== b.addition;

/** The hours as lines: "Maandag: 09:00–17:00", "Dinsdag: Gesloten". */
export function hoursLines(location: Pick<ProposedLocation, 'openingHours'>): string[] {
  const t = nl.locations;
  if (!location.openingHours) return [t.noHours];
  const hours = location.openingHours;
  return WEEKDAYS.map((d) => `${t.days[d]}: ${hours[d].length ? formatPeriods(hours[d]) : t.closed}`);
}

/** A proposal as a person reads it, field by field: label, now, proposed ('' when there is no "now" or no "proposed"). */
export function describeLocationChange(before: ProposedLocation | null, after: ProposedLocation | null) {
  const t = nl.locations;
  const show = {
    name: (l: ProposedLocation) => l.name,
    address: (l: ProposedLocation) => formatAddress(l),
    phone: (l: ProposedLocation) => l.phone ?? '',
    hours: (l: ProposedLocation) => hoursLines(l).join('\n'),
    remark: (l: ProposedLocation) => l.hoursRemark,
  };
  const labels = { name: t.form.name, address: t.address, phone: t.phone, hours: t.hours, remark: t.remark };
  return (Object.keys(show) as (keyof typeof show)[]).flatMap((key) => {
    const was = before ? show[key](before) : '';
    const will = after ? show[key](after) : '';
    // A change lists what changes; an addition or removal lists everything it has.
    if (before && after && was === will) return [];
    if (!was && !will) return [];
    return [{ field: key, label: labels[key], before: was, after: will }];
  });
}

/** The beheerder's proposal: checked against the organisation's own locations; the editors are mailed. */
export async function proposeLocationChange(actor: SessionUser, proposal: Proposal, now = new Date()): Promise<ProposeResult> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const organisationId = actor.organisationId;
  const org = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, legalName: true, displayName: true, status: true },
  });
  if (!org) return { ok: false, reason: 'not-found' };
  if (org.status !== 'CONFIRMED') return { ok: false, reason: 'inactive' };
  let current: LocationView | null = null;
  if (proposal.kind !== 'ADD') {
    const row = await prisma.location.findFirst({ where: { id: proposal.locationId, organisationId }, select: locationSelect });
    if (!row) return { ok: false, reason: 'not-found' };
    current = toLocationView(row);
    if (proposal.kind === 'REMOVE' && current.position === 0) return { ok: false, reason: 'first' };
  }
  let proposed: ProposedLocation | null = null;
  if (proposal.kind !== 'REMOVE') {
    proposed = proposal.location;
    // The first location's address is the visiting address: it keeps it (that changes with ADR 0025's request).
    if (current?.position === 0) proposed = { ...proposed, ...Object.fromEntries(ADDRESS.map((f) => [f, current![f]])) };
    if (current && same(proposedOf(current), proposed)) return { ok: false, reason: 'unchanged' };
  }
  const name = orgName(org);
  const lines = describeLocationChange(current && proposedOf(current), proposed).map(
    (c) => `${c.label}: ${c.before && c.after ? `${c.before} → ${c.after}` : c.after || c.before}`,
  );
  const mails = await mailsToEditors((s) => s.locationRequested(name), LocationChangeRequested, {
    organisation: name,
    by: actor.name,
    what: proposal.kind,
    location: proposed?.name ?? current?.name ?? '',
    lines,
    url: appUrl(`/redactie/partners/${organisationId}`),
  });
  return prisma.$transaction(async (tx) => {
    // One at a time per organisation: the count below and the replacement hold under it.
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    // A new proposal for a location replaces the open one for it (as a new organisation change does).
    if (current) await tx.locationChangeRequest.deleteMany({ where: { organisationId, locationId: current.id, status: 'OPEN' } });
    if ((await tx.locationChangeRequest.count({ where: { organisationId, status: 'OPEN' } })) >= MAX_OPEN_REQUESTS)
      return { ok: false, reason: 'too-many' } as const;
    const request = await tx.locationChangeRequest.create({
      data: {
        organisationId,
        kind: proposal.kind,
        locationId: current?.id ?? null,
        proposed: proposed ?? Prisma.DbNull,
        requestedById: actor.id,
        requestedByName: actor.name,
        requestedAt: now,
      },
      select: { id: true },
    });
    await audit(tx, actor.id, 'location.change-requested', ['Organisation', organisationId], {
      requestId: request.id,
      kind: proposal.kind,
      locationId: current?.id ?? null,
      by: actor.name,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, requestId: request.id } as const;
  });
}

export type DecideResult =
  { ok: true; organisationId: string; geocode: boolean; slugs: string[] } | { ok: false; reason: 'forbidden' | 'gone' | 'location-gone' };

type OpenRequest = {
  id: string;
  organisationId: string;
  kind: LocationChangeKind;
  locationId: string | null;
  proposed: unknown;
  requestedAt: Date;
};

/** The open request, under its organisation's lock, in the caller's transaction; null when it is decided or gone. */
async function lockOpen(tx: Tx, requestId: string): Promise<OpenRequest | null> {
  const found = await tx.locationChangeRequest.findUnique({ where: { id: requestId }, select: { organisationId: true } });
  if (!found) return null;
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${found.organisationId} FOR UPDATE`;
  return tx.locationChangeRequest.findFirst({
    where: { id: requestId, status: 'OPEN' },
    select: { id: true, organisationId: true, kind: true, locationId: true, proposed: true, requestedAt: true },
  });
}

/** The stored proposal, or null when it does not parse (logged). */
function readProposed(request: Pick<OpenRequest, 'id' | 'proposed'>): ProposedLocation | null {
  const parsed = proposedLocationSchema.safeParse(request.proposed);
  if (parsed.success) return parsed.data;
  console.error(`[locations] request ${request.id}: LocationChangeRequest.proposed does not parse`);
  return null;
}

/** What a decision's mail to the partner says, read before the decision's transaction (an open request never changes). */
async function partnerMailProps(requestId: string) {
  const request = await prisma.locationChangeRequest.findFirst({
    where: { id: requestId, status: 'OPEN' },
    select: { id: true, organisationId: true, kind: true, proposed: true, location: { select: { name: true } } },
  });
  if (!request) return null;
  const proposed = request.kind === 'REMOVE' ? null : readProposed(request);
  return {
    organisationId: request.organisationId,
    props: {
      what: request.kind,
      location: proposed?.name ?? request.location?.name ?? '',
      url: appUrl('/partner/locaties'),
    },
  };
}

/** "Toepassen" by an editor: the location is added, changed or removed; the partner is mailed. */
export async function applyLocationRequest(actor: SessionUser, requestId: string, now = new Date()): Promise<DecideResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  const about = await partnerMailProps(requestId);
  if (!about) return { ok: false, reason: 'gone' };
  const mails = await mailsToPartners(about.organisationId, (s) => s.locationApplied, LocationChangeApplied, about.props);
  return prisma.$transaction(async (tx) => {
    const request = await lockOpen(tx, requestId);
    if (!request) return { ok: false, reason: 'gone' } as const;
    const { organisationId } = request;
    const proposed = request.kind === 'REMOVE' ? null : readProposed(request);
    if (request.kind !== 'REMOVE' && !proposed) return { ok: false, reason: 'gone' } as const;
    const current = request.locationId
      ? await tx.location.findFirst({ where: { id: request.locationId, organisationId }, select: locationSelect })
      : null;
    if (request.kind !== 'ADD' && !current) return { ok: false, reason: 'location-gone' } as const;
    let geocode = false;
    let createdLocationId: string | null = null;
    if (request.kind === 'ADD' && proposed) {
      const last = await tx.location.aggregate({ where: { organisationId }, _max: { position: true } });
      const created = await tx.location.create({
        data: {
          organisationId,
          position: (last._max.position ?? -1) + 1,
          ...proposed,
          openingHours: proposed.openingHours ?? Prisma.DbNull,
        },
        select: { id: true },
      });
      createdLocationId = created.id;
      geocode = true;
    } else if (request.kind === 'CHANGE' && proposed && current) {
      // The first location keeps the visiting address, also when that changed after the proposal.
      const data: ProposedLocation =
        current.position === 0 ? { ...proposed, ...Object.fromEntries(ADDRESS.map((f) => [f, current[f]])) } : proposed;
      geocode = moved(current, data);
      await tx.location.update({
        where: { id: current.id },
        data: {
          ...data,
          openingHours: data.openingHours ?? Prisma.DbNull,
          ...(geocode ? { latitude: null, longitude: null, geocodedAt: null } : {}),
        },
      });
    } else if (current) {
      // Its catalog places go with it (cascade); offers naming its id in their content simply no longer find it.
      await tx.location.delete({ where: { id: current.id } });
    }
    await tx.locationChangeRequest.update({
      where: { id: request.id },
      data: { status: 'APPLIED', decidedAt: now, decidedByName: actor.name, createdLocationId },
    });
    await syncCatalogLocationsOf(tx, organisationId);
    await audit(tx, actor.id, 'location.change-applied', ['Organisation', organisationId], {
      requestId: request.id,
      kind: request.kind,
      locationId: current?.id ?? createdLocationId,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    // The public pages that show the locations, to be refreshed.
    const online = await tx.offer.findMany({ where: { organisationId, catalogEntry: { isNot: null } }, select: { slug: true } });
    return { ok: true, organisationId, geocode, slugs: online.map((o) => o.slug) } as const;
  });
}

/** "Afwijzen" by an editor, with the reason the partner is mailed; nothing of the locations changes. */
export async function rejectLocationRequest(
  actor: SessionUser,
  requestId: string,
  reason: string,
  now = new Date(),
): Promise<DecideResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  const about = await partnerMailProps(requestId);
  if (!about) return { ok: false, reason: 'gone' };
  const mails = await mailsToPartners(about.organisationId, (s) => s.locationRejected, LocationChangeRejected, {
    ...about.props,
    reason,
  });
  return prisma.$transaction(async (tx) => {
    const request = await lockOpen(tx, requestId);
    if (!request) return { ok: false, reason: 'gone' } as const;
    await tx.locationChangeRequest.update({
      where: { id: request.id },
      data: { status: 'REJECTED', decidedAt: now, decidedByName: actor.name, reason },
    });
    await audit(tx, actor.id, 'location.change-rejected', ['Organisation', request.organisationId], {
      requestId: request.id,
      kind: request.kind,
      reason,
    });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, organisationId: request.organisationId, geocode: false, slugs: [] } as const;
  });
}
