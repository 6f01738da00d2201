import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Issue 18, "Afwijzen": an editor refuses a discount proposal (final; the partner copies it into a new
// one) or a change of what is online (what is online stays), with a reason from the editors' list
// and/or free text that the partner reads in a mail and in the portal. One transaction with the
// history entry, the audit entry and the mail; two people at once: one wins, the other is told.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { startProposal } from '@/lib/discounts/service';
import { proposeListingChange } from '@/lib/offers/change';
import { listingChangeSchema } from '@/lib/offers/schema';
import { approveOffer, saveDiscountAction } from '@/lib/offers/review';
import { readContent } from '@/lib/offers/content';
import { publishedOffer } from '@/lib/offers/queries';
import { rejectProposal } from '@/lib/offers/reject';
import { partnerHome } from '@/lib/partners/queries';
import { rejectProposalAction } from '@/lib/rejections/actions';
import { rejectProposalSchema } from '@/lib/rejections/schema';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, makeEditor, makePartner, offerRow } from '../support/offers';
import { editorDiscount, publishedAction, submittedProposal } from '../support/proposals';
import { entryOf, publishedListing } from '../support/catalog';

setUpPhotoTests();

const REASON = 'De korting is minder dan 25%.';
const reasonOnList = () => prisma.rejectionReason.create({ data: { kind: 'PROPOSAL', text: REASON, position: 1 } }).then((r) => r.id);
const partnerMails = (email: string) => prisma.outboxMessage.findMany({ where: { to: email } });
const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
};

describe('an editor refuses a discount proposal', () => {
  test('with a reason from the list and a few words: REJECTED, the history, the audit and the partner mail say why', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const reasonId = await reasonOnList();
    const before = (await partnerMails(partner.email)).length;
    const text = 'Met 20% korting is het niet genoeg voor pashouders.';
    expect(await rejectProposal(editor, offerId, version, { reasonId, text })).toMatchObject({ ok: true, change: false });

    expect(await offerRow(offerId)).toMatchObject({ status: 'REJECTED', version, publishedAt: null, sentVersion: null });
    const reason = `${REASON}\n\n${text}`;
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'rejected', actorId: editor.id, comment: reason });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'offer.rejected', entityId: offerId } });
    expect(entry).toMatchObject({ actorId: editor.id, data: { version, reasonId, reason } });
    const mails = (await partnerMails(partner.email)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: nl.reject.proposalSubject('Toegang zwembad'), organisationId: partner.organisationId });
    expect(mails[0].text).toContain(REASON);
    expect(mails[0].text).toContain(text);

    // The partner's Home: refused, with the reason, and a copy to go on with.
    const home = await partnerHome(partner.organisationId, partner.userId);
    const row = home!.submitted.find((o) => o.id === offerId)!;
    expect(row).toMatchObject({ status: 'REJECTED', copyable: true, retractable: false, rejection: { reason } });
  });

  test('free text alone will do; neither is refused by the form, a reason taken off the list by the service', async () => {
    const editor = await makeEditor();
    const { offerId, version } = await submittedProposal();
    expect(rejectProposalSchema.safeParse({ offerId, version, reasonId: '', text: '  ' }).success).toBe(false);
    const archived = await prisma.rejectionReason.create({ data: { kind: 'PROPOSAL', text: 'Oud', archivedAt: new Date() } });
    const registrationOnly = await prisma.rejectionReason.create({ data: { kind: 'REGISTRATION', text: 'Niet in Dordrecht' } });
    const before = await loopSnapshot();
    for (const reasonId of [archived.id, registrationOnly.id, 'unknown'])
      expect(await rejectProposal(editor, offerId, version, { reasonId, text: '' })).toEqual({ ok: false, reason: 'reason-gone' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await rejectProposal(editor, offerId, version, { reasonId: '', text: 'Alleen eigen woorden.' })).toMatchObject({
      ok: true,
      change: false,
    });
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'rejected', comment: 'Alleen eigen woorden.' });
  });

  test('refused, nothing written: a partner, a stale version, a published action without a change, a retracted or refused one', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const published = await publishedAction();
    const input = { reasonId: '', text: 'Nee.' };
    const before = await loopSnapshot();
    expect(await rejectProposal(partner.actor, offerId, version, input)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await rejectProposal(editor, offerId, version - 1, input)).toEqual({ ok: false, reason: 'stale' });
    expect(await rejectProposal(editor, 'nope', version, input)).toEqual({ ok: false, reason: 'not-found' });
    const online = await offerRow(published.offerId);
    expect(await rejectProposal(editor, published.offerId, online.version, input)).toEqual({ ok: false, reason: 'not-rejectable' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await rejectProposal(editor, offerId, version, input)).toMatchObject({ ok: true, change: false });
    expect(await rejectProposal(editor, offerId, version, input)).toEqual({ ok: false, reason: 'not-rejectable' });
  });

  test('the built action refuses nobody, a partner and the partner of the offer before anything is written', async () => {
    const { partner, offerId, version } = await submittedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    const before = await loopSnapshot();
    for (const user of [null, partner.actor, other.actor]) {
      who = user;
      const answer = await rejectProposalAction(initialFormState, form({ offerId, version, reasonId: '', text: 'Nee.' }));
      expect(answer).toMatchObject({ ok: false, message: user ? nl.app.noAccess : nl.app.notLoggedIn });
    }
    expect(await loopSnapshot()).toEqual(before);
    who = await makeEditor();
    // Done: to the action's page, which shows the refusal.
    await expect(rejectProposalAction(initialFormState, form({ offerId, version, reasonId: '', text: 'Nee.' }))).rejects.toThrow(
      'NEXT_REDIRECT',
    );
    expect((await offerRow(offerId)).status).toBe('REJECTED');
    who = null;
  });

  test('two editors at once, refusing and refusing or refusing and sending: one wins, the other is told it is stale', async () => {
    const [eva, piet] = [await makeEditor('Eva'), await makeEditor('Piet')];
    const first = await submittedProposal();
    const twice = await Promise.all([
      rejectProposal(eva, first.offerId, first.version, { reasonId: '', text: 'Eva zegt nee.' }),
      rejectProposal(piet, first.offerId, first.version, { reasonId: '', text: 'Piet zegt nee.' }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(twice.filter((r) => !r.ok)).toEqual([{ ok: false, reason: expect.stringMatching(/^(stale|not-rejectable)$/) }]);
    expect((await eventList(first.offerId)).filter((e) => e.action === 'rejected')).toHaveLength(1);

    const second = await submittedProposal();
    const [rejected, sent] = await Promise.all([
      rejectProposal(eva, second.offerId, second.version, { reasonId: '', text: 'Nee.' }),
      saveDiscountAction(piet, second.offerId, listingForm({ version: second.version, intent: 'send' }), editorDiscount()),
    ]);
    expect([rejected.ok, sent.ok].filter(Boolean)).toHaveLength(1);
    const row = await offerRow(second.offerId);
    expect(row.status).toBe(rejected.ok ? 'REJECTED' : 'AWAITING_PARTNER');
    if (!rejected.ok) expect(rejected.reason).toBe('stale');
    if (!sent.ok) expect(sent.reason).toBe('stale');
  });

  test('a refusal and the partner approving at once: one wins', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const sent = await saveDiscountAction(editor, offerId, listingForm({ version, intent: 'send' }), editorDiscount());
    if (!sent.ok) throw new Error(sent.reason);
    const [rejected, approved] = await Promise.all([
      rejectProposal(editor, offerId, sent.version, { reasonId: '', text: 'Toch niet.' }),
      approveOffer(partner.actor, offerId, sent.version),
    ]);
    expect([rejected.ok, approved.ok].filter(Boolean)).toHaveLength(1);
    expect((await offerRow(offerId)).status).toBe(rejected.ok ? 'REJECTED' : 'PUBLISHED');
  });

  test('the partner copies a refused proposal into a new one; another organisation cannot', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    await rejectProposal(editor, offerId, version, { reasonId: '', text: 'Nee.' });
    expect(await startProposal(other.actor, { copyOf: offerId })).toEqual({ ok: false, reason: 'not-found' });
    const copy = await startProposal(partner.actor, { copyOf: offerId });
    if (!copy.ok) throw new Error(copy.reason);
    const { draft } = readContent('proposal', (await offerRow(copy.offerId)).content, { offerId: copy.offerId, column: 'Offer.content' })!;
    expect(draft.subject).toBe('toegang zwembad');
    expect((await offerRow(offerId)).status).toBe('REJECTED');
  });
});

describe('an editor refuses a change of what is online', () => {
  function changeForm(offerId: string, version: number, title: string) {
    const { photoId: _p, photoClaim: _c, keepPhoto: _k, intent: _i, version: _v, ...fields } = listingForm();
    const values = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'on' : '') : String(v ?? '')]),
    );
    return listingChangeSchema.parse({ ...values, title, offerId, version: String(version), note: '' });
  }

  test('the offer is back as it is online: PUBLISHED, the published copy as working copy, page and catalog untouched', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version, slug } = await publishedListing('Zwembad De Wielen');
    const proposed = await proposeListingChange(partner.actor, changeForm(offerId, version, 'Gratis zwemmen voor iedereen'));
    expect(proposed.ok).toBe(true);
    const changed = await offerRow(offerId);
    const entryBefore = await entryOf(offerId);
    expect(await rejectProposal(editor, offerId, changed.version, { reasonId: '', text: 'Dat klopt niet met de afspraak.' })).toEqual({
      ok: true,
      change: true,
      path: `/redactie/partners/${partner.organisationId}`,
    });
    const row = await offerRow(offerId);
    expect(row).toMatchObject({ status: 'PUBLISHED', version: changed.version + 1, sentVersion: null, photoId: row.publishedPhotoId });
    expect(row.content).toEqual(row.publishedContent);
    expect(row.publishedAt).toEqual(changed.publishedAt);
    expect((await publishedOffer(slug))?.title).toBe('Zwemmen bij De Wielen');
    expect(await entryOf(offerId)).toEqual(entryBefore);
    const last = (await eventList(offerId)).at(-1)!;
    expect(last).toMatchObject({ action: 'change-rejected', comment: 'Dat klopt niet met de afspraak.' });
    expect(readContent('listing', last.content, { offerId, column: 'OfferEvent.content' })?.title).toBe('Gratis zwemmen voor iedereen');
    const [mail] = await prisma.outboxMessage.findMany({
      where: { to: partner.email, subject: nl.reject.changeSubject('Zwemmen bij De Wielen') },
    });
    expect(mail.text).toContain('Dat klopt niet met de afspraak.');
    // Online again as it was: the partner may propose a change again.
    const home = await partnerHome(partner.organisationId, partner.userId);
    expect(home!.submitted.find((o) => o.id === offerId)).toMatchObject({ changeable: true });
  });
});
