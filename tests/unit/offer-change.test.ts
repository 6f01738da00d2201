import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { deleteProposal, startProposal, submitProposal } from '@/lib/discounts/service';
import { proposeListingChange } from '@/lib/offers/change';
import { listingChangeSchema } from '@/lib/offers/schema';
import { approveOffer, saveDiscountAction, saveListing, withdrawOffer } from '@/lib/offers/review';
import { offerHistory, publishedOffer } from '@/lib/offers/queries';
import { readContent } from '@/lib/offers/content';
import { partnerHome } from '@/lib/partners/queries';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, makeEditor, makePartner, offerRow } from '../support/offers';
import { editorDiscount, saveStep } from '../support/proposals';
import { entryOf, publishedDiscount, publishedListing, titlesFor } from '../support/catalog';

// Issue 17, "Wijziging voorstellen": the partner proposes a change to a published credit listing (one
// form) or discount offer (the wizard on a proposal of its own, merged in when submitted). The
// change is the offer's working copy, status SUBMITTED; the editors rewrite it and ask approval; the
// published version stays online — page, catalog, search — until the partner approves the new one,
// which then replaces it in one step.

setUpPhotoTests();

const changeMails = (organisation: string) =>
  prisma.outboxMessage.findMany({ where: { subject: nl.offer.change.mailSubject(organisation) } });

/** The change form as the browser sends it, from the listing's test form with these changes. */
function changeForm(offerId: string, version: number, overrides: Record<string, string> = {}) {
  const { photoId: _p, photoClaim: _c, keepPhoto: _k, intent: _i, version: _v, ...fields } = listingForm();
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'on' : '') : String(v ?? '')])),
    offerId,
    version: String(version),
    ...overrides,
  };
  return listingChangeSchema.parse(values);
}

const today = todayInDordrecht();

/** Every editor is told (the helpers make editors of their own). */
const editorEmails = async () =>
  (await prisma.user.findMany({ where: { role: 'EDITOR' }, select: { email: true } })).map((u) => u.email).sort();

describe('a change of a published credit listing', () => {
  test('stays offline until approved, then replaces the page, the catalog entry and the search in one step', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version, slug } = await publishedListing('Zwembad De Wielen');
    const note = 'Vanaf januari zijn we ook op zondag open.';
    const proposed = await proposeListingChange(
      partner.actor,
      changeForm(offerId, version, { title: 'Zwemmen en saunabaden bij De Wielen', note }),
    );
    expect(proposed).toEqual({ ok: true, slug });

    // With the editors: the change is the working copy; what is online did not move.
    const row = await offerRow(offerId);
    expect(row).toMatchObject({ status: 'SUBMITTED', version: version + 1, sentVersion: null });
    expect(readContent('listing', row.content, { offerId, column: 'Offer.content' })?.title).toBe('Zwemmen en saunabaden bij De Wielen');
    expect((await publishedOffer(slug))?.title).toBe('Zwemmen bij De Wielen');
    expect((await entryOf(offerId))?.title).toBe('Zwemmen bij De Wielen');
    expect(await titlesFor({ zoek: 'saunabaden' }, today)).toEqual([]);
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'change-proposed', actorId: partner.userId, comment: note });
    expect(await prisma.auditEntry.count({ where: { action: 'offer.change-proposed', entityId: offerId } })).toBe(1);
    const mails = await changeMails('Zwembad De Wielen');
    expect(mails.map((m) => m.to).sort()).toEqual(await editorEmails());
    expect(mails.map((m) => m.to)).toContain(editor.email);
    expect(mails[0].text).toContain(note);
    expect(mails[0].text).toContain(`/redactie/partners/${partner.organisationId}`);

    // The editors see what the partner changed, and the note as the partner's open word.
    const history = await offerHistory(offerId);
    expect(history[0]).toMatchObject({ action: 'change-proposed', comment: note });
    expect(history[0].changes).toEqual([{ field: 'Titel', before: 'Zwemmen bij De Wielen', after: 'Zwemmen en saunabaden bij De Wielen' }]);

    // Home says where it stands and offers no second change meanwhile.
    const home = await partnerHome(partner.organisationId, partner.userId);
    expect(home?.submitted.find((o) => o.id === offerId)).toMatchObject({
      publishedAt: expect.any(Date),
      changeable: false,
      changeStatus: nl.offer.change.statuses.SUBMITTED,
      title: 'Zwemmen bij De Wielen',
    });

    // The loop as usual: the editor rewrites and sends, still nothing public changes.
    const sent = await saveListing(
      editor,
      partner.organisationId,
      listingForm({ version: version + 1, intent: 'send', title: 'Zwemmen en sauna bij De Wielen' }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect((await publishedOffer(slug))?.title).toBe('Zwemmen bij De Wielen');
    const publishedAt = (await offerRow(offerId)).publishedAt;

    const approved = await approveOffer(partner.actor, offerId, sent.version);
    expect(approved).toEqual({ ok: true, slug });
    expect((await publishedOffer(slug))?.title).toBe('Zwemmen en sauna bij De Wielen');
    expect((await entryOf(offerId))?.title).toBe('Zwemmen en sauna bij De Wielen');
    expect(await titlesFor({ zoek: 'sauna' }, today)).toEqual(['Zwemmen en sauna bij De Wielen']);
    // Online since its first publication, at the same address.
    expect(await offerRow(offerId)).toMatchObject({ status: 'PUBLISHED', slug, publishedAt });
  });

  test('refused, nothing written: another organisation, an editor, a stale version, nothing changed, a change under way', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await publishedListing('Zwembad De Wielen');
    const other = await makePartner({ partnerType: 'BOTH' });
    const before = await loopSnapshot();
    expect(await proposeListingChange(other.actor, changeForm(offerId, version, { title: 'Overgenomen' }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await proposeListingChange(editor, changeForm(offerId, version, { title: 'Door de redactie' }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await proposeListingChange(partner.actor, changeForm(offerId, version + 1, { title: 'Oud' }))).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await proposeListingChange(partner.actor, changeForm(offerId, version))).toEqual({ ok: false, reason: 'unchanged' });
    expect(await loopSnapshot()).toEqual(before);

    // While the editors rewrite what is online (their own draft), the partner waits for it.
    const draft = await saveListing(editor, partner.organisationId, listingForm({ version, title: 'Door de redactie herschreven' }));
    if (!draft.ok) throw new Error(draft.reason);
    expect(await proposeListingChange(partner.actor, changeForm(offerId, draft.version, { title: 'Nog een wijziging' }))).toEqual({
      ok: false,
      reason: 'not-changeable',
    });
  });

  test('an offer that is not online cannot be changed; one with a change pending can still be withdrawn', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version, slug } = await publishedListing('Zwembad De Wielen');
    expect(await proposeListingChange(partner.actor, changeForm(offerId, version, { title: 'Nieuwe titel' }))).toMatchObject({ ok: true });
    expect(await withdrawOffer(editor, offerId, 'Het zwembad is gesloten.')).toEqual({ ok: true, slug });
    expect(await publishedOffer(slug)).toBeNull();
    expect(await entryOf(offerId)).toBeNull();
    const row = await offerRow(offerId);
    expect(await proposeListingChange(partner.actor, changeForm(offerId, row.version, { title: 'Nog een titel' }))).toEqual({
      ok: false,
      reason: 'not-changeable',
    });
  });

  test('two changes sent at once: one is written, the other refused', async () => {
    const { partner, offerId, version } = await publishedListing('Zwembad De Wielen');
    const results = await Promise.all([
      proposeListingChange(partner.actor, changeForm(offerId, version, { title: 'Eerste wijziging' })),
      proposeListingChange(partner.actor, changeForm(offerId, version, { title: 'Tweede wijziging' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await eventList(offerId)).filter((e) => e.action === 'change-proposed')).toHaveLength(1);
  });
});

describe('a change of a published discount offer, in the wizard', () => {
  test('starts prefilled with what is online, is resumed rather than begun twice, and is merged into the action when submitted', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version, slug } = await publishedDiscount('Zwembad Oost', {
      listing: { title: 'Halve prijs in Zwembad Oost' },
    });
    const started = await startProposal(partner.actor, { changeOf: offerId });
    if (!started.ok) throw new Error(started.reason);
    const proposal = await offerRow(started.offerId);
    expect(proposal).toMatchObject({ status: 'PROPOSAL', changeOfId: offerId, organisationId: partner.organisationId });
    const online = readContent('discount', (await offerRow(offerId)).publishedContent, { offerId, column: 'Offer.publishedContent' })!;
    const { draft } = readContent('proposal', proposal.content, { offerId: proposal.id, column: 'Offer.content' })!;
    expect(draft).toMatchObject({
      subject: online.discount.subject,
      validFrom: online.discount.validFrom,
      validUntil: online.discount.validUntil,
      description: online.body,
    });
    expect(await startProposal(partner.actor, { changeOf: offerId })).toEqual({ ok: true, offerId: started.offerId, version: 1 });
    expect(await prisma.auditEntry.findMany({ where: { entityId: started.offerId }, select: { action: true, data: true } })).toEqual([
      { action: 'offer.proposal-started', data: { renewalOf: null, changeOf: offerId } },
    ]);

    // The partner changes the percentage and writes a note; the wizard's proposal is merged away.
    let v = await saveStep(partner.actor, started.offerId, 1, 'financieel', { discountType: 'PERCENT', percent: '75', usage: 'REPEATED' });
    v = await saveStep(partner.actor, started.offerId, v, 'beschrijving', {
      description: online.body,
      editorsInfo: 'Vanaf nu 75 % korting.',
    });
    expect(await submitProposal(partner.actor, started.offerId, v)).toEqual({ ok: true, change: true });
    expect(await prisma.offer.findUnique({ where: { id: started.offerId } })).toBeNull();
    const row = await offerRow(offerId);
    expect(row).toMatchObject({ status: 'SUBMITTED', slug, version: version + 1 });
    expect(readContent('discount', row.content, { offerId, column: 'Offer.content' })?.discount.percent).toBe(75);
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'change-proposed', comment: 'Vanaf nu 75 % korting.' });
    expect((await publishedOffer(slug))?.title).toBe('Halve prijs in Zwembad Oost');
    expect((await changeMails('Zwembad Oost')).map((m) => m.to).sort()).toEqual(await editorEmails());

    // Rewritten, sent and approved: the new text replaces the old one online.
    const sent = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version: version + 1, intent: 'send', title: 'Driekwart korting in Zwembad Oost' }),
      editorDiscount({ percent: 75 }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect((await publishedOffer(slug))?.title).toBe('Halve prijs in Zwembad Oost');
    expect(await approveOffer(partner.actor, offerId, sent.version)).toEqual({ ok: true, slug });
    expect((await publishedOffer(slug))?.title).toBe('Driekwart korting in Zwembad Oost');
    expect((await entryOf(offerId))?.benefit).toBe('percent:75');
  });

  test('refused: another organisation, a credit-only partner, an action that is not online, one whose change is under way', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await publishedDiscount('Zwembad Oost');
    const other = await makePartner({ partnerType: 'BOTH' });
    const creditOnly = await makePartner({ partnerType: 'CREDIT' });
    expect(await startProposal(other.actor, { changeOf: offerId })).toEqual({ ok: false, reason: 'not-found' });
    expect(await startProposal(creditOnly.actor, { changeOf: offerId })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await startProposal(editor, { changeOf: offerId })).toEqual({ ok: false, reason: 'forbidden' });

    // Begun, then the editors start a rewrite of what is online: the submit is refused, the draft kept.
    const started = await startProposal(partner.actor, { changeOf: offerId });
    if (!started.ok) throw new Error(started.reason);
    const v = await saveStep(partner.actor, started.offerId, 1, 'financieel', {
      discountType: 'PERCENT',
      percent: '60',
      usage: 'REPEATED',
    });
    const draft = await saveDiscountAction(editor, offerId, listingForm({ version, title: 'Door de redactie' }), editorDiscount());
    if (!draft.ok) throw new Error(draft.reason);
    const before = await loopSnapshot();
    expect(await submitProposal(partner.actor, started.offerId, v)).toEqual({ ok: false, reason: 'not-changeable' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await startProposal(partner.actor, { changeOf: offerId })).toEqual({ ok: true, offerId: started.offerId, version: v });

    // Thrown away: only the draft goes; the action is untouched.
    expect(await deleteProposal(partner.actor, started.offerId)).toEqual({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT', publishedAt: expect.any(Date) });
    expect(await startProposal(partner.actor, { changeOf: offerId })).toEqual({ ok: false, reason: 'not-changeable' });
  });

  test('an ended action is renewed, not changed', async () => {
    const { partner, offerId } = await publishedDiscount('Zwembad Oost');
    await prisma.offer.update({ where: { id: offerId }, data: { validUntil: new Date('2020-12-31') } });
    expect(await startProposal(partner.actor, { changeOf: offerId })).toEqual({ ok: false, reason: 'not-changeable' });
    const home = await partnerHome(partner.organisationId, partner.userId);
    expect(home?.submitted.find((o) => o.id === offerId)).toMatchObject({ expired: true, changeable: false, renewable: true });
  });
});
