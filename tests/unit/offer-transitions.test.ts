import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { audit, AUDIT_ACTIONS } from '@/lib/audit';
import { OfferStatus } from '@/lib/generated/prisma/enums';
import { offerHistory } from '@/lib/offers/queries';
import { saveListing } from '@/lib/offers/review';
import { OFFER_EVENT_ACTIONS, TRANSITIONS, allows, transition } from '@/lib/offers/transitions';
import { recordConsoleErrors } from '../support/console';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, makeEditor, makePartner, offerRow } from '../support/offers';

// The status machine as one table (lib/offers/transitions.ts) and the one function that writes a
// status: status, history entries and audit entry together, or a 'stale' refusal and nothing.
// The transitions themselves and their races are tested through the services in
// offer-review*.test.ts and discount-*.test.ts.

setUpPhotoTests();

const errors = recordConsoleErrors();

/** A credit listing the editor saved once: DRAFT, version 1. */
async function draftListing() {
  const editor = await makeEditor();
  const partner = await makePartner({ partnerType: 'CREDIT' });
  const saved = await saveListing(editor, partner.organisationId, listingForm());
  if (!saved.ok) throw new Error(saved.reason);
  return { editor, partner, offerId: saved.offerId };
}

describe('the table', () => {
  test('names only statuses of the enum, history actions and audit actions we know; every status is reached', () => {
    const statuses: string[] = Object.values(OfferStatus);
    const reached = new Set<string>();
    for (const [name, spec] of Object.entries(TRANSITIONS)) {
      for (const from of spec.from) expect([...statuses, 'NONE'], name).toContain(from);
      if (spec.to !== null) {
        expect(statuses, name).toContain(spec.to);
        reached.add(spec.to);
      }
      for (const stays of 'stays' in spec ? spec.stays : []) expect(spec.from, name).toContain(stays);
      for (const action of spec.events) expect(OFFER_EVENT_ACTIONS, name).toContain(action);
      if (spec.audit !== null) expect(AUDIT_ACTIONS, name).toContain(spec.audit);
    }
    expect([...reached].sort()).toEqual([...statuses].sort());
  });

  test('the loop of ADR 0007 and the proposal of ADR 0008, arrow by arrow', () => {
    expect(allows('startProposal', 'NONE')).toBe(true);
    expect(allows('submitProposal', 'PROPOSAL')).toBe(true);
    expect(allows('save', 'PROPOSAL')).toBe(false);
    expect(allows('save', 'SUBMITTED')).toBe(true);
    expect(allows('send', 'CHANGES_REQUESTED')).toBe(true);
    expect(allows('approve', 'AWAITING_PARTNER')).toBe(true);
    expect(allows('approve', 'DRAFT')).toBe(false);
    expect(allows('comment', 'PUBLISHED')).toBe(false);
    expect(allows('withdraw', 'WITHDRAWN')).toBe(false);
    expect(allows('deleteProposal', 'SUBMITTED')).toBe(false);
  });
});

describe('transition()', () => {
  test('an offer not in a status the transition starts from → "stale", and nothing is written', async () => {
    const { editor, offerId } = await draftListing();
    const before = await loopSnapshot();
    const approve = (from: OfferStatus) =>
      prisma.$transaction((tx) =>
        transition(tx, 'approve', {
          actor: editor,
          from,
          offerId,
          where: { version: 1 },
          data: { publishedAt: new Date() },
          event: { version: 1, content: {} },
          audit: { version: 1 },
        }),
      );
    // What the caller read is not a status approval starts from.
    expect(await approve('DRAFT')).toEqual({ ok: false, reason: 'stale' });
    // The caller read AWAITING_PARTNER, but the row is not (any more): the conditional write finds nothing.
    expect(await approve('AWAITING_PARTNER')).toEqual({ ok: false, reason: 'stale' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT', publishedAt: null });
  });

  test('the write needs exactly the status the caller read: a change in between (a comment while saving) makes it "stale"', async () => {
    const { editor, offerId } = await draftListing();
    // The editor read the listing while it waited for the partner; the partner then commented.
    await prisma.offer.update({ where: { id: offerId }, data: { status: 'CHANGES_REQUESTED' } });
    const before = await loopSnapshot();
    const save = await prisma.$transaction((tx) =>
      transition(tx, 'save', {
        actor: editor,
        from: 'AWAITING_PARTNER',
        offerId,
        where: { version: 1 },
        data: { version: { increment: 1 } },
        event: { version: 2, content: {} },
        audit: { version: 2 },
      }),
    );
    expect(save).toEqual({ ok: false, reason: 'stale' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({ status: 'CHANGES_REQUESTED', version: 1 });
  });

  test('status, history entries and audit entry are one write: rolled back together with the caller', async () => {
    const { editor, offerId } = await draftListing();
    const before = await loopSnapshot();
    await expect(
      prisma.$transaction(async (tx) => {
        const sent = await transition(tx, 'send', {
          actor: editor,
          from: 'DRAFT',
          offerId,
          where: { version: 1 },
          data: { version: { increment: 1 }, sentVersion: 2 },
          event: { version: 2, content: {} },
          audit: { version: 2 },
        });
        expect(sent).toEqual({ ok: true, offerId });
        expect(await tx.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: 'AWAITING_PARTNER', sentVersion: 2 });
        expect((await tx.offerEvent.findMany({ where: { offerId } })).map((e) => e.action)).toEqual(['saved', 'saved', 'sent']);
        throw new Error('the mail could not be queued');
      }),
    ).rejects.toThrow('the mail could not be queued');
    expect(await loopSnapshot()).toEqual(before);
  });

  test('only the table writes a status, and a transition only with the entries it writes (checked by the compiler)', async () => {
    const { editor, offerId } = await draftListing();
    const publish = {
      actor: editor,
      from: 'DRAFT' as const,
      offerId,
      data: { status: 'PUBLISHED' as const },
      event: { version: 1, content: {} },
    };
    await expect(
      prisma.$transaction(async (tx) => {
        // @ts-expect-error the status is the table's, not the caller's
        expect(await transition(tx, 'save', { ...publish, audit: {} })).toEqual({ ok: true, offerId });
        expect((await tx.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe('DRAFT');
        // @ts-expect-error an approval writes a history entry: without its version and content it does not compile
        expect(await transition(tx, 'approve', { actor: editor, from: 'PUBLISHED', offerId, audit: {} })).toEqual({
          ok: false,
          reason: 'stale',
        });
        // @ts-expect-error AuditEntry.action is one of AUDIT_ACTIONS
        await audit(tx, editor.id, 'offer.published', ['Offer', offerId]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
  });
});

describe('OfferEvent.action, read back', () => {
  test('an action the code does not know is left out of the history, logged with the offer and the entry', async () => {
    const { editor, partner, offerId } = await draftListing();
    await saveListing(editor, partner.organisationId, listingForm({ version: 1, intent: 'send' }));
    const [, , sent] = await eventList(offerId);
    await prisma.offerEvent.update({ where: { id: sent.id }, data: { action: 'archived' } });
    expect((await offerHistory(offerId)).map((e) => e.action)).toEqual(['saved', 'saved']);
    const lines = errors.lines();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    for (const part of [`offer ${offerId}`, `event ${sent.id}`, 'OfferEvent.action', '"archived"']) expect(line).toContain(part);
  });
});
