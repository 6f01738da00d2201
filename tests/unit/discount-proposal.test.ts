import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import type { DiscountContent } from '@/lib/actions/content';
import { saveProposal, startProposal, submitProposal } from '@/lib/actions/service';
import { publishedOffer } from '@/lib/offers/queries';
import { resetDb } from '../support/db';
import { eventList, makeEditor, makePartner, mailsWithSubject, offerRow } from '../support/offers';

// The partner's discount action proposal before the editors take over: started prefilled, saved
// at every step, submitted only when every rule holds — against the real database.
beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

const v = nl.discount.validation;

/** Fills every step with valid answers. */
function complete(c: DiscountContent): DiscountContent {
  return {
    ...c,
    body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
    discount: { ...c.discount, subject: 'toegang zwembad', discountType: 'PERCENT', percent: 50, usage: 'REPEATED' },
  };
}

describe('starting a proposal', () => {
  test('a partner of type beide starts one: prefilled with the whole current year, address and contact', async () => {
    const partner = await makePartner({ partnerType: 'BOTH' });
    const started = await startProposal(partner.actor, 'zwembad');
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const offer = await offerRow(started.offerId);
    const content = offer.content as DiscountContent;
    const year = todayInDordrecht().slice(0, 4);
    expect(offer).toMatchObject({ kind: 'DISCOUNT_ACTION', status: 'PROPOSAL', version: 1, organisationId: partner.organisationId });
    expect(content.discount).toMatchObject({ validFrom: `${year}-01-01`, validUntil: `${year}-12-31`, discountType: null, tariffs: [] });
    expect(offer.validFrom?.toISOString().slice(0, 10)).toBe(`${year}-01-01`);
    expect(content.contact).toMatchObject({ email: partner.email, showPhone: true, showEmail: true });
    expect(content.address.city).toBe('Dordrecht');
  });

  test('a partner of type tegoed only, and an editor, may not', async () => {
    const creditOnly = await makePartner({ partnerType: 'CREDIT' });
    expect(await startProposal(creditOnly.actor, 'x')).toEqual({ ok: false, reason: 'forbidden' });
    const editor = await makeEditor();
    expect(await startProposal(editor, 'x')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await prisma.offer.count()).toBe(0);
  });
});

describe('saving a step', () => {
  test('saves the change with a new version; a stale version is refused and changes nothing', async () => {
    const partner = await makePartner({ partnerType: 'DISCOUNT' });
    const started = await startProposal(partner.actor, 'club');
    if (!started.ok) throw new Error('not started');
    const setSubject = (c: DiscountContent) => ({ ...c, discount: { ...c.discount, subject: 'contributie' } });
    expect(await saveProposal(partner.actor, started.offerId, 1, setSubject)).toEqual({ ok: true, version: 2 });
    expect((await offerRow(started.offerId)).content).toMatchObject({ discount: { subject: 'contributie' } });

    const other = (c: DiscountContent) => ({ ...c, discount: { ...c.discount, subject: 'iets anders' } });
    expect(await saveProposal(partner.actor, started.offerId, 1, other)).toEqual({ ok: false, reason: 'stale' });
    expect((await offerRow(started.offerId)).content).toMatchObject({ discount: { subject: 'contributie' } });
  });

  test('the validity columns follow the content, for the public date filter', async () => {
    const partner = await makePartner({ partnerType: 'BOTH' });
    const started = await startProposal(partner.actor, 'club');
    if (!started.ok) throw new Error('not started');
    await saveProposal(partner.actor, started.offerId, 1, (c) => ({ ...c, discount: { ...c.discount, validFrom: '2027-03-01', validUntil: '2027-06-30' } }));
    const offer = await offerRow(started.offerId);
    expect(offer.validFrom?.toISOString().slice(0, 10)).toBe('2027-03-01');
    expect(offer.validUntil?.toISOString().slice(0, 10)).toBe('2027-06-30');
  });

  test("another partner cannot save or submit this proposal (not found); nothing changes", async () => {
    const owner = await makePartner({ partnerType: 'BOTH' });
    const other = await makePartner({ partnerType: 'BOTH' });
    const started = await startProposal(owner.actor, 'club');
    if (!started.ok) throw new Error('not started');
    expect(await saveProposal(other.actor, started.offerId, 1, complete)).toEqual({ ok: false, reason: 'not-found' });
    expect(await submitProposal(other.actor, started.offerId, 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await offerRow(started.offerId)).toMatchObject({ version: 1, status: 'PROPOSAL' });
  });
});

describe('submitting ("Aanvraag indienen")', () => {
  test('an incomplete proposal is refused with every step\'s errors', async () => {
    const partner = await makePartner({ partnerType: 'BOTH' });
    const started = await startProposal(partner.actor, 'club');
    if (!started.ok) throw new Error('not started');
    const result = await submitProposal(partner.actor, started.offerId, 1);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.fieldErrors).toMatchObject({
      subject: [v.subject],
      description: [v.description],
      discountType: [v.discountType],
      usage: [v.usage],
    });
    expect((await offerRow(started.offerId)).status).toBe('PROPOSAL');
  });

  test('a complete proposal goes to the editors: status, history, mail; not on the public site', async () => {
    const partner = await makePartner({ partnerType: 'BOTH', displayName: 'Zwembad Oost', showDisplayName: 'on' });
    const editor = await makeEditor();
    const started = await startProposal(partner.actor, 'zwembad-oost');
    if (!started.ok) throw new Error('not started');
    await saveProposal(partner.actor, started.offerId, 1, complete);
    expect(await submitProposal(partner.actor, started.offerId, 2)).toEqual({ ok: true });
    const offer = await offerRow(started.offerId);
    expect(offer.status).toBe('SUBMITTED');
    expect((offer.content as DiscountContent).title).toBe('toegang zwembad');
    expect((await eventList(started.offerId)).map((e) => e.action)).toEqual(['submitted']);
    const mails = await mailsWithSubject(editor.email, nl.mail.proposalSubject('Zwembad Oost'));
    expect(mails).toHaveLength(1);
    expect(mails[0].html).toContain('korting op toegang zwembad');
    expect(await publishedOffer(offer.slug)).toBeNull();
    // Once submitted, the partner's wizard can no longer change it.
    expect(await saveProposal(partner.actor, started.offerId, 2, complete)).toEqual({ ok: false, reason: 'not-editable' });
  });
});
