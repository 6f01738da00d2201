import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { demoOffers } from '@/prisma/demo-catalog';
import { readContent, readOfferContent, type ContentColumn } from '@/lib/offers/content';
import { rebuildCatalog, syncCatalogEntry } from '@/lib/offers/catalog';
import {
  draftView,
  editorDiscountAction,
  editorOrganisation,
  offerHistory,
  partnerOffer,
  partnerOffers,
  pendingApprovals,
  publishedOffer,
} from '@/lib/offers/queries';
import { approveOffer, commentOnOffer, saveDiscountAction, saveListing, withdrawOffer } from '@/lib/offers/review';
import { deleteProposal, saveProposalStep, startProposal, submitProposal } from '@/lib/discounts/service';
import { nl } from '@/lib/i18n/nl';
import { sendExpiryNotices } from '@/lib/discounts/expiry';
import { recordConsoleErrors } from '../support/console';
import { setUpPhotoTests } from '../support/photos';
import { publishedListing, entryOf } from '../support/catalog';
import { eventList, listingForm, loopSnapshot, makeEditor, makePartner, offerRow } from '../support/offers';
import {
  addDays,
  currentYear,
  editorDiscount,
  fillProposal,
  publishedAction,
  startedProposal,
  submittedProposal,
  validStepValues,
} from '../support/proposals';

// The JSON columns Offer.content, Offer.publishedContent and OfferEvent.content are parsed where
// they are read (lib/offers/content.ts). What the code writes parses as it is stored; a row that
// does not parse is one log line naming the offer, the column and zod's issue, and then a 404, a
// row left out of a list or a typed refusal — never a crash further on.

setUpPhotoTests();

const errors = recordConsoleErrors();

/** Sets one field of a stored JSON column, as an older or broken writer might have left it. */
async function setField(table: 'Offer' | 'OfferEvent', id: string, column: 'content' | 'publishedContent', path: string[], json: string) {
  const changed = await prisma.$executeRawUnsafe(
    `UPDATE "${table}" SET "${column}" = jsonb_set("${column}", $1::text[], $2::jsonb) WHERE id = $3`,
    path,
    json,
    id,
  );
  expect(changed).toBe(1);
}

/** Runs `read` and checks that it logged exactly one line, naming the offer, the column and the field. */
async function loggedOnce<T>(read: () => T | Promise<T>, offerId: string, column: ContentColumn, field: string): Promise<T> {
  errors.clear();
  const result = await read();
  const lines = errors.lines();
  expect(lines).toHaveLength(1);
  const [line] = lines;
  expect(line).toContain(`offer ${offerId}`);
  expect(line).toContain(column);
  expect(line).toContain(`${field}: `);
  return result;
}

describe('what the code writes parses, as it is stored', () => {
  test('a credit listing, a proposal and a discount offer: every column and history entry', async () => {
    const listing = await publishedListing('Zwembad De Wielen');
    const action = await publishedAction();
    const { offerId: proposalId } = await startedProposal();

    const credit = await offerRow(listing.offerId);
    expect(readContent('listing', credit.content, { offerId: credit.id, column: 'Offer.content' })).toEqual(credit.content);
    expect(readContent('listing', credit.publishedContent, { offerId: credit.id, column: 'Offer.publishedContent' })).toEqual(
      credit.publishedContent,
    );
    const discount = await offerRow(action.offerId);
    expect(readContent('discount', discount.content, { offerId: discount.id, column: 'Offer.content' })).toEqual(discount.content);
    expect(readOfferContent(discount, discount.publishedContent, 'Offer.publishedContent')).toEqual(discount.publishedContent);
    const proposal = await offerRow(proposalId);
    expect(readContent('proposal', proposal.content, { offerId: proposal.id, column: 'Offer.content' })).toEqual(proposal.content);

    for (const offer of [credit, discount]) {
      const events = await eventList(offer.id);
      expect(events.length).toBeGreaterThan(1);
      for (const e of events) expect(readOfferContent(offer, e.content, 'OfferEvent.content'), e.action).toEqual(e.content);
    }
    expect(errors.lines()).toEqual([]);
  });

  test("the demo catalog's offers (npm run dev, npm run bench) parse as their kind", () => {
    const offers = demoOffers(30, Number(currentYear()));
    expect(new Set(offers.map((o) => o.kind))).toEqual(new Set(['CREDIT_LISTING', 'DISCOUNT_ACTION']));
    for (const [i, o] of offers.entries())
      expect(readOfferContent({ id: `demo-${i}`, kind: o.kind }, o.content, 'Offer.content')).toEqual(o.content);
    expect(errors.lines()).toEqual([]);
  });

  test('an action submitted before the wizard asked for a contact person reads with an empty one', async () => {
    const { offerId } = await submittedProposal();
    await prisma.$executeRaw`UPDATE "Offer" SET "content" = "content" #- '{discount,contactName}' WHERE id = ${offerId}`;
    expect((await editorDiscountAction(offerId))?.content.discount.contactName).toBe('');
    expect(errors.lines()).toEqual([]);
  });
});

describe('a row that does not parse: one log line, then a controlled outcome', () => {
  test('the public page and the catalog: not shown, no entry', async () => {
    const broken = await publishedListing('Zwembad De Wielen');
    const other = await publishedListing('De Boekhoek');
    await setField('Offer', broken.offerId, 'publishedContent', ['title'], '42');

    expect(await loggedOnce(() => publishedOffer(broken.slug), broken.offerId, 'Offer.publishedContent', 'title')).toBeNull();
    expect(await publishedOffer(other.slug)).not.toBeNull();

    // The sync of an approval or withdrawal removes its entry; a start-up rebuild leaves it out.
    expect(await entryOf(broken.offerId)).not.toBeNull();
    const sync = () => prisma.$transaction((tx) => syncCatalogEntry(tx, broken.offerId));
    await loggedOnce(sync, broken.offerId, 'Offer.publishedContent', 'title');
    expect(await entryOf(broken.offerId)).toBeNull();
    await prisma.catalogEntry.deleteMany({});
    expect(await loggedOnce(() => rebuildCatalog(), broken.offerId, 'Offer.publishedContent', 'title')).toBe(1);
    expect(await entryOf(broken.offerId)).toBeNull();
    expect(await entryOf(other.offerId)).not.toBeNull();
  });

  test("the editors' pages: not found", async () => {
    const broken = await submittedProposal();
    await setField('Offer', broken.offerId, 'content', ['discount', 'percent'], '"veertig"');
    expect(await loggedOnce(() => editorDiscountAction(broken.offerId), broken.offerId, 'Offer.content', 'discount.percent')).toBeNull();

    const listing = await publishedListing('Zwembad De Wielen');
    await setField('Offer', listing.offerId, 'content', ['contact', 'showPhone'], '"ja"');
    const organisationId = listing.partner.organisationId;
    expect(await loggedOnce(() => editorOrganisation(organisationId), listing.offerId, 'Offer.content', 'contact.showPhone')).toBeNull();
  });

  test("the partner's pages and Home: not found, left out of the lists", async () => {
    const listing = await publishedListing('Zwembad De Wielen');
    const editor = await makeEditor();
    const { partner } = listing;
    await saveListing(editor, partner.organisationId, listingForm({ version: listing.version, intent: 'send' }));
    await setField('Offer', listing.offerId, 'content', ['address'], '"Wielenpad 4"');
    const orgId = partner.organisationId;
    expect(await loggedOnce(() => partnerOffer(orgId, listing.offerId), listing.offerId, 'Offer.content', 'address')).toBeNull();
    expect(await loggedOnce(() => pendingApprovals(orgId), listing.offerId, 'Offer.content', 'address')).toEqual([]);
    expect(await loggedOnce(() => partnerOffers(orgId), listing.offerId, 'Offer.content', 'address')).toEqual([]);

    // The wizard's draft of a proposal.
    const { partner: proposer, offerId } = await startedProposal();
    await setField('Offer', offerId, 'content', ['draft', 'subject'], '7');
    expect(await loggedOnce(() => partnerOffer(proposer.organisationId, offerId), offerId, 'Offer.content', 'draft.subject')).toBeNull();
    expect(await loggedOnce(() => partnerOffers(proposer.organisationId), offerId, 'Offer.content', 'draft.subject')).toEqual([]);
  });

  test('the preview of a draft that cannot be read is not found (the page answers 404)', async () => {
    const { offerId } = await submittedProposal();
    await setField('Offer', offerId, 'content', ['body'], 'null');
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: offerId }, include: { photo: true, organisation: true } });
    await loggedOnce(
      () => expect(() => draftView(offer, offer.organisation)).toThrow('NEXT_HTTP_ERROR_FALLBACK;404'),
      offerId,
      'Offer.content',
      'body',
    );
  });

  test('the history: an entry whose content cannot be read is shown without its changes', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const first = await saveListing(editor, partner.organisationId, listingForm());
    if (!first.ok) throw new Error(first.reason);
    await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Zomerzwemmen bij De Wielen' }));
    const [saved] = await eventList(first.offerId);
    await setField('OfferEvent', saved.id, 'content', ['photoId'], '3');
    const history = await loggedOnce(() => offerHistory(first.offerId), first.offerId, 'OfferEvent.content', 'photoId');
    expect(errors.lines()[0]).toContain(`event ${saved.id}`);
    expect(history.map((e) => [e.action, e.changes.length > 0])).toEqual([
      ['saved', true],
      ['saved', false],
    ]);
  });

  test("the partner's approval and comment, the editors' save: refused as 'not-found', nothing written", async () => {
    const listing = await publishedListing('Zwembad De Wielen');
    const editor = await makeEditor();
    const { partner, offerId } = listing;
    const sent = await saveListing(editor, partner.organisationId, listingForm({ version: listing.version, intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    await setField('Offer', offerId, 'content', ['title'], 'false');
    await setField('Offer', offerId, 'publishedContent', ['title'], 'false');
    const action = await submittedProposal();
    await setField('Offer', action.offerId, 'content', ['discount', 'editorsInfo'], '[]');
    const before = await loopSnapshot();
    const refused = { ok: false, reason: 'not-found' };
    expect(await loggedOnce(() => approveOffer(partner.actor, offerId, sent.version), offerId, 'Offer.content', 'title')).toEqual(refused);
    const comment = () => commentOnOffer(partner.actor, offerId, sent.version, 'Graag nog iets aanpassen.');
    expect(await loggedOnce(comment, offerId, 'Offer.content', 'title')).toEqual(refused);

    const save = () => saveDiscountAction(editor, action.offerId, listingForm({ version: action.version }), editorDiscount());
    expect(await loggedOnce(save, action.offerId, 'Offer.content', 'discount.editorsInfo')).toEqual(refused);
    expect(await loopSnapshot()).toEqual(before);
  });

  test('a published offer that cannot be read can still be withdrawn: off the site, the partner told, the stored JSON kept', async () => {
    const listing = await publishedListing('Zwembad De Wielen');
    const editor = await makeEditor();
    const { offerId } = listing;
    await setField('Offer', offerId, 'publishedContent', ['title'], 'false');
    const stored = (await offerRow(offerId)).publishedContent;
    const withdraw = () => withdrawOffer(editor, offerId, 'Tijdelijk gesloten.');
    const { slug } = await offerRow(offerId);
    expect(await loggedOnce(withdraw, offerId, 'Offer.publishedContent', 'title')).toEqual({ ok: true, slug });
    expect(await offerRow(offerId)).toMatchObject({ status: 'WITHDRAWN', publishedContent: null, publishedAt: null });
    expect(await entryOf(offerId)).toBeNull();
    const withdrawn = (await eventList(offerId)).find((e) => e.action === 'withdrawn');
    expect(withdrawn).toMatchObject({ comment: 'Tijdelijk gesloten.', content: stored });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: listing.partner.email, subject: nl.mail.withdrawnSubject } });
    expect(mail.text).toContain(slug);
  });

  test('a proposal whose draft cannot be read can still be thrown away', async () => {
    const { partner, offerId } = await startedProposal();
    await setField('Offer', offerId, 'content', ['draft'], '[]');
    expect(await deleteProposal(partner.actor, offerId)).toEqual({ ok: true });
    expect(await prisma.offer.findUnique({ where: { id: offerId } })).toBeNull();
  });

  test("the partner's wizard: saving, submitting and renewing are refused as 'not-found'", async () => {
    const { partner, offerId, version } = await startedProposal();
    const filled = await fillProposal(partner.actor, offerId, version);
    await setField('Offer', offerId, 'content', ['draft', 'percent'], '25');
    const refused = { ok: false, reason: 'not-found' };
    const step = () => saveProposalStep(partner.actor, offerId, filled, 'onderwerp', validStepValues().onderwerp);
    expect(await loggedOnce(step, offerId, 'Offer.content', 'draft.percent')).toEqual(refused);
    expect(await loggedOnce(() => submitProposal(partner.actor, offerId, filled), offerId, 'Offer.content', 'draft.percent')).toEqual(
      refused,
    );
    expect((await offerRow(offerId)).status).toBe('PROPOSAL');

    const action = await publishedAction();
    await setField('Offer', action.offerId, 'publishedContent', ['discount', 'tariffs'], '{}');
    const renew = () => startProposal(action.partner.actor, { renewalOf: action.offerId });
    expect(await loggedOnce(renew, action.offerId, 'Offer.publishedContent', 'discount.tariffs')).toEqual(refused);
    expect(await prisma.offer.count({ where: { organisationId: action.partner.organisationId, status: 'PROPOSAL' } })).toBe(0);
  });

  test('the "afgelopen" notice: the action that cannot be read gets none (and is tried again), the others get theirs', async () => {
    const year = currentYear();
    const lastDay = `${year}-06-30`;
    const ending = { discountOverrides: { validFrom: addDays(lastDay, -60), validUntil: lastDay } };
    const broken = await publishedAction(ending);
    const other = await publishedAction(ending);
    await setField('Offer', broken.offerId, 'publishedContent', ['discount', 'validUntil'], '20260630');
    const sent = await loggedOnce(
      () => sendExpiryNotices(new Date(`${year}-07-01T10:00:00Z`)),
      broken.offerId,
      'Offer.publishedContent',
      'discount.validUntil',
    );
    expect(sent).toBe(1);
    expect((await offerRow(broken.offerId)).expiryNoticeAt).toBeNull();
    expect((await offerRow(other.offerId)).expiryNoticeAt).not.toBeNull();
  });
});
