import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { retractProposal, startProposal } from '@/lib/discounts/service';
import { saveDiscountAction } from '@/lib/offers/review';
import { readContent } from '@/lib/offers/content';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, makeEditor, makePartner, offerRow } from '../support/offers';
import { editorDiscount, publishedAction, submittedProposal } from '../support/proposals';

// Issue 17, "Voorstel intrekken": the partner takes back a submitted discount proposal that was never
// published. Before the editors started on it as it is; after, with a reason. One transaction: status
// RETRACTED, the history entry (with the reason), the audit entry and the editors' mail. Final: the
// editors cannot rewrite it; the partner copies it into a new proposal.

setUpPhotoTests();

const editorMails = () => prisma.outboxMessage.findMany({ where: { subject: nl.discount.retract.mailSubject('Zwembad Oost') } });

describe('a partner retracts a submitted proposal', () => {
  test('the editors have not started: retracted without a reason, the editors are told', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    expect(await retractProposal(partner.actor, offerId, version, '')).toEqual({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'RETRACTED', version, publishedAt: null });
    const retracted = (await eventList(offerId)).at(-1);
    expect(retracted).toMatchObject({ action: 'retracted', actorId: partner.userId, version, comment: null });
    expect(await prisma.auditEntry.count({ where: { action: 'offer.retracted', entityId: offerId, actorId: partner.userId } })).toBe(1);
    const mails = await editorMails();
    expect(mails.map((m) => m.to)).toEqual([editor.email]);
    expect(mails[0].text).toContain('toegang zwembad');
  });

  test('the editors have started: a reason is needed, and then they read it in the mail and the history', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const saved = await saveDiscountAction(editor, offerId, listingForm({ version }), editorDiscount());
    if (!saved.ok) throw new Error(saved.reason);
    const before = await loopSnapshot();
    expect(await retractProposal(partner.actor, offerId, saved.version, '  ')).toEqual({ ok: false, reason: 'reason-needed' });
    expect(await loopSnapshot()).toEqual(before);

    const reason = 'We gaan dit jaar verbouwen.';
    expect(await retractProposal(partner.actor, offerId, saved.version, ` ${reason} `)).toEqual({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'RETRACTED', sentVersion: null });
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'retracted', comment: reason });
    expect((await editorMails())[0].text).toContain(reason);
  });

  test('refused, nothing written: another organisation, an editor, a stale version, a published action, twice', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    const published = await publishedAction();
    const before = await loopSnapshot();
    expect(await retractProposal(other.actor, offerId, version, '')).toEqual({ ok: false, reason: 'not-found' });
    expect(await retractProposal(editor, offerId, version, '')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await retractProposal(partner.actor, offerId, version - 1, '')).toEqual({ ok: false, reason: 'stale' });
    const online = await offerRow(published.offerId);
    expect(await retractProposal(published.partner.actor, published.offerId, online.version, 'Toch niet.')).toEqual({
      ok: false,
      reason: 'not-retractable',
    });
    expect(await loopSnapshot()).toEqual(before);

    expect(await retractProposal(partner.actor, offerId, version, '')).toEqual({ ok: true });
    expect(await retractProposal(partner.actor, offerId, version, '')).toEqual({ ok: false, reason: 'not-retractable' });
  });

  test('two retractions at once: one wins, the other is refused', async () => {
    const { partner, offerId, version } = await submittedProposal();
    const results = await Promise.all([
      retractProposal(partner.actor, offerId, version, ''),
      retractProposal(partner.actor, offerId, version, ''),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await eventList(offerId)).filter((e) => e.action === 'retracted')).toHaveLength(1);
  });
});

describe('after the retraction', () => {
  test('the editors can no longer rewrite or send it', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    await retractProposal(partner.actor, offerId, version, '');
    const before = await loopSnapshot();
    expect(await saveDiscountAction(editor, offerId, listingForm({ version, intent: 'send' }), editorDiscount())).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await loopSnapshot()).toEqual(before);
    expect((await offerRow(offerId)).status).toBe('RETRACTED');
  });

  test('the partner copies it into a new proposal: same subject and period, a draft of its own', async () => {
    const { partner, offerId, version } = await submittedProposal();
    await retractProposal(partner.actor, offerId, version, '');
    const copy = await startProposal(partner.actor, { copyOf: offerId });
    if (!copy.ok) throw new Error(copy.reason);
    const row = await offerRow(copy.offerId);
    expect(row).toMatchObject({ status: 'PROPOSAL', organisationId: partner.organisationId });
    const old = readContent('discount', (await offerRow(offerId)).content, { offerId, column: 'Offer.content' });
    const { draft } = readContent('proposal', row.content, { offerId: row.id, column: 'Offer.content' })!;
    expect(draft).toMatchObject({
      subject: old!.discount.subject,
      validFrom: old!.discount.validFrom,
      validUntil: old!.discount.validUntil,
    });
    expect((await offerRow(offerId)).status).toBe('RETRACTED');
    expect(await prisma.auditEntry.findMany({ where: { entityId: copy.offerId }, select: { action: true, data: true } })).toEqual([
      { action: 'offer.proposal-started', data: { renewalOf: null, copyOf: offerId } },
    ]);
  });

  test('only a retracted proposal of the own organisation can be copied', async () => {
    const { partner, offerId } = await submittedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    expect(await startProposal(partner.actor, { copyOf: offerId })).toEqual({ ok: false, reason: 'not-found' });
    expect(await startProposal(other.actor, { copyOf: offerId })).toEqual({ ok: false, reason: 'not-found' });
  });
});
