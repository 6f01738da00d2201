import { z } from 'zod';
import { syncMainLocation } from '@/lib/locations/queries';
import { syncCatalogLocationsOf } from '@/lib/offers/catalog';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { audit } from '@/lib/audit';
import { isOrgAdmin } from '@/lib/auth/roles';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors } from '@/lib/mail/recipients';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/accounts/service';
import OrganisationChangeRequested from '@/emails/OrganisationChangeRequested';
import { categoryLabel } from './categories';
import { orgName } from './names';
import type { OrganisationChangeInput } from './schema';

// "Gegevens voor pashouders wijzigen" (issue 17, ADR 0025): what pass holders see of an organisation
// — the name on the website, the visiting address, the description, the category — is not changed
// by the partner directly: the beheerder's change waits on the organisation (requestedChange, only
// the changed fields) and the editors are told. An editor accepts the request they see (the form
// carries its changeRequestedAt, so a request replaced meanwhile is not accepted unseen). With
// nothing of the organisation online it is applied at once; otherwise it becomes real in the
// transaction that publishes the organisation's next offer the editors sent after accepting it
// (approveOffer calls applyRequestedChange), so it appears publicly only after a re-approval. The
// KvK number and the legal name are fixed (a new KvK number is a new partner).

/** The fields a request may hold, as stored; every one optional (only what changed). */
const FIELDS = [
  'displayName',
  'visitStreet',
  'visitHouseNumber',
  'visitAddition',
  'visitPostcode',
  'visitCity',
  'description',
  'category',
] as const;
type Field = (typeof FIELDS)[number];
const requestSchema = z.object(
  Object.fromEntries(FIELDS.map((f) => [f, z.string().optional()])) as Record<Field, z.ZodOptional<z.ZodString>>,
);
export type RequestedChange = Partial<Record<Field, string>>;

type OrganisationRow = Record<Field, string | null> & { id: string; requestedChange: unknown };

/** The request stored on the organisation, or null (an unreadable one is logged and treated as none). */
export function readRequestedChange(org: { id: string; requestedChange: unknown }): RequestedChange | null {
  if (org.requestedChange === null || org.requestedChange === undefined) return null;
  const parsed = requestSchema.safeParse(org.requestedChange);
  if (parsed.success) return parsed.data;
  console.error(`[change-request] organisation ${org.id}: Organisation.requestedChange does not parse`);
  return null;
}

const stored = (org: Pick<OrganisationRow, Field>, field: Field) => org[field] ?? '';

/** The change form's fields as the organisation has them now (what it starts with). */
export function publicValuesOf(org: Pick<OrganisationRow, Field>): Record<string, string> {
  return {
    showDisplayName: org.displayName ? 'on' : '',
    ...Object.fromEntries(FIELDS.map((field) => [field, stored(org, field)])),
  };
}

/** The request as a person reads it: label, now, requested. */
export function describeChange(org: OrganisationRow, change: RequestedChange) {
  const f = nl.registration.fields;
  const labels: Record<Field, string> = {
    displayName: f.displayName,
    visitStreet: f.street,
    visitHouseNumber: f.houseNumber,
    visitAddition: f.addition,
    visitPostcode: f.postcode,
    visitCity: f.city,
    description: f.description,
    category: f.category,
  };
  const show = (field: Field, value: string) => (field === 'category' ? categoryLabel(value) : value || nl.ownChange.empty);
  return FIELDS.flatMap((field) =>
    change[field] === undefined
      ? []
      : [{ field, label: labels[field], before: show(field, stored(org, field)), after: show(field, change[field]) }],
  );
}

export type ChangeRequestResult = { ok: true } | { ok: false; reason: 'forbidden' | 'stale' | 'unchanged' | 'not-found' };

/** The beheerder's request: only the fields that differ from what is stored; the editors are told. */
export async function requestOrganisationChange(
  actor: SessionUser,
  input: OrganisationChangeInput,
  now = new Date(),
): Promise<ChangeRequestResult> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const org = await prisma.organisation.findUnique({ where: { id: actor.organisationId } });
  if (!org) return { ok: false, reason: 'not-found' };
  if (org.version !== input.version) return { ok: false, reason: 'stale' };
  const change: RequestedChange = {};
  for (const field of FIELDS) if ((input[field] ?? '') !== stored(org, field)) change[field] = input[field] ?? '';
  if (Object.keys(change).length === 0) return { ok: false, reason: 'unchanged' };
  const name = orgName(org);
  const lines = describeChange(org, change).map((c) => `${c.label}: ${c.before} → ${c.after}`);
  const mails = await mailsToEditors((s) => s.organisationChange(name), OrganisationChangeRequested, {
    organisation: name,
    by: actor.name,
    lines,
    url: appUrl(`/redactie/partners/${org.id}`),
  });
  return prisma.$transaction(async (tx) => {
    const written = await tx.organisation.updateMany({
      where: { id: org.id, version: input.version },
      // A new request replaces an older one, and waits for an editor to accept it anew.
      data: {
        requestedChange: change,
        changeRequestedAt: now,
        changeRequestedBy: actor.name,
        changeAcceptedAt: null,
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) return { ok: false, reason: 'stale' } as const;
    await audit(tx, actor.id, 'partner.change-requested', ['Organisation', org.id], { change, by: actor.name });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}

/** Writes the request into the organisation, in the caller's transaction; false when there was none (any more). */
async function apply(tx: Tx, org: OrganisationRow & { changeRequestedAt: Date | null }, actorId: string, how: string): Promise<boolean> {
  const change = readRequestedChange(org);
  if (!change || !org.changeRequestedAt) return false;
  const data: Prisma.OrganisationUpdateManyMutationInput = {
    requestedChange: Prisma.DbNull,
    changeRequestedAt: null,
    changeRequestedBy: null,
    changeAcceptedAt: null,
  };
  for (const field of FIELDS) {
    const value = change[field];
    if (value === undefined) continue;
    if (field === 'displayName') data.displayName = value || null;
    else data[field] = value;
  }
  // Only the request that was read: a newer one waits for its own turn.
  const written = await tx.organisation.updateMany({
    where: { id: org.id, changeRequestedAt: org.changeRequestedAt },
    data: { ...data, version: { increment: 1 } },
  });
  if (written.count !== 1) return false;
  // The first location is the visiting address: it moves with it, and so do the offers' places in the catalog.
  if (Object.keys(change).some((f) => f.startsWith('visit'))) {
    await syncMainLocation(tx, org.id);
    await syncCatalogLocationsOf(tx, org.id);
  }
  await audit(tx, actorId, 'partner.change-applied', ['Organisation', org.id], { change, how });
  return true;
}

/**
 * In approveOffer's transaction: the organisation's accepted request becomes real with the approval
 * of an offer the editors sent after accepting it. Returns whether it did.
 */
export async function applyRequestedChange(tx: Tx, offerId: string, organisationId: string, actorId: string): Promise<boolean> {
  const org = await tx.organisation.findUnique({ where: { id: organisationId } });
  if (!org?.changeRequestedAt || !org.changeAcceptedAt) return false;
  const sentAfter = await tx.offerEvent.count({ where: { offerId, action: 'sent', createdAt: { gte: org.changeAcceptedAt } } });
  return sentAfter > 0 && apply(tx, org, actorId, `approved offer ${offerId}`);
}

export type AcceptChangeResult = { ok: true; applied: boolean } | { ok: false; reason: 'forbidden' | 'gone' };

/**
 * "Wijziging accepteren" by an editor, for the request they saw (`requestedAt`): applied at once when
 * nothing of the organisation is online, else it goes along with the next approval.
 */
export async function acceptChange(
  actor: SessionUser,
  organisationId: string,
  requestedAt: Date,
  now = new Date(),
): Promise<AcceptChangeResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const org = await tx.organisation.findUnique({ where: { id: organisationId } });
    // Another request came in after the page was loaded (or none is left): nothing accepted unseen.
    if (!org?.changeRequestedAt || org.changeRequestedAt.getTime() !== requestedAt.getTime()) return { ok: false, reason: 'gone' } as const;
    if ((await tx.offer.count({ where: { organisationId, publishedAt: { not: null } } })) === 0) {
      return (await apply(tx, org, actor.id, 'editor')) ? ({ ok: true, applied: true } as const) : ({ ok: false, reason: 'gone' } as const);
    }
    await tx.organisation.update({ where: { id: organisationId }, data: { changeAcceptedAt: now } });
    await audit(tx, actor.id, 'partner.change-accepted', ['Organisation', organisationId], { requestedAt: requestedAt.toISOString() });
    return { ok: true, applied: false } as const;
  });
}
