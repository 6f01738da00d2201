import { prisma } from '@/lib/db';
import { audit } from '@/lib/audit';
import type { SessionUser } from '@/lib/accounts/service';
import type { RejectionKind } from '@/lib/generated/prisma/enums';
import type { RejectionInput } from './schema';

// The editors' list of refusal reasons (issue 18, ADR 0026): per kind (a registration, a discount
// proposal), in the editors' order; an archived reason is no longer offered. A refusal copies the
// text it was given, so changing or archiving a reason never changes what a partner was told.
// Editor-only in every function here, not only in the page.

export type ReasonRow = { id: string; kind: RejectionKind; text: string; position: number };
export type ReasonResult = { ok: true } | { ok: false; reason: 'forbidden' | 'gone' | 'stale' };

const isEditor = (actor: SessionUser) => actor.role === 'EDITOR';
const active = (kind: RejectionKind) => ({ kind, archivedAt: null });
const order = [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] as const;
const select = { id: true, kind: true, text: true, position: true } as const;

/** The reasons an editor can pick for this kind, in order; null for anyone but an editor. */
export async function rejectionReasons(actor: SessionUser, kind: RejectionKind): Promise<ReasonRow[] | null> {
  if (!isEditor(actor)) return null;
  return prisma.rejectionReason.findMany({ where: active(kind), orderBy: [...order], select });
}

/** Both lists, for /redactie/redenen; null for anyone but an editor. */
export async function allRejectionReasons(actor: SessionUser): Promise<Record<RejectionKind, ReasonRow[]> | null> {
  const [registration, proposal] = await Promise.all([rejectionReasons(actor, 'REGISTRATION'), rejectionReasons(actor, 'PROPOSAL')]);
  return registration && proposal ? { REGISTRATION: registration, PROPOSAL: proposal } : null;
}

/**
 * The text a refusal keeps and shows: the picked reason as it reads now, then the editor's own words.
 * Null when the picked reason is not on this kind's list (archived meanwhile, or another kind's).
 */
export async function rejectionText(kind: RejectionKind, input: RejectionInput): Promise<{ text: string; reasonId: string | null } | null> {
  let picked = '';
  if (input.reasonId) {
    const reason = await prisma.rejectionReason.findFirst({ where: { id: input.reasonId, ...active(kind) }, select: { text: true } });
    if (!reason) return null;
    picked = reason.text;
  }
  const text = [picked, input.text.trim()].filter(Boolean).join('\n\n');
  return text ? { text, reasonId: input.reasonId || null } : null;
}

/** A new reason, at the end of its list. */
export async function addReason(actor: SessionUser, input: { kind: RejectionKind; text: string }): Promise<ReasonResult> {
  if (!isEditor(actor)) return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    // One list at a time: two editors adding at once get two positions, not the same one.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'rejection-reasons:' + input.kind}))`;
    const last = await tx.rejectionReason.aggregate({ where: { kind: input.kind }, _max: { position: true } });
    const reason = await tx.rejectionReason.create({
      data: { kind: input.kind, text: input.text, position: (last._max.position ?? 0) + 1 },
    });
    await audit(tx, actor.id, 'rejection-reason.added', ['RejectionReason', reason.id], input);
    return { ok: true } as const;
  });
}

/** A new text for a reason on the list; refusals already made keep the text they were given. */
export async function changeReason(actor: SessionUser, input: { reasonId: string; seen: string; text: string }): Promise<ReasonResult> {
  if (!isEditor(actor)) return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    const before = await tx.rejectionReason.findFirst({ where: { id: input.reasonId, archivedAt: null }, select: { text: true } });
    if (!before) return { ok: false, reason: 'gone' } as const;
    // Only over the text the editor saw: of two editors changing it at once, the second is told.
    const changed = await tx.rejectionReason.updateMany({
      where: { id: input.reasonId, archivedAt: null, text: input.seen },
      data: { text: input.text },
    });
    if (changed.count !== 1) return { ok: false, reason: 'stale' } as const;
    await audit(tx, actor.id, 'rejection-reason.changed', ['RejectionReason', input.reasonId], { from: before.text, to: input.text });
    return { ok: true } as const;
  });
}

/** One place up or down its list, or off the list (archived). */
export async function moveOrArchiveReason(actor: SessionUser, reasonId: string, intent: 'up' | 'down' | 'archive'): Promise<ReasonResult> {
  if (!isEditor(actor)) return { ok: false, reason: 'forbidden' };
  const row = await prisma.rejectionReason.findFirst({ where: { id: reasonId, archivedAt: null }, select: { kind: true } });
  if (!row) return { ok: false, reason: 'gone' };
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'rejection-reasons:' + row.kind}))`;
    if (intent === 'archive') {
      const archived = await tx.rejectionReason.updateMany({ where: { id: reasonId, archivedAt: null }, data: { archivedAt: new Date() } });
      if (archived.count !== 1) return { ok: false, reason: 'gone' } as const;
      await audit(tx, actor.id, 'rejection-reason.archived', ['RejectionReason', reasonId]);
      return { ok: true } as const;
    }
    const list = await tx.rejectionReason.findMany({ where: active(row.kind), orderBy: [...order], select: { id: true } });
    const from = list.findIndex((r) => r.id === reasonId);
    if (from === -1) return { ok: false, reason: 'gone' } as const;
    const to = intent === 'up' ? from - 1 : from + 1;
    // At the top or the bottom already: nothing to do, and nothing wrong either.
    if (to < 0 || to >= list.length) return { ok: true } as const;
    [list[from], list[to]] = [list[to], list[from]];
    // Numbered anew, 1…n: positions that were equal or had gaps become a plain order.
    for (const [i, r] of list.entries()) await tx.rejectionReason.update({ where: { id: r.id }, data: { position: i + 1 } });
    await audit(tx, actor.id, 'rejection-reason.changed', ['RejectionReason', reasonId], { moved: intent, position: to + 1 });
    return { ok: true } as const;
  });
}
