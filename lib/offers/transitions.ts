import { z } from 'zod';
import type { Tx } from '@/lib/db';
import { audit, type AuditAction } from '@/lib/audit';
import type { OfferStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { waitingOn } from './waiting';

// The status machine of an offer (ADR 0007 draws the editorial loop, ADR 0008 adds the partner's
// proposal before it) in one table, and the one function that writes an offer's status. Every write
// whose outcome depends on the status goes through transition(): the conditional write on the id,
// the allowed statuses and the caller's guard (version, sentVersion, publishedAt), then the history
// entries and the audit entry, in the caller's transaction. Nothing else writes `Offer.status`.

/** What `OfferEvent.action` holds: one entry of an offer's history. */
export const OFFER_EVENT_ACTIONS = [
  'submitted',
  'saved',
  'sent',
  'commented',
  'approved',
  'withdrawn',
  'retracted',
  'change-proposed',
  // The partner ended a published discount action early ("Actie beëindigen", ADR 0020).
  'ended',
  // The partner's organisation ended the partnership ("Samenwerking beëindigen", ADR 0024).
  'closed',
  // The editors refused a proposal, or a change of what is online, with a reason (issue 18).
  'rejected',
  'change-rejected',
  // The partner was reminded of an open approval request (issue 18); the status stays.
  'reminded',
] as const;
export type OfferEventAction = (typeof OFFER_EVENT_ACTIONS)[number];

/** No row yet: the transition creates the offer. */
type NoOffer = 'NONE';

type Spec = {
  /** The statuses the offer may be in. */
  from: readonly (OfferStatus | NoOffer)[];
  /** The status it gets; null: the row is deleted. */
  to: OfferStatus | null;
  /** Statuses the transition leaves as they are (an edit keeps the partner's open comment). */
  stays?: readonly OfferStatus[];
  /** The history entries it writes, in this order, with the same version and content. */
  events: readonly OfferEventAction[];
  audit: AuditAction | null;
};

/** Everything the editors can rewrite: a submitted action and every status of the loop after it. */
const EDITABLE = ['SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED', 'PUBLISHED', 'WITHDRAWN'] as const;

export const TRANSITIONS = {
  // The partner's discount proposal (lib/discounts/service.ts): saved as typed, then submitted.
  startProposal: { from: ['NONE'], to: 'PROPOSAL', events: [], audit: 'offer.proposal-started' },
  saveProposalStep: { from: ['PROPOSAL'], to: 'PROPOSAL', events: [], audit: null },
  deleteProposal: { from: ['PROPOSAL'], to: null, events: [], audit: 'offer.proposal-deleted' },
  submitProposal: { from: ['PROPOSAL'], to: 'SUBMITTED', events: ['submitted'], audit: 'offer.submitted' },
  // The editorial loop (lib/offers/review.ts). A save lapses a pending approval request.
  save: { from: ['NONE', ...EDITABLE], to: 'DRAFT', stays: ['CHANGES_REQUESTED'], events: ['saved'], audit: 'offer.saved' },
  // The editor's save with "ter akkoord": saved and sent in one go, audited once, as the sending.
  send: { from: ['NONE', ...EDITABLE], to: 'AWAITING_PARTNER', events: ['saved', 'sent'], audit: 'offer.sent' },
  comment: { from: ['AWAITING_PARTNER'], to: 'CHANGES_REQUESTED', events: ['commented'], audit: 'offer.commented' },
  approve: { from: ['AWAITING_PARTNER'], to: 'PUBLISHED', events: ['approved'], audit: 'offer.approved' },
  // The partner takes back a submitted proposal that was never published (issue 17): the editors may
  // have started on it (then with a reason). Retracted is final: the editors cannot save or send it,
  // and the partner copies it into a new proposal to go on.
  retract: {
    from: ['SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'],
    to: 'RETRACTED',
    events: ['retracted'],
    audit: 'offer.retracted',
  },
  // "Wijziging voorstellen" (issue 17, ADR 0021): the partner's change of a published offer becomes
  // its content, for the editors to rewrite as a submitted proposal; the published version stays
  // online until the partner approves the new one (approve replaces it). Only from PUBLISHED: while
  // the editors work on a change, the partner waits for it.
  proposeChange: { from: ['PUBLISHED'], to: 'SUBMITTED', events: ['change-proposed'], audit: 'offer.change-proposed' },
  // The wizard's proposal for such a change, merged into the offer it changes when submitted.
  mergeChange: { from: ['PROPOSAL'], to: null, events: [], audit: null },
  // Whatever is online: a new draft of a published offer leaves the published content on the site.
  withdraw: {
    from: ['PUBLISHED', 'SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'],
    to: 'WITHDRAWN',
    events: ['withdrawn'],
    audit: 'offer.withdrawn',
  },
  // The partner ends a published discount action early (issue 17, ADR 0020): it gets a new last day.
  // An editors' rewrite under way goes on, except that a pending approval lapses (the content changed).
  end: {
    from: ['PUBLISHED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED', 'SUBMITTED'],
    to: 'DRAFT',
    stays: ['PUBLISHED', 'DRAFT', 'CHANGES_REQUESTED', 'SUBMITTED'],
    events: ['ended'],
    audit: 'offer.ended',
  },
  // The partner's beheerder ends the partnership (ADR 0024): whatever is online or under way leaves
  // the site, as a withdrawal does, in the one transaction that closes the organisation. A proposal
  // in the wizard is deleted instead (deleteProposal): its draft is no offer content to keep.
  // WITHDRAWN and RETRACTED are not online and wait for nobody. The editors cannot bring these
  // offers back: their save refuses a closed organisation.
  close: {
    from: ['PUBLISHED', 'SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'],
    to: 'WITHDRAWN',
    events: ['closed'],
    audit: 'offer.closed',
  },
  // The editors refuse a discount proposal that was never published, with a reason (issue 18): final,
  // as a retraction is; the partner copies it into a new proposal to go on. The caller guards
  // `publishedAt: null`.
  reject: {
    from: ['SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'],
    to: 'REJECTED',
    events: ['rejected'],
    audit: 'offer.rejected',
  },
  // The editors refuse a proposed change of a published offer (issue 18): the offer is back as it is
  // online (the caller writes the published content back as the working copy; guard `publishedAt: not null`).
  rejectChange: {
    from: ['SUBMITTED', 'DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED'],
    to: 'PUBLISHED',
    events: ['change-rejected'],
    audit: 'offer.change-rejected',
  },
} as const satisfies Record<string, Spec>;

export type TransitionName = keyof typeof TRANSITIONS;

/** May an offer in this status (or none yet) take this transition? */
export function allows(name: TransitionName, status: OfferStatus | NoOffer): boolean {
  const from: readonly (OfferStatus | NoOffer)[] = TRANSITIONS[name].from;
  return from.includes(status);
}

type Actor = { id: string; name: string };

/** The history entries' version, content and (for a comment or withdrawal) text. */
type EventData = { version: number; content: Prisma.InputJsonValue; comment?: string };

/** Whatever else a transition writes or checks, the status is the table's. */
type NoStatus = { status?: never };

/** A new offer, or a change of one the caller read in status `from`. */
type Write =
  | { from: NoOffer; create: Omit<Prisma.OfferUncheckedCreateInput, 'status'> & NoStatus }
  | {
      from: OfferStatus;
      offerId: string;
      /** The caller's guard besides the status: the version it read, the sent version, … */
      where?: Omit<Prisma.OfferWhereInput, 'id' | 'status'> & NoStatus & { id?: never };
      data?: Omit<Prisma.OfferUncheckedUpdateManyInput, 'status'> & NoStatus;
    };

type Entries<N extends TransitionName> = ((typeof TRANSITIONS)[N]['events'] extends readonly []
  ? { event?: undefined }
  : { event: EventData }) &
  ((typeof TRANSITIONS)[N]['audit'] extends null ? { audit?: undefined } : { audit: Prisma.InputJsonValue });

export type TransitionStep<N extends TransitionName> = Write & Entries<N> & { actor: Actor };

/** Refused: the offer is not (any more) in a status this transition starts from, or the guard failed. */
export type TransitionResult = { ok: true; offerId: string } | { ok: false; reason: 'stale' };

/** Takes the transition, in the caller's transaction: status, history entries and audit entry together. */
export async function transition<N extends TransitionName>(tx: Tx, name: N, step: TransitionStep<N>): Promise<TransitionResult> {
  const spec: Spec = TRANSITIONS[name];
  if (!allows(name, step.from)) return { ok: false, reason: 'stale' };
  let offerId: string;
  if (step.from === 'NONE') {
    if (!spec.to) throw new Error(`transition ${name}: a new offer needs a status`);
    offerId = (await tx.offer.create({ data: { ...step.create, status: spec.to }, select: { id: true } })).id;
  } else {
    const to = spec.stays?.includes(step.from) ? step.from : spec.to;
    // A new status, or a new approval request, starts the wait anew (issue 18: how long, on whom) and
    // its reminders with it; the caller may give its own moment (a job's clock). An editor's save of a
    // submitted proposal (SUBMITTED → DRAFT) is no answer to the partner: the wait on the editors goes on.
    const editorsStill = waitingOn(step.from) === 'editors' && to !== null && waitingOn(to) === 'editors';
    const restart =
      (to !== step.from && !editorsStill) || name === 'send' ? { statusSince: new Date(), remindersSent: 0, lastReminderAt: null } : {};
    // Exactly the status the caller read (the table allows it, checked above): a change in between,
    // such as the partner's comment while an editor saves, makes this write "stale" instead of undoing it.
    const where = { ...step.where, id: step.offerId, status: step.from };
    const written =
      to === null
        ? await tx.offer.deleteMany({ where })
        : await tx.offer.updateMany({ where, data: { ...restart, ...step.data, status: to } });
    if (written.count !== 1) return { ok: false, reason: 'stale' };
    offerId = step.offerId;
  }
  const { actor, event } = step;
  for (const action of spec.events) {
    if (!event) throw new Error(`transition ${name}: its history entry needs a version and content`);
    await tx.offerEvent.create({ data: { offerId, actorId: actor.id, actorName: actor.name, action, ...event } });
  }
  if (spec.audit) await audit(tx, actor.id, spec.audit, ['Offer', offerId], step.audit);
  return { ok: true, offerId };
}

const eventActionSchema = z.enum(OFFER_EVENT_ACTIONS);

/** A history entry's action as read from the database, or null (logged) when it is none we know. */
export function readEventAction(event: { id: string; offerId: string; action: string }): OfferEventAction | null {
  const parsed = eventActionSchema.safeParse(event.action);
  if (parsed.success) return parsed.data;
  console.error(`[history] offer ${event.offerId} (event ${event.id}): OfferEvent.action ${JSON.stringify(event.action)} is unknown`);
  return null;
}
