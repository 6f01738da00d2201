import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { mayPropose, startProposal } from '@/lib/discounts/service';
import { grantPartnerType, requestDiscounts } from '@/lib/partners/service';
import { partnerTypeRequests } from '@/lib/partners/queries';
import { resetDb } from '../support/db';
import { makeEditor, makePartner } from '../support/offers';
import { mailsTo, rowCounts } from '../support/service-helpers';

// Issue 14 §15: a credit-only partner has a way to start offering discounts — a request the
// editors see in their queue and grant — instead of a hidden button.

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

const orgOf = (id: string) =>
  prisma.organisation.findUniqueOrThrow({
    where: { id },
    select: { partnerType: true, requestedPartnerType: true, partnerTypeRequestedAt: true, version: true },
  });

describe('a credit-only partner asks to give discounts too', () => {
  test('the request is stored, the editors get a mail and see it in their queue; asking again changes nothing', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'De Boekhoek' });
    expect(await mayPropose(partner.actor)).toBe(false);

    expect(await requestDiscounts(partner.actor)).toEqual({ ok: true });
    expect(await orgOf(partner.organisationId)).toMatchObject({
      partnerType: 'CREDIT',
      requestedPartnerType: 'BOTH',
      partnerTypeRequestedAt: expect.any(Date),
    });
    const mails = await mailsTo(editor.email);
    expect(mails.map((m) => m.subject)).toEqual([nl.mail.partnerTypeRequestedSubject('De Boekhoek')]);
    expect(await partnerTypeRequests()).toEqual([expect.objectContaining({ id: partner.organisationId, requestedPartnerType: 'BOTH' })]);

    const before = await rowCounts();
    expect(await requestDiscounts(partner.actor)).toEqual({ ok: true });
    expect(await rowCounts()).toEqual(before);
    // Still credit only until an editor decides.
    expect((await startProposal(partner.actor)).ok).toBe(false);
  });

  test('an editor grants it: the partner becomes "tegoed en korting", is mailed, and can start a proposal', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    await requestDiscounts(partner.actor);
    const { version } = await orgOf(partner.organisationId);

    expect(await grantPartnerType(editor, partner.organisationId)).toEqual({ ok: true });
    expect(await orgOf(partner.organisationId)).toEqual({
      partnerType: 'BOTH',
      requestedPartnerType: null,
      partnerTypeRequestedAt: null,
      version: version + 1,
    });
    expect((await mailsTo(partner.email)).map((m) => m.subject)).toContain(nl.mail.partnerTypeChangedSubject);
    expect(await partnerTypeRequests()).toEqual([]);
    expect(await mayPropose(partner.actor)).toBe(true);
    expect((await startProposal(partner.actor)).ok).toBe(true);
    // Granted twice (two editors at once): the second is told it is already done.
    expect(await grantPartnerType(editor, partner.organisationId)).toEqual({ ok: false, reason: 'not-found' });
  });

  test('the wrong user is refused and nothing is written: a partner cannot grant, a partner of another type cannot ask', async () => {
    await makeEditor();
    const credit = await makePartner({ partnerType: 'CREDIT' });
    const both = await makePartner({ partnerType: 'BOTH' });
    await requestDiscounts(credit.actor);
    const before = await rowCounts();

    expect(await grantPartnerType(credit.actor, credit.organisationId)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await grantPartnerType(both.actor, credit.organisationId)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await requestDiscounts(both.actor)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await rowCounts()).toEqual(before);
    expect(await orgOf(credit.organisationId)).toMatchObject({ partnerType: 'CREDIT', requestedPartnerType: 'BOTH' });
  });
});
