import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import type { DiscountContent, DiscountDetails } from '@/lib/discounts/content';
import { approveOffer, commentOnOffer, saveDiscountAction, saveListing, withdrawOffer } from '@/lib/offers/review';
import { draftView, isExpired, offerHistory, pendingApprovals, publishedOffer } from '@/lib/offers/queries';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, mailsWithSubject, makeEditor, makePartner, offerRow, uploadPhoto } from '../support/offers';
import { addDays, currentYear, editorDiscount, publishedAction, startedProposal, submittedProposal } from '../support/proposals';

// The editors' review of a submitted discount offer (lib/offers/review.ts): the same save, send,
// comment and approve as a credit listing, plus the period — the public page stops showing the
// action after its last day (Dordrecht date). Against the real database.

setUpPhotoTests();

const page = nl.discount.page;

/**
 * The editor's listing form that keeps the submitted content (see support/proposals.ts), title
 * rewritten; the partner chose to show none of the contact details, and the form keeps that.
 */
const reviewForm = (overrides: Record<string, string | number | undefined> = {}) =>
  listingForm({
    title: 'Halve prijs in Zwembad Oost',
    body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
    openingInfo: '',
    email: 'info@zwembad-oost.nl',
    website: 'https://www.zwembad-oost.nl',
    showPhone: '',
    showEmail: '',
    showWebsite: '',
    ...overrides,
  });
const showingAll = { showPhone: 'on', showEmail: 'on', showWebsite: 'on' };

const saved = async (p: ReturnType<typeof saveDiscountAction>) => {
  const result = await p;
  if (!result.ok) throw new Error(`saveDiscountAction refused: ${result.reason}`);
  return result;
};

const isoDate = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('the editor rewrites a submitted proposal', () => {
  test("saveDiscountAction: DRAFT with a new version; subject, note to the editors and contact person stay the partner's", async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const slug = (await offerRow(offerId)).slug;
    // Even if the form sent other values for them, the partner's own fields are kept.
    const discount = {
      ...editorDiscount({ percent: 45, usage: 'ONCE' }),
      subject: 'iets anders',
      editorsInfo: 'overschreven',
      contactName: 'Iemand',
    } as Omit<DiscountDetails, 'subject' | 'editorsInfo' | 'contactName'>;
    const result = await saveDiscountAction(editor, offerId, reviewForm({ version }), discount);
    expect(result).toEqual({ ok: true, offerId, version: version + 1, sent: false });

    const offer = await offerRow(offerId);
    const year = currentYear();
    expect(offer).toMatchObject({
      kind: 'DISCOUNT_ACTION',
      status: 'DRAFT',
      version: version + 1,
      sentVersion: null,
      slug,
      publishedAt: null,
      validFrom: null,
      validUntil: null,
    });
    const content = offer.content as DiscountContent;
    expect(content.title).toBe('Halve prijs in Zwembad Oost');
    expect(content.discount).toEqual({
      subject: 'toegang zwembad',
      validFrom: `${year}-01-01`,
      validUntil: `${year}-12-31`,
      validityNote: 'Niet op maandag.',
      editorsInfo: 'Bel gerust als er iets niet duidelijk is.',
      tips: 'Kom op doordeweekse ochtenden.',
      reservationRequired: true,
      discountType: 'PERCENT',
      percent: 45,
      usage: 'ONCE',
      tariffs: [],
      contactName: 'Fatima Bakker',
    });
    expect((await eventList(offerId)).map((e) => [e.action, e.version, e.actorId])).toEqual([
      ['submitted', version, partner.userId],
      ['saved', version + 1, editor.id],
    ]);
    expect(
      await prisma.auditEntry.findMany({ where: { entityId: offerId, action: 'offer.saved' }, select: { actorId: true, data: true } }),
    ).toEqual([{ actorId: editor.id, data: { version: version + 1 } }]);
    // Only saved: the partner is not asked anything, nothing public.
    expect(await mailsWithSubject(partner.email, nl.mail.approvalSubject)).toEqual([]);
    expect(await pendingApprovals(partner.organisationId)).toEqual([]);
    expect(await publishedOffer(slug)).toBeNull();
  });

  test("the editor's preview shows the discount as the public page will", async () => {
    const editor = await makeEditor();
    const { offerId, version } = await submittedProposal();
    await saved(saveDiscountAction(editor, offerId, reviewForm({ version }), editorDiscount()));
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: offerId }, include: { photo: true, organisation: true } });
    const view = draftView(offer, offer.organisation);
    expect(view).toMatchObject({ kind: 'DISCOUNT_ACTION', organisationName: 'Zwembad Oost', title: 'Halve prijs in Zwembad Oost' });
    expect(view.discount?.headline).toBe('50% korting met je Dordtpas');
  });

  test('send → AWAITING_PARTNER and a mail to the partner; the partner comments → CHANGES_REQUESTED and the editors are told', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const sent = await saved(saveDiscountAction(editor, offerId, reviewForm({ version, intent: 'send' }), editorDiscount()));
    expect(sent).toEqual({ ok: true, offerId, version: version + 1, sent: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', version: version + 1, sentVersion: version + 1 });
    const mails = await mailsWithSubject(partner.email, nl.mail.approvalSubject);
    expect(mails).toHaveLength(1);
    expect(mails[0].html).toContain('Halve prijs in Zwembad Oost');
    expect((await pendingApprovals(partner.organisationId)).map((o) => o.id)).toEqual([offerId]);

    const comment = 'Graag ook vermelden dat kinderen tot 4 jaar gratis zwemmen.';
    expect(await commentOnOffer(partner.actor, offerId, version + 1, comment)).toEqual({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'CHANGES_REQUESTED', sentVersion: null, version: version + 1 });
    const told = await mailsWithSubject(editor.email, nl.mail.commentedSubject('Zwembad Oost'));
    expect(told).toHaveLength(1);
    expect(told[0].html).toContain('kinderen tot 4 jaar gratis');
    expect((await eventList(offerId)).map((e) => [e.action, e.comment])).toEqual([
      ['submitted', null],
      ['saved', null],
      ['sent', null],
      ['commented', comment],
    ]);

    // The editor's next save stays CHANGES_REQUESTED until it is sent again.
    await saved(saveDiscountAction(editor, offerId, reviewForm({ version: version + 1 }), editorDiscount()));
    expect((await offerRow(offerId)).status).toBe('CHANGES_REQUESTED');
  });

  test("the editors' mail about a comment on a discount offer links to the action", async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const sent = await saved(saveDiscountAction(editor, offerId, reviewForm({ version, intent: 'send' }), editorDiscount()));
    await commentOnOffer(partner.actor, offerId, sent.version, 'Graag de openingstijden erbij zetten.');
    const [mail] = await mailsWithSubject(editor.email, nl.mail.commentedSubject('Zwembad Oost'));
    expect(mail.html).toContain(`/redactie/acties/${offerId}`);
  });

  test('approveOffer publishes it: PUBLISHED, the period in the validity columns, the public page with the discount', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    // The editor shows the contact details (the partner approves that preview).
    const sent = await saved(saveDiscountAction(editor, offerId, reviewForm({ version, intent: 'send', ...showingAll }), editorDiscount()));
    const slug = (await offerRow(offerId)).slug;

    expect(await approveOffer(partner.actor, offerId, sent.version)).toEqual({ ok: true, slug });
    const offer = await offerRow(offerId);
    const year = currentYear();
    expect(offer).toMatchObject({ status: 'PUBLISHED', sentVersion: null, version: sent.version, publishedAt: expect.any(Date) });
    expect(offer.publishedContent).toEqual(offer.content);
    expect(isoDate(offer.validFrom)).toBe(`${year}-01-01`);
    expect(isoDate(offer.validUntil)).toBe(`${year}-12-31`);
    expect(await mailsWithSubject(partner.email, nl.mail.publishedSubject)).toHaveLength(1);
    expect((await eventList(offerId)).map((e) => e.action)).toEqual(['submitted', 'saved', 'sent', 'approved']);

    const view = await publishedOffer(slug);
    expect(view).toMatchObject({
      kind: 'DISCOUNT_ACTION',
      organisationName: 'Zwembad Oost',
      title: 'Halve prijs in Zwembad Oost',
      body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
      places: [expect.objectContaining({ address: 'Wielenpad 4, 3311 AB Dordrecht' })],
      contact: { phone: '0781234567', email: 'info@zwembad-oost.nl', website: 'https://www.zwembad-oost.nl' },
      photo: null,
    });
    expect(view?.discount).toEqual({
      headline: '50% korting met je Dordtpas',
      tariffs: [],
      usage: page.repeated,
      validity: `Geldig van 1 januari ${year} tot en met 31 december ${year}.`,
      validityNote: 'Niet op maandag.',
      reservationRequired: true,
      tips: 'Kom op doordeweekse ochtenden.',
    });
  });

  test('prices per age on the public page: a table by age, amounts as "€ 12,50"; a percentage with a decimal comma', async () => {
    const { slug } = await publishedAction({
      discountOverrides: {
        discountType: 'TARIFFS',
        percent: null,
        usage: 'ONCE',
        validFrom: `${currentYear()}-03-01`,
        validUntil: `${Number(currentYear()) + 1}-02-28`,
        tariffs: [
          { minAge: 65, maxAge: null, regular: 1250, pass: 937 },
          { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
          { minAge: 13, maxAge: 13, regular: 800, pass: 600 },
        ],
      },
    });
    const discount = (await publishedOffer(slug))?.discount;
    expect(discount).toMatchObject({
      headline: page.tariffs,
      usage: page.once,
      validity: `Geldig van 1 maart ${currentYear()} tot en met 28 februari ${Number(currentYear()) + 1}.`,
      tariffs: [
        { ages: '4 tot en met 12 jaar', regular: '€ 6,00', pass: '€ 4,50' },
        { ages: '13 jaar', regular: '€ 8,00', pass: '€ 6,00' },
        { ages: '65 jaar en ouder', regular: '€ 12,50', pass: '€ 9,37' },
      ],
    });

    const other = await publishedAction({ discountOverrides: { percent: 37.5 } });
    expect((await publishedOffer(other.slug))?.discount?.headline).toBe('37,5% korting met je Dordtpas');
  });

  test("a new version approved later moves the period; an editor's draft in between does not", async () => {
    const { editor, partner, offerId, slug, version } = await publishedAction();
    const next = String(Number(currentYear()) + 1);
    const draft = await saved(
      saveDiscountAction(
        editor,
        offerId,
        reviewForm({ version }),
        editorDiscount({ validFrom: `${next}-01-01`, validUntil: `${next}-06-30` }),
      ),
    );
    let offer = await offerRow(offerId);
    expect(offer.status).toBe('DRAFT');
    expect(isoDate(offer.validUntil)).toBe(`${currentYear()}-12-31`);
    // The public page still shows what was approved.
    expect((await publishedOffer(slug))?.discount?.validity).toBe(
      `Geldig van 1 januari ${currentYear()} tot en met 31 december ${currentYear()}.`,
    );

    const sent = await saved(
      saveDiscountAction(
        editor,
        offerId,
        reviewForm({ version: draft.version, intent: 'send' }),
        editorDiscount({ validFrom: `${next}-01-01`, validUntil: `${next}-06-30` }),
      ),
    );
    expect(await approveOffer(partner.actor, offerId, sent.version)).toEqual({ ok: true, slug });
    offer = await offerRow(offerId);
    expect(isoDate(offer.validFrom)).toBe(`${next}-01-01`);
    expect(isoDate(offer.validUntil)).toBe(`${next}-06-30`);
  });

  test('a credit listing and a discount offer of the same organisation live side by side', async () => {
    const { editor, partner, offerId } = await publishedAction();
    const listing = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }));
    expect(listing).toMatchObject({ ok: true, version: 1 });
    if (!listing.ok) return;
    expect(listing.offerId).not.toBe(offerId);
    expect(await approveOffer(partner.actor, listing.offerId, 1)).toMatchObject({ ok: true });
    const credit = await offerRow(listing.offerId);
    expect(credit).toMatchObject({ kind: 'CREDIT_LISTING', status: 'PUBLISHED', validFrom: null, validUntil: null });
    expect((await publishedOffer(credit.slug))?.discount).toBeNull();
    expect((await offerRow(offerId)).status).toBe('PUBLISHED');
  });
});

describe('who may do what', () => {
  test('an editor cannot save a proposal the partner has not submitted: "not found", nothing changes', async () => {
    const editor = await makeEditor();
    const { offerId } = await startedProposal();
    const before = await loopSnapshot();
    for (const version of [0, 1]) {
      expect(await saveDiscountAction(editor, offerId, reviewForm({ version }), editorDiscount())).toEqual({
        ok: false,
        reason: 'not-found',
      });
    }
    expect(await loopSnapshot()).toEqual(before);
    expect((await offerRow(offerId)).status).toBe('PROPOSAL');
  });

  test('a partner cannot use the editors\' save ("forbidden"); an unknown id or a credit listing is "not found"', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const listing = await saveListing(editor, partner.organisationId, listingForm());
    if (!listing.ok) throw new Error(listing.reason);
    const before = await loopSnapshot();

    expect(await saveDiscountAction(partner.actor, offerId, reviewForm({ version }), editorDiscount())).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await saveDiscountAction(editor, 'bestaat-niet', reviewForm({ version }), editorDiscount())).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await saveDiscountAction(editor, listing.offerId, reviewForm({ version: 1 }), editorDiscount())).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await loopSnapshot()).toEqual(before);
  });

  test('a stale version is refused; another organisation cannot approve', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    for (const stale of [0, version - 1, version + 1]) {
      expect(await saveDiscountAction(editor, offerId, reviewForm({ version: stale }), editorDiscount())).toEqual({
        ok: false,
        reason: 'stale',
      });
    }
    const sent = await saved(saveDiscountAction(editor, offerId, reviewForm({ version, intent: 'send' }), editorDiscount()));
    const other = await makePartner({ partnerType: 'BOTH' });
    expect(await approveOffer(other.actor, offerId, sent.version)).toEqual({ ok: false, reason: 'not-found' });
    expect(await approveOffer(partner.actor, offerId, sent.version - 1)).toEqual({ ok: false, reason: 'stale' });
    expect((await offerRow(offerId)).status).toBe('AWAITING_PARTNER');
  });

  test('a new photo by its claim; a wrong claim is refused', async () => {
    const editor = await makeEditor();
    const { offerId, version } = await submittedProposal();
    const photo = await uploadPhoto(editor.id);
    expect(
      await saveDiscountAction(editor, offerId, reviewForm({ version, photoId: photo.id, photoClaim: 'fout' }), editorDiscount()),
    ).toEqual({ ok: false, reason: 'claim' });
    await saved(saveDiscountAction(editor, offerId, reviewForm({ version, photoId: photo.id, photoClaim: photo.claim }), editorDiscount()));
    const offer = await offerRow(offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as DiscountContent).photoId).toBe(photo.id);
  });
});

describe('expiry: the public page shows the action up to and including its last day in Dordrecht', () => {
  test('validUntil yesterday → no longer shown; today → still shown', async () => {
    const { offerId, slug } = await publishedAction();
    const today = todayInDordrecht();
    expect(await publishedOffer(slug)).not.toBeNull();

    await prisma.offer.update({ where: { id: offerId }, data: { validUntil: new Date(today) } });
    expect(await publishedOffer(slug)).not.toBeNull();

    await prisma.offer.update({ where: { id: offerId }, data: { validUntil: new Date(addDays(today, -1)) } });
    expect(await publishedOffer(slug)).toBeNull();
    // Still PUBLISHED in the database: only the public page hides it.
    expect((await offerRow(offerId)).status).toBe('PUBLISHED');
  });

  test('isExpired: after the last day only; no last day never expires', () => {
    expect(isExpired(null, '2026-11-24')).toBe(false);
    expect(isExpired(new Date('2026-11-25'), '2026-11-24')).toBe(false);
    expect(isExpired(new Date('2026-11-24'), '2026-11-24')).toBe(false);
    expect(isExpired(new Date('2026-11-23'), '2026-11-24')).toBe(true);
    expect(isExpired(new Date('2025-12-31'), '2026-01-01')).toBe(true);
    expect(isExpired(new Date('2026-12-31'), '2026-12-31')).toBe(false);
    // Without a day given: today in Dordrecht.
    expect(isExpired(new Date(todayInDordrecht()))).toBe(false);
    expect(isExpired(new Date(addDays(todayInDordrecht(), -1)))).toBe(true);
  });

  test('a withdrawn action is not shown either', async () => {
    const { editor, offerId, slug } = await publishedAction();
    expect(await withdrawOffer(editor, offerId, 'De actie is gestopt.')).toEqual({ ok: true, slug });
    expect(await publishedOffer(slug)).toBeNull();
  });
});

describe('history', () => {
  test("offerHistory shows the editor's changes relative to the submitted proposal", async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await submittedProposal();
    const year = currentYear();
    const first = await saved(saveDiscountAction(editor, offerId, reviewForm({ version }), editorDiscount({ percent: 45, usage: 'ONCE' })));
    await saved(
      saveDiscountAction(
        editor,
        offerId,
        reviewForm({ version: first.version }),
        editorDiscount({ percent: 45, usage: 'ONCE', validFrom: `${year}-03-01`, reservationRequired: false, tips: '' }),
      ),
    );

    const history = await offerHistory(offerId);
    expect(history.map((e) => [e.action, e.actorName])).toEqual([
      ['saved', 'Eva Redactie'],
      ['saved', 'Eva Redactie'],
      ['submitted', partner.actor.name],
    ]);
    const f = nl.discount.fields;
    // The first save against what the partner submitted: the title and the discount changed.
    expect(history[1].changes).toEqual([
      { field: nl.offer.fields.title, before: 'Toegang zwembad', after: 'Halve prijs in Zwembad Oost' },
      { field: f.discountType, before: '50% korting met je Dordtpas', after: '45% korting met je Dordtpas' },
      { field: f.usage, before: page.repeated, after: page.once },
    ]);
    // The second against the first.
    expect(history[0].changes).toEqual([
      {
        field: nl.discount.steps.looptijd,
        before: `Geldig van 1 januari ${year} tot en met 31 december ${year}.`,
        after: `Geldig van 1 maart ${year} tot en met 31 december ${year}.`,
      },
      { field: f.reservationRequired, before: nl.discount.summary.yes, after: nl.discount.summary.no },
      { field: f.tips, before: 'Kom op doordeweekse ochtenden.', after: '' },
    ]);
    expect(history[2].changes).toEqual([]);
  });

  test('changed age bands are shown as text', async () => {
    const editor = await makeEditor();
    const { offerId, version } = await submittedProposal(
      {},
      {
        financieel: {
          discountType: 'TARIFFS',
          percent: '',
          usage: 'REPEATED',
          'tariffs.0.minAge': '4',
          'tariffs.0.maxAge': '12',
          'tariffs.0.regular': '6',
          'tariffs.0.pass': '4,50',
        },
      },
    );
    await saved(
      saveDiscountAction(
        editor,
        offerId,
        reviewForm({ version, title: 'Toegang zwembad' }),
        editorDiscount({ discountType: 'TARIFFS', percent: null, tariffs: [{ minAge: 4, maxAge: 12, regular: 600, pass: 400 }] }),
      ),
    );
    const [latest] = await offerHistory(offerId);
    expect(latest.changes).toEqual([
      {
        field: nl.discount.fields.discountType,
        before: `${page.tariffs}; 4 tot en met 12 jaar: € 6,00 → € 4,50`,
        after: `${page.tariffs}; 4 tot en met 12 jaar: € 6,00 → € 4,00`,
      },
    ]);
  });
});
