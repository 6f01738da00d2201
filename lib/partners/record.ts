import { prisma } from '@/lib/db';
import { audit } from '@/lib/audit';
import { nl } from '@/lib/i18n/nl';
import type { SessionUser } from '@/lib/accounts/service';
import { withContent } from '@/lib/offers/content';
import { offerHistory, type HistoryEntry } from '@/lib/offers/queries';
import { editorPath } from '@/lib/offers/review';
import { waitOf, waitingOn, type Wait } from '@/lib/offers/waiting';
import type { NoteInput } from './schema';

// The editors' record of one partner ("Dossier", issue 18): its data, people, offers with on whom they
// wait, the whole history (every offer's entries with their changes, and what happened to the
// organisation), the mails it was sent, and the editors' internal notes. Editors only — checked here,
// not only by the page — and the notes never leave the editor area: the partner's pages and export
// (./export.ts) do not read PartnerNote.

/** How many mails the record lists at first; "meer" shows the next as many. */
export const RECORD_MAILS = 50;

export type RecordOffer = {
  id: string;
  kind: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
  title: string;
  status: keyof typeof nl.offer.statuses;
  online: boolean;
  remindersSent: number;
  wait: Wait | null;
  /** The editor's page of the offer; null for a proposal still in the partner's wizard. */
  href: string | null;
};

/** One line of the record's history: an offer's entry (with its changes) or the organisation's audit entry. */
export type RecordEvent =
  | { source: 'offer'; offerTitle: string; entry: HistoryEntry; at: Date }
  | { source: 'organisation'; id: string; action: string; text: string; actorName: string; comment: string | null; at: Date };

/** A readable text of an audit entry's `data`, where it has one a person wants to read (a reason). */
function auditComment(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const reason = (data as Record<string, unknown>).reason;
  return typeof reason === 'string' && reason ? reason : null;
}

/** The partner's record for an editor; null for anyone else, or when there is no such organisation. */
export async function partnerRecord(actor: SessionUser | null, organisationId: string, { mails = RECORD_MAILS, now = new Date() } = {}) {
  if (actor?.role !== 'EDITOR') return null;
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    include: {
      users: {
        where: { role: 'PARTNER' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, name: true, email: true, phone: true, orgRole: true, emailConfirmedAt: true },
      },
      offers: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          kind: true,
          status: true,
          content: true,
          organisationId: true,
          publishedAt: true,
          statusSince: true,
          remindersSent: true,
        },
      },
      notes: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    },
  });
  if (!organisation) return null;
  const { users, notes, offers: rows, ...data } = organisation;

  // An offer whose content cannot be read is left out (logged), as the other lists do.
  const offers: RecordOffer[] = rows.flatMap((row) => {
    const offer = withContent(row);
    if (!offer) return [];
    return [
      {
        id: offer.id,
        kind: offer.kind,
        title: offer.content.title,
        status: offer.status,
        online: Boolean(offer.publishedAt) && organisation.status !== 'INACTIVE',
        remindersSent: offer.remindersSent,
        wait: waitOf(waitingOn(offer.status), offer.statusSince, now),
        href: offer.status === 'PROPOSAL' ? null : editorPath(offer),
      },
    ];
  });

  const [histories, auditEntries, outbox, mailCount] = await Promise.all([
    Promise.all(offers.map(async (o) => ({ title: o.title, entries: await offerHistory(o.id) }))),
    prisma.auditEntry.findMany({
      where: { entityType: 'Organisation', entityId: organisationId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 500,
    }),
    prisma.outboxMessage.findMany({
      where: { organisationId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: mails,
      select: { id: true, to: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
    prisma.outboxMessage.count({ where: { organisationId } }),
  ]);
  const actorIds = [...new Set(auditEntries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = new Map(
    (await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const labels = nl.record.history.audit;
  const events: RecordEvent[] = [
    ...histories.flatMap(({ title, entries }) =>
      entries.map((entry): RecordEvent => ({ source: 'offer', offerTitle: title, entry, at: entry.at })),
    ),
    ...auditEntries.map((e): RecordEvent => ({
      source: 'organisation',
      id: e.id,
      action: e.action,
      text: labels[e.action] ?? e.action,
      actorName: (e.actorId && actors.get(e.actorId)) || nl.record.history.system,
      // The reason of a deactivation, closing, refusal. A note's text is not in its audit entry.
      comment: auditComment(e.data),
      at: e.createdAt,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return { organisation: data, users, offers, events, notes, mails: outbox, mailCount };
}

export type PartnerRecord = NonNullable<Awaited<ReturnType<typeof partnerRecord>>>;

export type NoteResult = { ok: true } | { ok: false; reason: 'forbidden' | 'not-found' };

/** An editor's internal note on the partner: for the editors only, never shown to the partner. */
export async function addPartnerNote(actor: SessionUser, input: NoteInput): Promise<NoteResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'forbidden' };
  const exists = await prisma.organisation.count({ where: { id: input.organisationId } });
  if (!exists) return { ok: false, reason: 'not-found' };
  await prisma.$transaction(async (tx) => {
    const note = await tx.partnerNote.create({
      data: { organisationId: input.organisationId, authorId: actor.id, authorName: actor.name, text: input.text },
    });
    // Without the text: the audit entries of an organisation go into its own export (./export.ts).
    await audit(tx, actor.id, 'partner.note-added', ['Organisation', input.organisationId], { noteId: note.id });
  });
  return { ok: true };
}
