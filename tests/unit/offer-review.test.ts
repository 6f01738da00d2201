import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { approveOffer, commentOnOffer, saveListing, withdrawOffer } from '@/lib/offers/review';
import { offerHistory, pendingApprovals, publishedOffer } from '@/lib/offers/queries';
import type { OfferContent } from '@/lib/offers/schema';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, mailsWithSubject, makeEditor, makePartner, offerRow, uploadPhoto } from '../support/offers';

// The editorial review loop of the credit listing (PRODUCT.md §2) through lib/offers/review.ts, the
// only writer of an offer's status, against the real database: the status machine, the history
// (offerHistory).

setUpPhotoTests();

const saved = async (p: Promise<Awaited<ReturnType<typeof saveListing>>>) => {
  const result = await p;
  if (!result.ok) throw new Error(`saveListing refused: ${result.reason}`);
  return result;
};

describe('the status machine', () => {
  test('the first save creates the DRAFT listing, version 1, slug from the display name; a second save → version 2', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ showDisplayName: 'on', displayName: 'Zwembad De Wielen', partnerType: 'CREDIT' });

    const first = await saveListing(editor, partner.organisationId, listingForm({ version: 0 }));
    expect(first).toEqual({ ok: true, offerId: expect.any(String), version: 1, sent: false });
    if (!first.ok) return;
    const offer = await offerRow(first.offerId);
    expect(offer).toMatchObject({
      kind: 'CREDIT_LISTING',
      organisationId: partner.organisationId,
      status: 'DRAFT',
      version: 1,
      sentVersion: null,
      slug: 'zwembad-de-wielen',
      photoId: null,
      publishedContent: null,
      publishedAt: null,
    });
    expect((offer.content as OfferContent).title).toBe('Zwemmen bij De Wielen');

    const second = await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Zwemmen in De Wielen' }));
    expect(second).toEqual({ ok: true, offerId: first.offerId, version: 2, sent: false });
    const after = await offerRow(first.offerId);
    expect(after).toMatchObject({ status: 'DRAFT', version: 2, sentVersion: null, slug: 'zwembad-de-wielen' });
    expect((after.content as OfferContent).title).toBe('Zwemmen in De Wielen');
    expect(await prisma.offer.count({ where: { organisationId: partner.organisationId } })).toBe(1);

    expect((await eventList(first.offerId)).map((e) => [e.action, e.version, e.actorId, e.actorName])).toEqual([
      ['saved', 1, editor.id, 'Eva Redactie'],
      ['saved', 2, editor.id, 'Eva Redactie'],
    ]);
    // Saving only: the partner is not asked anything.
    expect(await mailsWithSubject(partner.email, nl.mail.approvalSubject)).toEqual([]);
    expect(await pendingApprovals(partner.organisationId)).toEqual([]);
    expect(
      (await prisma.auditEntry.findMany({ where: { entityId: first.offerId }, orderBy: { createdAt: 'asc' } })).map((a) => [
        a.actorId,
        a.action,
        a.data,
      ]),
    ).toEqual([
      [editor.id, 'offer.saved', { version: 1 }],
      [editor.id, 'offer.saved', { version: 2 }],
    ]);
  });

  test('a second organisation with the same name gets the slug with -2; without a display name the legal name is used', async () => {
    const editor = await makeEditor();
    const a = await makePartner({ showDisplayName: 'on', displayName: 'Café De Stoep' });
    const b = await makePartner({ showDisplayName: 'on', displayName: 'Café De Stoep' });
    const c = await makePartner({ legalName: 'Muziekschool Dordrecht B.V.' });
    const slugOf = async (organisationId: string) => {
      const result = await saved(saveListing(editor, organisationId, listingForm()));
      return (await offerRow(result.offerId)).slug;
    };
    expect(await slugOf(a.organisationId)).toBe('cafe-de-stoep');
    expect(await slugOf(b.organisationId)).toBe('cafe-de-stoep-2');
    expect(await slugOf(c.organisationId)).toBe('muziekschool-dordrecht-b-v');
  });

  test('the whole loop: send → comment → revise → send → approve (published) → new draft → approve → withdraw', async () => {
    const editor = await makeEditor('Eva Redactie');
    const otherEditor = await makeEditor('Ruud Redacteur');
    const partner = await makePartner({ showDisplayName: 'on', displayName: 'Zwembad De Wielen', partnerType: 'BOTH' });
    // A second confirmed partner user of the same organisation is mailed too; an unconfirmed one is not.
    const colleague = await prisma.user.create({
      data: {
        email: 'collega@dewielen.nl',
        username: 'collega',
        passwordHash: 'x',
        role: 'PARTNER',
        name: 'Kees Collega',
        organisationId: partner.organisationId,
        emailConfirmedAt: new Date(),
      },
    });
    const unconfirmed = await prisma.user.create({
      data: {
        email: 'nieuw@dewielen.nl',
        username: 'nieuw',
        passwordHash: 'x',
        role: 'PARTNER',
        name: 'Nog Niet',
        organisationId: partner.organisationId,
      },
    });
    const partnerAddresses = [partner.email, colleague.email];
    const photo = await uploadPhoto(editor.id);

    // 1. The editor saves (v1) and sends (v2) in one go: saved + sent, mail to the partner's users.
    const v1 = await saved(saveListing(editor, partner.organisationId, listingForm({ photoId: photo.id, photoClaim: photo.claim })));
    const offerId = v1.offerId;
    const v2 = await saveListing(editor, partner.organisationId, listingForm({ version: 1, keepPhoto: photo.id, intent: 'send' }));
    expect(v2).toEqual({ ok: true, offerId, version: 2, sent: true });
    expect(await offerRow(offerId)).toMatchObject({
      status: 'AWAITING_PARTNER',
      version: 2,
      sentVersion: 2,
      photoId: photo.id,
      publishedContent: null,
    });
    expect((await eventList(offerId)).map((e) => [e.action, e.version])).toEqual([
      ['saved', 1],
      ['saved', 2],
      ['sent', 2],
    ]);
    for (const to of partnerAddresses) {
      const mails = await mailsWithSubject(to, nl.mail.approvalSubject);
      expect(mails, to).toHaveLength(1);
      expect(mails[0].html).toContain('Zwemmen bij De Wielen');
      expect(mails[0].html).toContain('http://localhost:3000/partner');
    }
    expect(await mailsWithSubject(unconfirmed.email, nl.mail.approvalSubject)).toEqual([]);
    expect((await pendingApprovals(partner.organisationId)).map((o) => o.id)).toEqual([offerId]);
    expect(await publishedOffer('zwembad-de-wielen')).toBeNull();

    // 2. The partner comments: back to the editors, every editor mailed with the text.
    const comment = 'Graag vermelden dat we op zondag ook open zijn.';
    expect(await commentOnOffer(partner.actor, offerId, 2, comment)).toEqual({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'CHANGES_REQUESTED', version: 2, sentVersion: null });
    const commented = (await eventList(offerId)).filter((e) => e.action === 'commented');
    expect(commented).toHaveLength(1);
    expect(commented[0]).toMatchObject({ actorId: partner.userId, actorName: 'Fatima Bakker', comment, version: 2 });
    for (const e of [editor, otherEditor]) {
      const mails = await mailsWithSubject(e.email, nl.mail.commentedSubject('Zwembad De Wielen'));
      expect(mails, e.email).toHaveLength(1);
      expect(mails[0].html).toContain(comment);
      expect(mails[0].html).toContain(`/redactie/partners/${partner.organisationId}`);
    }
    expect(await pendingApprovals(partner.organisationId)).toEqual([]);

    // 3. The editor revises: still CHANGES_REQUESTED; then sends again: AWAITING_PARTNER.
    expect(
      await saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 2, keepPhoto: photo.id, openingInfo: 'Elke dag open, ook op zondag.' }),
      ),
    ).toEqual({
      ok: true,
      offerId,
      version: 3,
      sent: false,
    });
    expect(await offerRow(offerId)).toMatchObject({ status: 'CHANGES_REQUESTED', version: 3, sentVersion: null });
    expect(
      await saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 3, keepPhoto: photo.id, openingInfo: 'Elke dag open, ook op zondag.', intent: 'send' }),
      ),
    ).toEqual({
      ok: true,
      offerId,
      version: 4,
      sent: true,
    });
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', version: 4, sentVersion: 4 });
    expect(await mailsWithSubject(partner.email, nl.mail.approvalSubject)).toHaveLength(2);

    // 4. The partner approves version 4: published at once, with exactly that content and photo.
    const before = new Date();
    expect(await approveOffer(partner.actor, offerId, 4)).toEqual({ ok: true, slug: 'zwembad-de-wielen' });
    const published = await offerRow(offerId);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 4, sentVersion: null, publishedPhotoId: photo.id, photoId: photo.id });
    expect(published.publishedContent).toEqual(published.content);
    expect((published.publishedContent as OfferContent).openingInfo).toBe('Elke dag open, ook op zondag.');
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    for (const to of partnerAddresses) {
      const mails = await mailsWithSubject(to, nl.mail.publishedSubject);
      expect(mails, to).toHaveLength(1);
      expect(mails[0].html).toContain('http://localhost:3000/aanbod/zwembad-de-wielen');
    }
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'approved', version: 4, actorId: partner.userId });
    expect(await publishedOffer('zwembad-de-wielen')).toMatchObject({
      title: 'Zwemmen bij De Wielen',
      openingInfo: 'Elke dag open, ook op zondag.',
      organisationName: 'Zwembad De Wielen',
    });

    // 5. A new draft after publication: the site keeps the approved version…
    await saved(
      saveListing(editor, partner.organisationId, listingForm({ version: 4, keepPhoto: photo.id, title: 'Zomerzwemmen bij De Wielen' })),
    );
    const draft = await offerRow(offerId);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 5, publishedPhotoId: photo.id });
    expect(draft.publishedContent).toEqual(published.publishedContent);
    expect(draft.publishedAt).toEqual(published.publishedAt);
    expect((await publishedOffer('zwembad-de-wielen'))?.title).toBe('Zwemmen bij De Wielen');
    await saved(
      saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 5, keepPhoto: photo.id, title: 'Zomerzwemmen bij De Wielen', intent: 'send' }),
      ),
    );
    expect((await publishedOffer('zwembad-de-wielen'))?.title).toBe('Zwemmen bij De Wielen');
    // …until the partner approves the new version.
    expect(await approveOffer(partner.actor, offerId, 6)).toEqual({ ok: true, slug: 'zwembad-de-wielen' });
    expect((await publishedOffer('zwembad-de-wielen'))?.title).toBe('Zomerzwemmen bij De Wielen');

    // 6. The editor withdraws it, with a reason the partner is told.
    const reason = 'Het buitenbad is de komende maanden gesloten.';
    expect(await withdrawOffer(editor, offerId, reason)).toEqual({ ok: true, slug: 'zwembad-de-wielen' });
    expect(await offerRow(offerId)).toMatchObject({
      status: 'WITHDRAWN',
      publishedContent: null,
      publishedPhotoId: null,
      publishedAt: null,
      sentVersion: null,
      version: 6,
    });
    expect(await publishedOffer('zwembad-de-wielen')).toBeNull();
    expect((await eventList(offerId)).at(-1)).toMatchObject({
      action: 'withdrawn',
      comment: reason,
      actorId: editor.id,
      actorName: 'Eva Redactie',
      version: 6,
    });
    for (const to of partnerAddresses) {
      const mails = await mailsWithSubject(to, nl.mail.withdrawnSubject);
      expect(mails, to).toHaveLength(1);
      expect(mails[0].html).toContain(reason);
      expect(mails[0].text).toContain(reason);
    }
    expect(await mailsWithSubject(unconfirmed.email, nl.mail.publishedSubject)).toEqual([]);

    // Every step is kept.
    expect((await eventList(offerId)).map((e) => e.action)).toEqual([
      'saved',
      'saved',
      'sent',
      'commented',
      'saved',
      'saved',
      'sent',
      'approved',
      'saved',
      'saved',
      'sent',
      'approved',
      'withdrawn',
    ]);
    expect(
      (await prisma.auditEntry.findMany({ where: { entityType: 'Offer', entityId: offerId }, orderBy: { createdAt: 'asc' } })).map(
        (a) => a.action,
      ),
    ).toEqual([
      'offer.saved',
      'offer.sent',
      'offer.commented',
      'offer.saved',
      'offer.sent',
      'offer.approved',
      'offer.saved',
      'offer.sent',
      'offer.approved',
      'offer.withdrawn',
    ]);
  });

  test('withdrawing something that is not online is refused ("not-waiting"); a withdrawn listing can be revised, sent and published again', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const { offerId } = await saved(saveListing(editor, partner.organisationId, listingForm({ intent: 'send' })));
    expect(await withdrawOffer(editor, offerId, 'Nog niet online, dus niets te doen.')).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', sentVersion: 1 });
    expect(await withdrawOffer(editor, 'cl_no_such_offer', 'Bestaat niet.')).toEqual({ ok: false, reason: 'not-found' });

    expect(await approveOffer(partner.actor, offerId, 1)).toMatchObject({ ok: true });
    expect(await withdrawOffer(editor, offerId, 'Tijdelijk gesloten.')).toMatchObject({ ok: true });
    // Withdrawing twice: the second finds nothing online.
    expect(await withdrawOffer(editor, offerId, 'Tijdelijk gesloten.')).toEqual({ ok: false, reason: 'not-waiting' });

    expect(
      await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Weer open', intent: 'send' })),
    ).toMatchObject({ ok: true, version: 2 });
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', sentVersion: 2 });
    expect(await approveOffer(partner.actor, offerId, 2)).toMatchObject({ ok: true });
    const slug = (await offerRow(offerId)).slug;
    expect((await publishedOffer(slug))?.title).toBe('Weer open');
  });
});

describe('offerHistory', () => {
  test("newest first; each save lists the fields it changed (the first save every filled field); comments carry the partner's name and text", async () => {
    const editor = await makeEditor('Eva Redactie');
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const f = nl.offer.fields;

    const { offerId } = await saved(saveListing(editor, partner.organisationId, listingForm({ openingInfo: '' })));
    await saved(
      saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 1, openingInfo: '', title: 'Zwemmen in het buitenbad', intent: 'send' }),
      ),
    );
    const comment = 'Zet er ook het telefoonnummer van de kassa bij.';
    expect(await commentOnOffer(partner.actor, offerId, 2, comment)).toEqual({ ok: true });
    await saved(
      saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 2, openingInfo: '', title: 'Zwemmen in het buitenbad', showEmail: 'on' }),
      ),
    );

    const history = await offerHistory(offerId);
    // Numbered as the partner knows them: proposal 1 was sent and commented on; saves have no number.
    expect(history.map((h) => [h.action, h.proposal, h.actorName])).toEqual([
      ['saved', null, 'Eva Redactie'],
      ['commented', 1, 'Fatima Bakker'],
      ['sent', 1, 'Eva Redactie'],
      ['saved', null, 'Eva Redactie'],
      ['saved', null, 'Eva Redactie'],
    ]);
    for (let i = 1; i < history.length; i++) expect(history[i - 1].at.getTime()).toBeGreaterThanOrEqual(history[i].at.getTime());

    const [third, commented, sent, second, first] = history;
    // The first save: every filled field, nothing for the empty opening hours.
    expect(first.changes.map((c) => c.field)).toEqual([f.title, f.body, f.category, f.address, f.phone, f.email, f.website, f.photo]);
    expect(first.changes.every((c) => c.before === '')).toBe(true);
    expect(first.changes.find((c) => c.field === f.title)?.after).toBe('Zwemmen bij De Wielen');
    expect(first.changes.find((c) => c.field === f.category)?.after).toBe('Sport en bewegen');
    expect(first.changes.find((c) => c.field === f.address)?.after).toBe('Wielenpad 4, 3311 AB Dordrecht');
    expect(first.changes.find((c) => c.field === f.email)?.after).toBe(`info@dewielen.nl (${nl.offer.hidden})`);
    // A later save: only what changed, with before and after.
    expect(second.changes).toEqual([{ field: f.title, before: 'Zwemmen bij De Wielen', after: 'Zwemmen in het buitenbad' }]);
    expect(third.changes).toEqual([
      { field: f.email, before: `info@dewielen.nl (${nl.offer.hidden})`, after: `info@dewielen.nl (${nl.offer.shown})` },
    ]);
    // Other entries have no changes; the comment has its text.
    expect(sent.changes).toEqual([]);
    expect(commented).toMatchObject({ comment, changes: [] });
    expect(second.comment).toBeNull();
  });

  test('a changed photo shows in the history; an offer without events has an empty history', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const one = await uploadPhoto();
    const two = await uploadPhoto();
    const f = nl.offer.fields;
    const { offerId } = await saved(saveListing(editor, partner.organisationId, listingForm()));
    await saved(saveListing(editor, partner.organisationId, listingForm({ version: 1, photoId: one.id, photoClaim: one.claim })));
    await saved(saveListing(editor, partner.organisationId, listingForm({ version: 2, photoId: two.id, photoClaim: two.claim })));
    const [third, second] = await offerHistory(offerId);
    expect(second.changes).toEqual([{ field: f.photo, before: nl.offer.photoNone, after: nl.offer.photoSet }]);
    expect(third.changes).toEqual([{ field: f.photo, before: nl.offer.photoSet, after: nl.offer.photoOther }]);
    expect(await offerHistory('cl_no_such_offer')).toEqual([]);
  });
});
