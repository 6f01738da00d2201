import { describe, expect, test } from 'vitest';
import { defaultValidity } from '@/lib/discounts/schema';
import { todayInDordrecht } from '@/lib/i18n/format';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import type { DiscountContent, ProposalContent } from '@/lib/discounts/content';
import {
  MAX_DRAFTS,
  MAX_WAITING,
  deleteProposal,
  mayPropose,
  saveProposalStep,
  startProposal,
  submitProposal,
} from '@/lib/discounts/service';
import { saveDiscountAction, saveListing } from '@/lib/offers/review';
import { publishedOffer } from '@/lib/offers/queries';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, mailsWithSubject, makeEditor, makePartner, offerRow, uploadPhoto } from '../support/offers';
import {
  currentYear,
  editorDiscount,
  fillProposal,
  publishedAction,
  saveStep,
  startedProposal,
  submittedProposal,
  tariffValues,
  validStepValues,
} from '../support/proposals';

// The partner's discount offer proposal ("actievoorstel", lib/discounts/service.ts) before the
// editors take over: started prefilled, each wizard step saved as typed (valid or not), submitted
// only when every step holds; renewals — against the real database.

setUpPhotoTests();

const v = nl.discount.validation;

/** The draft's age band fields, sorted (a JSON column does not keep the order of keys). */
const tariffKeys = (draft: Record<string, string>) =>
  Object.keys(draft)
    .filter((k) => k.startsWith('tariffs.'))
    .sort();

const draftOf = async (offerId: string) => ((await offerRow(offerId)).content as ProposalContent).draft;

describe('starting a proposal', () => {
  test("prefilled: a whole year from today, the visiting address, the user as contact (shown to nobody), the organisation's photo", async () => {
    const orgPhoto = await uploadPhoto();
    const partner = await makePartner({ partnerType: 'BOTH', photoId: orgPhoto.id, photoClaim: orgPhoto.claim, visitAddition: 'A' });
    expect(await mayPropose(partner.actor)).toBe(true);

    const started = await startProposal(partner.actor);
    expect(started).toEqual({ ok: true, offerId: expect.any(String), version: 1 });
    if (!started.ok) return;
    const offer = await offerRow(started.offerId);
    const period = defaultValidity(todayInDordrecht());
    expect(offer).toMatchObject({
      kind: 'DISCOUNT_ACTION',
      status: 'PROPOSAL',
      version: 1,
      organisationId: partner.organisationId,
      photoId: orgPhoto.id,
      publishedContent: null,
      publishedAt: null,
      validFrom: null,
      validUntil: null,
    });
    // Not a readable address yet: that comes with the submission.
    expect(offer.slug).toMatch(/^voorstel-[0-9a-f]{12}$/);
    expect(offer.content).toEqual({
      title: '',
      draft: {
        subject: '',
        ...period,
        validityNote: '',
        description: '',
        editorsInfo: '',
        photoId: orgPhoto.id,
        tips: '',
        reservationRequired: '',
        discountType: '',
        percent: '',
        usage: '',
        contactName: 'Fatima Bakker',
        phone: '078 123 4567', // as people read it; stored normalised when the step is saved
        email: partner.email,
        website: '',
        showPhone: '',
        showEmail: '',
        showWebsite: '',
        street: 'Voorstraat',
        houseNumber: '12',
        addition: 'A',
        postcode: '3311 AB',
        city: 'Dordrecht',
        locations: 'all',
      },
    });
    expect(
      await prisma.auditEntry.findMany({ where: { entityId: started.offerId }, select: { actorId: true, action: true, data: true } }),
    ).toEqual([{ actorId: partner.userId, action: 'offer.proposal-started', data: { renewalOf: null } }]);
    // Nothing public, no history entry and nothing for the editors yet.
    expect(await publishedOffer(offer.slug)).toBeNull();
    expect(await eventList(started.offerId)).toEqual([]);
  });

  test('a partner of type korting starts one too; without an organisation photo the draft has none', async () => {
    const { partner, offerId } = await startedProposal({ partnerType: 'DISCOUNT' });
    expect(await mayPropose(partner.actor)).toBe(true);
    expect((await offerRow(offerId)).photoId).toBeNull();
    expect((await draftOf(offerId)).photoId).toBe('');
  });

  test('a partner of type tegoed only, and an editor, may not: forbidden, nothing created', async () => {
    const creditOnly = await makePartner({ partnerType: 'CREDIT' });
    const editor = await makeEditor();
    for (const actor of [creditOnly.actor, editor]) {
      expect(await mayPropose(actor)).toBe(false);
      expect(await startProposal(actor)).toEqual({ ok: false, reason: 'forbidden' });
    }
    expect(await prisma.offer.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'offer.proposal-started' } })).toBe(0);
  });

  test(`at most ${MAX_DRAFTS} unsubmitted drafts per organisation; after deleting one, a new one can start`, async () => {
    const { partner, offerId } = await startedProposal();
    for (let i = 1; i < MAX_DRAFTS; i++) expect(await startProposal(partner.actor)).toMatchObject({ ok: true });
    expect(await startProposal(partner.actor)).toEqual({ ok: false, reason: 'too-many' });
    expect(await prisma.offer.count({ where: { organisationId: partner.organisationId } })).toBe(MAX_DRAFTS);
    // Another organisation is not limited by this one's drafts.
    expect((await startedProposal()).offerId).toBeTruthy();
    expect(await deleteProposal(partner.actor, offerId)).toEqual({ ok: true });
    expect(await startProposal(partner.actor)).toMatchObject({ ok: true });
  });
});

describe('saving a step', () => {
  test('stores what was typed even when it is not valid yet, with a new version; a stale version is refused and changes nothing', async () => {
    const { partner, offerId } = await startedProposal();

    const saved = await saveProposalStep(partner.actor, offerId, 1, 'onderwerp', { subject: 'x' });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    if (!saved.ok) return;
    expect(saved.draft.subject).toBe('x');
    let offer = await offerRow(offerId);
    expect(offer).toMatchObject({ version: 2, status: 'PROPOSAL', content: { title: 'x', draft: { subject: 'x' } } });

    // Invalid amounts and dates are kept as typed too.
    expect(
      await saveProposalStep(partner.actor, offerId, 2, 'looptijd', { validFrom: '31-12-2026', validUntil: 'morgen', validityNote: '' }),
    ).toMatchObject({
      ok: true,
      version: 3,
    });
    expect(await draftOf(offerId)).toMatchObject({ validFrom: '31-12-2026', validUntil: 'morgen' });

    const before = await loopSnapshot();
    for (const version of [1, 2, 4]) {
      expect(await saveProposalStep(partner.actor, offerId, version, 'onderwerp', { subject: 'iets anders' })).toEqual({
        ok: false,
        reason: 'stale',
      });
    }
    expect(await loopSnapshot()).toEqual(before);
    offer = await offerRow(offerId);
    expect(offer.version).toBe(3);
    expect((offer.content as ProposalContent).draft.subject).toBe('x');
  });

  test('another organisation\'s proposal is "not found"; a tegoed-only partner and an editor are forbidden; nothing changes', async () => {
    const { offerId } = await startedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    const creditOnly = await makePartner({ partnerType: 'CREDIT' });
    const editor = await makeEditor();
    const before = await loopSnapshot();

    expect(await saveProposalStep(other.actor, offerId, 1, 'onderwerp', { subject: 'overgenomen' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await submitProposal(other.actor, offerId, 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await deleteProposal(other.actor, offerId)).toEqual({ ok: false, reason: 'not-found' });
    expect(await saveProposalStep(creditOnly.actor, offerId, 1, 'onderwerp', { subject: 'overgenomen' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await saveProposalStep(editor, offerId, 1, 'onderwerp', { subject: 'overgenomen' })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await saveProposalStep(other.actor, 'bestaat-niet', 1, 'onderwerp', { subject: 'x' })).toEqual({
      ok: false,
      reason: 'not-found',
    });

    expect(await loopSnapshot()).toEqual(before);
  });

  test('after submission the wizard can no longer change it: "not-editable"', async () => {
    const { partner, offerId, version } = await submittedProposal();
    const before = await loopSnapshot();
    expect(await saveProposalStep(partner.actor, offerId, version, 'onderwerp', { subject: 'iets anders' })).toEqual({
      ok: false,
      reason: 'not-editable',
    });
    expect(await submitProposal(partner.actor, offerId, version)).toEqual({ ok: false, reason: 'not-editable' });
    expect(await deleteProposal(partner.actor, offerId)).toEqual({ ok: false, reason: 'not-editable' });
    expect(await loopSnapshot()).toEqual(before);
  });

  test("only the step's own fields are saved: anything else sent along is ignored", async () => {
    const { partner, offerId } = await startedProposal();
    const before = await draftOf(offerId);
    const result = await saveProposalStep(partner.actor, offerId, 1, 'looptijd', {
      validFrom: '2027-03-01',
      validUntil: '2027-06-30',
      validityNote: 'Alleen in het weekend.',
      status: 'PUBLISHED',
      subject: 'ingesmokkeld',
      description: 'Een beschrijving die niet bij deze stap hoort.',
      photoId: 'ingesmokkelde-foto',
      'tariffs.0.minAge': '4',
      version: '99',
    });
    expect(result).toMatchObject({ ok: true, version: 2 });
    const offer = await offerRow(offerId);
    expect(offer).toMatchObject({ status: 'PROPOSAL', version: 2, photoId: null });
    const draft = (offer.content as ProposalContent).draft;
    expect(draft).toEqual({
      ...before,
      validFrom: '2027-03-01',
      validUntil: '2027-06-30',
      validityNote: 'Alleen in het weekend.',
      savedSteps: 'looptijd',
    });
    expect(Object.keys(draft)).not.toContain('status');
    expect(Object.keys(draft)).not.toContain('tariffs.0.minAge');
  });

  test('a field of the step that is not sent is stored empty (an emptied field stays empty)', async () => {
    const { partner, offerId } = await startedProposal();
    await saveStep(partner.actor, offerId, 1, 'beschrijving', { description: 'Eerste versie van de tekst.', editorsInfo: 'Voor jullie.' });
    await saveStep(partner.actor, offerId, 2, 'beschrijving', { description: 'Tweede versie van de tekst.' });
    expect(await draftOf(offerId)).toMatchObject({ description: 'Tweede versie van de tekst.', editorsInfo: '' });
  });

  test('financieel: the age bands are renumbered without gaps, empty rows dropped, earlier rows replaced', async () => {
    const { partner, offerId } = await startedProposal();
    const values = {
      discountType: 'TARIFFS',
      percent: '',
      usage: 'ONCE',
      ...Object.fromEntries(['minAge', 'maxAge', 'regular', 'pass'].map((f) => [`tariffs.0.${f}`, ''])),
      'tariffs.1.minAge': '4',
      'tariffs.1.maxAge': '12',
      'tariffs.1.regular': '€ 6,00',
      'tariffs.1.pass': '4,50',
      'tariffs.2.minAge': '  ',
      'tariffs.3.minAge': '65',
      'tariffs.3.maxAge': '',
      'tariffs.3.regular': '10',
      // Invalid, kept as typed:
      'tariffs.3.pass': 'acht euro',
    };
    await saveStep(partner.actor, offerId, 1, 'financieel', values);
    const draft = await draftOf(offerId);
    expect(Object.fromEntries(Object.entries(draft).filter(([k]) => k.startsWith('tariffs.')))).toEqual({
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '12',
      'tariffs.0.regular': '€ 6,00',
      'tariffs.0.pass': '4,50',
      'tariffs.1.minAge': '65',
      'tariffs.1.maxAge': '',
      'tariffs.1.regular': '10',
      'tariffs.1.pass': 'acht euro',
    });
    expect(draft).toMatchObject({ discountType: 'TARIFFS', percent: '', usage: 'ONCE' });

    // Saved again with one band: the second one is gone.
    await saveStep(partner.actor, offerId, 2, 'financieel', {
      discountType: 'TARIFFS',
      usage: 'ONCE',
      ...tariffValues(['18', '', '12,50', '9']),
    });
    expect(tariffKeys(await draftOf(offerId))).toEqual(['tariffs.0.maxAge', 'tariffs.0.minAge', 'tariffs.0.pass', 'tariffs.0.regular']);

    // Switched to a percentage without bands: no bands stored any more.
    await saveStep(partner.actor, offerId, 3, 'financieel', { discountType: 'PERCENT', percent: '30', usage: 'ONCE' });
    expect(tariffKeys(await draftOf(offerId))).toEqual([]);
  });
});

describe('the photo step', () => {
  test('a new upload is attached by its claim; saved again with the same photo (autosave, then "Volgende") it stays', async () => {
    const { partner, offerId } = await startedProposal();
    const photo = await uploadPhoto(partner.userId);
    const values = { photoId: photo.id, photoClaim: photo.claim, tips: 'Neem een handdoek mee.', reservationRequired: 'on' };

    expect(await saveProposalStep(partner.actor, offerId, 1, 'foto', values)).toMatchObject({
      ok: true,
      version: 2,
      draft: { photoId: photo.id },
    });
    let offer = await offerRow(offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as ProposalContent).draft).toMatchObject({
      photoId: photo.id,
      tips: 'Neem een handdoek mee.',
      reservationRequired: 'on',
    });

    // The claim has been used, but the same photo on the same proposal is fine.
    expect(await saveProposalStep(partner.actor, offerId, 2, 'foto', values)).toMatchObject({ ok: true, version: 3 });
    offer = await offerRow(offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as ProposalContent).draft.photoId).toBe(photo.id);

    // And the form coming back with it as the photo to keep.
    expect(await saveProposalStep(partner.actor, offerId, 3, 'foto', { keepPhoto: photo.id, tips: '' })).toMatchObject({
      ok: true,
      version: 4,
    });
    expect((await offerRow(offerId)).photoId).toBe(photo.id);
  });

  test('a wrong claim is refused ("claim") and changes nothing; so is a photo already used elsewhere', async () => {
    const { partner, offerId } = await startedProposal();
    const photo = await uploadPhoto(partner.userId);
    const before = await loopSnapshot();
    expect(await saveProposalStep(partner.actor, offerId, 1, 'foto', { photoId: photo.id, photoClaim: 'geraden', tips: '' })).toEqual({
      ok: false,
      reason: 'claim',
    });
    expect(await saveProposalStep(partner.actor, offerId, 1, 'foto', { photoId: photo.id, tips: '' })).toEqual({
      ok: false,
      reason: 'claim',
    });
    expect(await loopSnapshot()).toEqual(before);

    // Another organisation's photo, even with its claim: it is in use.
    const taken = await uploadPhoto();
    await makePartner({ partnerType: 'BOTH', photoId: taken.id, photoClaim: taken.claim });
    const beforeTaken = await loopSnapshot();
    expect(await saveProposalStep(partner.actor, offerId, 1, 'foto', { photoId: taken.id, photoClaim: taken.claim, tips: '' })).toEqual({
      ok: false,
      reason: 'claim',
    });
    expect(await loopSnapshot()).toEqual(beforeTaken);
    expect(await offerRow(offerId)).toMatchObject({ version: 1, photoId: null });
  });

  test("keepPhoto: the organisation's photo can be kept; another photo id without its claim is not", async () => {
    const orgPhoto = await uploadPhoto();
    const { partner, offerId } = await startedProposal({ photoId: orgPhoto.id, photoClaim: orgPhoto.claim });
    const upload = await uploadPhoto(partner.userId);
    let version = await saveStep(partner.actor, offerId, 1, 'foto', { photoId: upload.id, photoClaim: upload.claim });
    expect((await offerRow(offerId)).photoId).toBe(upload.id);

    // Back to the organisation's photo.
    version = await saveStep(partner.actor, offerId, version, 'foto', { keepPhoto: orgPhoto.id });
    expect((await offerRow(offerId)).photoId).toBe(orgPhoto.id);
    expect((await draftOf(offerId)).photoId).toBe(orgPhoto.id);

    // Someone else's photo as "keep": not taken over, the proposal then has no photo.
    const foreign = await uploadPhoto();
    await makePartner({ partnerType: 'BOTH', photoId: foreign.id, photoClaim: foreign.claim });
    version = await saveStep(partner.actor, offerId, version, 'foto', { keepPhoto: foreign.id });
    expect((await offerRow(offerId)).photoId).toBeNull();
    expect((await draftOf(offerId)).photoId).toBe('');
    // Nor the upload it had before (no longer this proposal's photo).
    await saveStep(partner.actor, offerId, version, 'foto', { keepPhoto: upload.id });
    expect((await offerRow(offerId)).photoId).toBeNull();
  });

  test('no photo and nothing to keep: the proposal has no photo', async () => {
    const orgPhoto = await uploadPhoto();
    const { partner, offerId } = await startedProposal({ photoId: orgPhoto.id, photoClaim: orgPhoto.claim });
    await saveStep(partner.actor, offerId, 1, 'foto', { tips: 'geen foto' });
    expect((await offerRow(offerId)).photoId).toBeNull();
    expect((await draftOf(offerId)).photoId).toBe('');
  });
});

describe('submitting ("Aanvraag indienen")', () => {
  test('an incomplete proposal is refused with the errors of each step; nothing changes', async () => {
    const { partner, offerId } = await startedProposal();
    const before = await loopSnapshot();
    expect(await submitProposal(partner.actor, offerId, 1)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: {
        onderwerp: { subject: [v.subject] },
        beschrijving: { description: [v.description] },
        financieel: { discountType: [v.discountType], usage: [v.usage] },
      },
    });
    expect(await loopSnapshot()).toEqual(before);
  });

  test('errors of steps saved with invalid values, keyed as the form names them', async () => {
    const { partner, offerId, version } = await startedProposal();
    const filled = await fillProposal(partner.actor, offerId, version, {
      looptijd: { validFrom: `${currentYear()}-06-01`, validUntil: `${currentYear()}-05-31` },
      financieel: {
        discountType: 'TARIFFS',
        percent: '',
        usage: 'ONCE',
        ...tariffValues(['4', '12', '6', '5'], ['13', '', 'gratis', '1']),
      },
      contact: { ...validStepValues().contact, phone: '12345', website: 'geen-url', street: '' },
    });
    const result = await submitProposal(partner.actor, offerId, filled);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: {
        looptijd: { validUntil: [v.endBeforeStart] },
        financieel: { 'tariffs.0.pass': [v.notEnough('€ 4,50')], 'tariffs.1.regular': [v.amount] },
        contact: { phone: [nl.validation.phone], website: [nl.offer.validation.website], street: [nl.validation.street] },
      },
    });
    expect((await offerRow(offerId)).status).toBe('PROPOSAL');
  });

  test('a complete proposal goes to the editors: SUBMITTED, DiscountContent, readable slug, history, audit, a mail to every editor', async () => {
    const editors = [await makeEditor('Eva Redactie'), await makeEditor('Ruud Redacteur')];
    const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost' });
    const filled = await fillProposal(partner.actor, offerId, version);
    expect(filled).toBe(7);

    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({ ok: true, change: false });
    const offer = await offerRow(offerId);
    const year = currentYear();
    expect(offer).toMatchObject({
      status: 'SUBMITTED',
      version: 8,
      slug: 'zwembad-oost-toegang-zwembad',
      publishedAt: null,
      publishedContent: null,
    });
    const content: DiscountContent = {
      title: 'Toegang zwembad',
      body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
      category: 'sport',
      address: { street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' },
      openingInfo: '',
      contact: {
        phone: '0781234567',
        email: 'info@zwembad-oost.nl',
        website: 'https://www.zwembad-oost.nl',
        showPhone: false,
        showEmail: false,
        showWebsite: false,
      },
      photoId: null,
      discount: {
        subject: 'toegang zwembad',
        validFrom: `${year}-01-01`,
        validUntil: `${year}-12-31`,
        validityNote: 'Niet op maandag.',
        editorsInfo: 'Bel gerust als er iets niet duidelijk is.',
        tips: 'Kom op doordeweekse ochtenden.',
        reservationRequired: true,
        discountType: 'PERCENT',
        percent: 50,
        usage: 'REPEATED',
        tariffs: [],
        contactName: 'Fatima Bakker',
      },
    };
    expect(offer.content).toEqual(content);

    expect((await eventList(offerId)).map((e) => [e.action, e.version, e.actorId, e.actorName, e.content])).toEqual([
      ['submitted', 8, partner.userId, 'Fatima Bakker', content],
    ]);
    expect(
      await prisma.auditEntry.findMany({ where: { entityId: offerId, action: 'offer.submitted' }, select: { actorId: true, data: true } }),
    ).toEqual([{ actorId: partner.userId, data: { version: 8 } }]);
    for (const editor of editors) {
      const mails = await mailsWithSubject(editor.email, nl.mail.proposalSubject('Zwembad Oost'));
      expect(mails).toHaveLength(1);
      expect(mails[0].html).toContain('korting op toegang zwembad');
      expect(mails[0].html).toContain(`/redactie/acties/${offerId}`);
    }
    // The partner gets no mail about it; the site shows nothing yet.
    expect(await mailsWithSubject(partner.email, nl.mail.proposalSubject('Zwembad Oost'))).toEqual([]);
    expect(await publishedOffer(offer.slug)).toBeNull();
  });

  test('prices per age: percent null, the bands in cents; without a display name the slug comes from the legal name', async () => {
    const { partner, offerId, version } = await startedProposal({ legalName: 'Sportschool Fit B.V.' });
    const filled = await fillProposal(partner.actor, offerId, version, {
      onderwerp: { subject: 'Abonnement fitness' },
      financieel: {
        discountType: 'TARIFFS',
        percent: '40',
        usage: 'ONCE',
        ...tariffValues(['4', '12', '€ 6,00', '4,50'], ['65', '', '12,50', '9,37']),
      },
    });
    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({ ok: true, change: false });
    const offer = await offerRow(offerId);
    expect(offer.slug).toBe('sportschool-fit-b-v-abonnement-fitness');
    const content = offer.content as DiscountContent;
    expect(content.title).toBe('Abonnement fitness');
    expect(content.discount).toMatchObject({
      discountType: 'TARIFFS',
      percent: null,
      usage: 'ONCE',
      tariffs: [
        { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
        { minAge: 65, maxAge: null, regular: 1250, pass: 937 },
      ],
    });
  });

  test('the same subject again gets its own slug; the photo of the proposal goes along', async () => {
    const first = await submittedProposal();
    expect((await offerRow(first.offerId)).slug).toBe('zwembad-oost-toegang-zwembad');

    const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost' });
    const photo = await uploadPhoto(partner.userId);
    const filled = await fillProposal(partner.actor, offerId, version, { foto: { photoId: photo.id, photoClaim: photo.claim } });
    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({ ok: true, change: false });
    const offer = await offerRow(offerId);
    expect(offer.slug).toBe('zwembad-oost-toegang-zwembad-2');
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as DiscountContent).photoId).toBe(photo.id);
  });

  test(`at most ${MAX_WAITING} proposals wait for the editors at a time; the next is refused and stays a draft`, async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost' });
    const filled = await fillProposal(partner.actor, offerId, version);
    // Setting up the waiting ones directly: submitting itself is tested above.
    for (let i = 0; i < MAX_WAITING; i++) {
      const started = await startProposal(partner.actor);
      if (!started.ok) throw new Error(started.reason);
      await prisma.offer.update({ where: { id: started.offerId }, data: { status: 'SUBMITTED' } });
    }
    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({ ok: false, reason: 'too-many' });
    expect((await offerRow(offerId)).status).toBe('PROPOSAL');
    expect(await mailsWithSubject(editor.email, nl.mail.proposalSubject('Zwembad Oost'))).toEqual([]);
  });

  test('a stale version is refused: still a proposal, no event, no mail', async () => {
    const editor = await makeEditor();
    const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost' });
    const filled = await fillProposal(partner.actor, offerId, version);
    const before = await loopSnapshot();
    for (const stale of [filled - 1, filled + 1]) {
      expect(await submitProposal(partner.actor, offerId, stale)).toEqual({ ok: false, reason: 'stale' });
    }
    expect(await loopSnapshot()).toEqual(before);
    expect(await mailsWithSubject(editor.email, nl.mail.proposalSubject('Zwembad Oost'))).toEqual([]);
    // With the right version it goes.
    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({ ok: true, change: false });
  });
});

describe('deleting a proposal', () => {
  test('the partner throws away its own unsubmitted proposal', async () => {
    const { partner, offerId } = await startedProposal();
    expect(await deleteProposal(partner.actor, offerId)).toEqual({ ok: true });
    expect(await prisma.offer.findUnique({ where: { id: offerId } })).toBeNull();
    expect(
      await prisma.auditEntry.findMany({ where: { entityId: offerId, action: 'offer.proposal-deleted' }, select: { actorId: true } }),
    ).toEqual([{ actorId: partner.userId }]);
    expect(await deleteProposal(partner.actor, offerId)).toEqual({ ok: false, reason: 'not-found' });
  });

  test("not another organisation's, not a submitted one, not a credit listing, not by an editor", async () => {
    const { partner, offerId } = await startedProposal();
    const submitted = await submittedProposal();
    const other = await makePartner({ partnerType: 'BOTH' });
    const editor = await makeEditor();
    const listing = await creditListing(editor, partner.organisationId);
    const before = await loopSnapshot();

    expect(await deleteProposal(other.actor, offerId)).toEqual({ ok: false, reason: 'not-found' });
    expect(await deleteProposal(editor, offerId)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await deleteProposal(submitted.partner.actor, submitted.offerId)).toEqual({ ok: false, reason: 'not-editable' });
    expect(await deleteProposal(partner.actor, listing)).toEqual({ ok: false, reason: 'not-found' });
    expect(await loopSnapshot()).toEqual(before);
  });
});

/** The organisation's credit listing, saved by the editor; its id. */
async function creditListing(editor: Awaited<ReturnType<typeof makeEditor>>, organisationId: string) {
  const result = await saveListing(editor, organisationId, listingForm());
  if (!result.ok) throw new Error(result.reason);
  return result.offerId;
}

describe('renewing an action for its next period', () => {
  test('a published action gives a new proposal for the next year, with the same subject, prices and text as published', async () => {
    const { partner, offerId, editor } = await publishedAction({
      listingOverrides: { body: 'Met je Dordtpas zwem je voor de halve prijs in het buitenbad.' },
      discountOverrides: { percent: 45, validityNote: 'Niet in de zomervakantie.' },
    });
    // A later draft of the editors is not what the partner agreed to: the published content counts.
    const later = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version: (await offerRow(offerId)).version, body: 'Een nieuwere tekst die nog niet gepubliceerd is.' }),
      editorDiscount({ percent: 60 }),
    );
    expect(later.ok).toBe(true);

    const renewal = await startProposal(partner.actor, { renewalOf: offerId });
    expect(renewal).toEqual({ ok: true, offerId: expect.any(String), version: 1 });
    if (!renewal.ok) return;
    expect(renewal.offerId).not.toBe(offerId);
    const next = String(Number(currentYear()) + 1);
    const offer = await offerRow(renewal.offerId);
    expect(offer).toMatchObject({ kind: 'DISCOUNT_ACTION', status: 'PROPOSAL', organisationId: partner.organisationId, photoId: null });
    expect(offer.content).toEqual({
      title: 'toegang zwembad',
      draft: {
        subject: 'toegang zwembad',
        validFrom: `${next}-01-01`,
        validUntil: `${next}-12-31`,
        validityNote: 'Niet in de zomervakantie.',
        description: 'Met je Dordtpas zwem je voor de halve prijs in het buitenbad.',
        editorsInfo: '',
        photoId: '',
        tips: 'Kom op doordeweekse ochtenden.',
        reservationRequired: 'on',
        discountType: 'PERCENT',
        percent: '45',
        usage: 'REPEATED',
        contactName: 'Fatima Bakker',
        phone: '0781234567',
        email: 'info@dewielen.nl',
        website: 'https://www.dewielen.nl',
        // As the editors published it.
        showPhone: 'on',
        showEmail: '',
        showWebsite: 'on',
        street: 'Wielenpad',
        houseNumber: '4',
        addition: '',
        postcode: '3311 AB',
        city: 'Dordrecht',
      },
    });
    expect(await prisma.auditEntry.findMany({ where: { entityId: renewal.offerId }, select: { action: true, data: true } })).toEqual([
      { action: 'offer.proposal-started', data: { renewalOf: offerId } },
    ]);
    // The old action is untouched.
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT' });

    // Complete as it is: it can be submitted right away, with a slug of its own.
    expect(await submitProposal(partner.actor, renewal.offerId, 1)).toEqual({ ok: true, change: false });
    const submitted = await offerRow(renewal.offerId);
    expect(submitted.slug).toBe('zwembad-oost-toegang-zwembad-2');
    expect((submitted.content as DiscountContent).discount).toMatchObject({
      validFrom: `${next}-01-01`,
      validUntil: `${next}-12-31`,
      percent: 45,
    });
  });

  test('prices per age and the photo go along', async () => {
    const photo = await uploadPhoto();
    const { partner, offerId } = await publishedAction({
      listingOverrides: { photoId: photo.id, photoClaim: photo.claim },
      discountOverrides: {
        discountType: 'TARIFFS',
        percent: null,
        tariffs: [
          { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
          { minAge: 65, maxAge: null, regular: 1250, pass: 937 },
        ],
      },
    });
    expect((await offerRow(offerId)).publishedPhotoId).toBe(photo.id);

    const renewal = await startProposal(partner.actor, { renewalOf: offerId });
    if (!renewal.ok) throw new Error(renewal.reason);
    const offer = await offerRow(renewal.offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as ProposalContent).draft).toMatchObject({
      discountType: 'TARIFFS',
      percent: '',
      photoId: photo.id,
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '12',
      'tariffs.0.regular': '6,00',
      'tariffs.0.pass': '4,50',
      'tariffs.1.minAge': '65',
      'tariffs.1.maxAge': '',
      'tariffs.1.regular': '12,50',
      'tariffs.1.pass': '9,37',
    });
  });

  test('a submitted (not yet published) action can be renewed from its content', async () => {
    const { partner, offerId } = await submittedProposal();
    const renewal = await startProposal(partner.actor, { renewalOf: offerId });
    expect(renewal.ok).toBe(true);
    if (!renewal.ok) return;
    expect((await draftOf(renewal.offerId)).validFrom).toBe(`${Number(currentYear()) + 1}-01-01`);
  });

  test('another organisation\'s action, a proposal, a credit listing or an unknown id → "not found", nothing created', async () => {
    const { offerId } = await publishedAction();
    const other = await makePartner({ partnerType: 'BOTH' });
    const { offerId: proposal } = await startedProposal();
    const editor = await makeEditor();
    const listing = await creditListing(editor, other.organisationId);
    const count = await prisma.offer.count();

    expect(await startProposal(other.actor, { renewalOf: offerId })).toEqual({ ok: false, reason: 'not-found' });
    expect(await startProposal(other.actor, { renewalOf: listing })).toEqual({ ok: false, reason: 'not-found' });
    expect(await startProposal(other.actor, { renewalOf: 'bestaat-niet' })).toEqual({ ok: false, reason: 'not-found' });
    const owner = (await offerRow(proposal)).organisationId;
    const ownerUser = await prisma.user.findFirstOrThrow({ where: { organisationId: owner } });
    expect(
      await startProposal(
        { id: ownerUser.id, role: 'PARTNER', name: ownerUser.name, organisationId: owner, orgRole: 'ADMIN', locale: 'nl' },
        { renewalOf: proposal },
      ),
    ).toEqual({ ok: false, reason: 'not-found' });
    expect(await prisma.offer.count()).toBe(count);
  });
});
