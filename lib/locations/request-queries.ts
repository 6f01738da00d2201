import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import type { LocationChangeKind } from '@/lib/generated/prisma/enums';
import { orgName } from '@/lib/partners/names';
import { describeLocationChange } from './change-request';
import { locationsOf, type LocationView } from './queries';
import { proposedLocationSchema, type ProposedLocation } from './schema';

// Reading the proposals for locations (lib/locations/change-request.ts): the partner's own on its
// Locaties page, one organisation's for the editors' partner page, and every open one for their home.

/** Refused proposals stay on the partner's page this long, with the reason. */
const REFUSED_SHOWN_DAYS = 30;

export type LocationRequestView = {
  id: string;
  kind: LocationChangeKind;
  locationId: string | null;
  /** The location it is about as it is now (null for an addition, or when it is gone). */
  current: LocationView | null;
  proposed: ProposedLocation | null;
  changes: ReturnType<typeof describeLocationChange>;
  requestedAt: Date;
  requestedByName: string;
};

export type RefusedRequestView = {
  id: string;
  kind: LocationChangeKind;
  name: string;
  decidedAt: Date;
  decidedByName: string;
  reason: string;
};

const read = (json: unknown) => {
  const parsed = proposedLocationSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
};

/** An organisation's locations with its open proposals (and the recently refused ones). */
export async function locationsWithRequests(organisationId: string, now = new Date()) {
  const [locations, rows, refusedRows] = await Promise.all([
    locationsOf(organisationId),
    prisma.locationChangeRequest.findMany({
      where: { organisationId, status: 'OPEN' },
      select: { id: true, kind: true, locationId: true, proposed: true, requestedAt: true, requestedByName: true },
      orderBy: { requestedAt: 'asc' },
    }),
    prisma.locationChangeRequest.findMany({
      where: { organisationId, status: 'REJECTED', decidedAt: { gte: new Date(now.getTime() - REFUSED_SHOWN_DAYS * 86_400_000) } },
      select: {
        id: true,
        kind: true,
        proposed: true,
        decidedAt: true,
        decidedByName: true,
        reason: true,
        location: { select: { name: true } },
      },
      orderBy: { decidedAt: 'desc' },
    }),
  ]);
  const requests: LocationRequestView[] = rows.map((r) => {
    const current = locations.find((l) => l.id === r.locationId) ?? null;
    const proposed = r.kind === 'REMOVE' ? null : read(r.proposed);
    return { ...r, current, proposed, changes: describeLocationChange(current, proposed) };
  });
  const refused: RefusedRequestView[] = refusedRows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: read(r.proposed)?.name ?? r.location?.name ?? '',
    decidedAt: r.decidedAt ?? now,
    decidedByName: r.decidedByName ?? '',
    reason: r.reason ?? '',
  }));
  return { locations, requests, refused };
}

/** For the editors' partner page: the same, only for an editor (null otherwise). */
export async function editorLocations(actor: SessionUser, organisationId: string) {
  if (actor.role !== 'EDITOR') return null;
  return locationsWithRequests(organisationId);
}

/** For the editors' home: the organisations with open proposals, the longest waiting first; only for an editor. */
export async function openLocationRequests(actor: SessionUser) {
  if (actor.role !== 'EDITOR') return [];
  const rows = await prisma.locationChangeRequest.findMany({
    where: { status: 'OPEN', organisation: { status: 'CONFIRMED' } },
    select: { id: true, kind: true, requestedAt: true, organisation: { select: { id: true, legalName: true, displayName: true } } },
    orderBy: { requestedAt: 'asc' },
    take: 50,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    requestedAt: r.requestedAt,
    organisationId: r.organisation.id,
    organisation: orgName(r.organisation),
  }));
}
