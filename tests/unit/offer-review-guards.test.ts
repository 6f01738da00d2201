import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { approveOffer, commentOnOffer, saveListing, withdrawOffer } from '@/lib/offers/review';
import { partnerOffer, pendingApprovals, publishedOffer } from '@/lib/offers/queries';
import type { OfferContent } from '@/lib/offers/schema';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, mailsWithSubject, makeEditor, makePartner, offerRow } from '../support/offers';

// The guards of the editorial loop (lib/offers/review.ts): versions (stale forms, two people at the
// same moment, "the partner approves exactly what they saw") and who may do what.

setUpPhotoTests();

/** A confirmed credit partner whose listing the editor saved (and with intent 'send': sent) once. */
async function listing(intent: 'save' | 'send' = 'save') {
  const editor = await makeEditor();
  const partner = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Zwembad De Wielen' });
  const result = await saveListing(editor, partner.organisationId, listingForm({ intent }));
  if (!result.ok) throw new Error(`saveListing refused: ${result.reason}`);
  return { editor, partner, offerId: result.offerId };
}

const title = async (offerId: string) => ((await offerRow(offerId)).content as OfferContent).title;

describe('versions and concurrency', () => {
  test('saveListing with a stale version → "stale", and nothing changes (content, version, status, events, mails, audit)', async () => {
    const { editor, partner, offerId } = await listing();
    await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Tweede versie' }));
    const before = await loopSnapshot();

    for (const version of [0, 1, 3, 99]) {
      for (const intent of ['save', 'send'] as const) {
        expect(
          await saveListing(editor, partner.organisationId, listingForm({ version, title: 'Verouderd formulier', intent })),
          `${version} ${intent}`,
        ).toEqual({
          ok: false,
          reason: 'stale',
        });
      }
    }
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({ version: 2, status: 'DRAFT', sentVersion: null });
    expect(await title(offerId)).toBe('Tweede versie');
  });

  test('the first save with a version other than 0 → "stale", nothing created', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    expect(await saveListing(editor, partner.organisationId, listingForm({ version: 1 }))).toEqual({ ok: false, reason: 'stale' });
    expect(await prisma.offer.count()).toBe(0);
    expect(await prisma.offerEvent.count()).toBe(0);
  });

  test('two editors save the same version at the same moment: exactly one succeeds, the other is "stale"', async () => {
    const { partner, offerId } = await listing();
    const other = await makeEditor('Ruud Redacteur');
    const first = await makeEditor('Anna Redactie');
    const results = await Promise.all([
      saveListing(first, partner.organisationId, listingForm({ version: 1, title: 'Versie van Anna' })),
      saveListing(other, partner.organisationId, listingForm({ version: 1, title: 'Versie van Ruud' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale' }]);
    const winner = results[0].ok ? 'Versie van Anna' : 'Versie van Ruud';
    expect(await offerRow(offerId)).toMatchObject({ version: 2 });
    expect(await title(offerId)).toBe(winner);
    const events = await eventList(offerId);
    expect(events.map((e) => [e.action, e.version])).toEqual([
      ['saved', 1],
      ['saved', 2],
    ]);
    expect((events[1].content as OfferContent).title).toBe(winner);
  });

  test('two editors send the same version at the same moment: one request, one mail', async () => {
    const { partner, offerId } = await listing();
    const a = await makeEditor('Anna Redactie');
    const b = await makeEditor('Ruud Redacteur');
    const results = await Promise.all([
      saveListing(a, partner.organisationId, listingForm({ version: 1, intent: 'send' })),
      saveListing(b, partner.organisationId, listingForm({ version: 1, intent: 'send' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', version: 2, sentVersion: 2 });
    expect((await eventList(offerId)).filter((e) => e.action === 'sent')).toHaveLength(1);
    expect(await mailsWithSubject(partner.email, nl.mail.approvalSubject)).toHaveLength(1);
  });

  test('two editors create the first listing of an organisation at the same moment: one listing, the other is refused ("stale"), not an error', async () => {
    const a = await makeEditor('Anna Redactie');
    const b = await makeEditor('Ruud Redacteur');
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const results = await Promise.allSettled([
      saveListing(a, partner.organisationId, listingForm({ version: 0, title: 'Versie van Anna' })),
      saveListing(b, partner.organisationId, listingForm({ version: 0, title: 'Versie van Ruud' })),
    ]);
    expect(await prisma.offer.count({ where: { organisationId: partner.organisationId } })).toBe(1);
    expect(await prisma.offerEvent.count()).toBe(1);
    // Both calls return a result (a thrown unique-constraint error would be a 500 for the editor).
    expect(
      results.map((r) =>
        r.status === 'rejected'
          ? `rejected: ${String((r.reason as Error)?.message ?? r.reason)
              .split('\n')
              .at(-1)}`
          : r.status,
      ),
    ).toEqual(['fulfilled', 'fulfilled']);
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value : null));
    expect(values.filter((v) => v?.ok)).toHaveLength(1);
    expect(values.filter((v) => v && !v.ok)).toEqual([{ ok: false, reason: 'stale' }]);
  });

  test('two DIFFERENT organisations with the same name get their first listing at the same moment: both saved, slugs cafe-de-stoep and cafe-de-stoep-2', async () => {
    const editor = await makeEditor();
    const a = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Café De Stoep' });
    const b = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Café De Stoep' });
    const results = await Promise.allSettled([
      saveListing(editor, a.organisationId, listingForm()),
      saveListing(editor, b.organisationId, listingForm()),
    ]);
    expect(
      results.map((r) =>
        r.status === 'rejected'
          ? `rejected: ${String((r.reason as Error)?.message ?? r.reason)
              .split('\n')
              .at(-1)}`
          : r.value,
      ),
    ).toEqual([
      { ok: true, offerId: expect.any(String), version: 1, sent: false },
      { ok: true, offerId: expect.any(String), version: 1, sent: false },
    ]);
    expect((await prisma.offer.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((o) => o.slug)).toEqual([
      'cafe-de-stoep',
      'cafe-de-stoep-2',
    ]);
  });

  test('approveOffer with a version other than the one sent → "stale"; nothing is published', async () => {
    const { partner, offerId } = await listing('send');
    const before = await loopSnapshot();
    for (const version of [0, 2, 99])
      expect(await approveOffer(partner.actor, offerId, version), String(version)).toEqual({ ok: false, reason: 'stale' });
    expect(await commentOnOffer(partner.actor, offerId, 2, 'Een reactie op een andere versie.')).toEqual({ ok: false, reason: 'stale' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', publishedContent: null, publishedAt: null });
  });

  test("the editor changes the listing after sending: the partner's approval of what they saw is refused, nothing is published", async () => {
    const { editor, partner, offerId } = await listing('send');
    const slug = (await offerRow(offerId)).slug;
    const seen = await partnerOffer(partner.organisationId, offerId);
    expect(seen?.version).toBe(1);

    // The editor saves a change: the request lapses.
    expect(await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Stilletjes veranderd' }))).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT', sentVersion: null });
    expect(await pendingApprovals(partner.organisationId)).toEqual([]);
    expect(await approveOffer(partner.actor, offerId, 1)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await commentOnOffer(partner.actor, offerId, 1, 'Reactie op de oude versie.')).toEqual({ ok: false, reason: 'not-waiting' });

    // The editor changes and sends again: the old version still cannot be approved.
    expect(
      await saveListing(editor, partner.organisationId, listingForm({ version: 2, title: 'Nog eens veranderd', intent: 'send' })),
    ).toMatchObject({ ok: true, version: 3 });
    const before = await loopSnapshot();
    expect(await approveOffer(partner.actor, offerId, 1)).toEqual({ ok: false, reason: 'stale' });
    expect(await approveOffer(partner.actor, offerId, 2)).toEqual({ ok: false, reason: 'stale' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({
      status: 'AWAITING_PARTNER',
      version: 3,
      sentVersion: 3,
      publishedContent: null,
      publishedAt: null,
    });
    expect(await publishedOffer(slug)).toBeNull();
    expect((await eventList(offerId)).some((e) => e.action === 'approved')).toBe(false);
    expect(await mailsWithSubject(partner.email, nl.mail.publishedSubject)).toEqual([]);

    // Approving what is now shown publishes exactly that.
    expect(await approveOffer(partner.actor, offerId, 3)).toMatchObject({ ok: true });
    expect((await publishedOffer(slug))?.title).toBe('Nog eens veranderd');
  });

  test("after publication, a change by the editor does not touch the site; the partner's stale approval is refused", async () => {
    const { editor, partner, offerId } = await listing('send');
    const slug = (await offerRow(offerId)).slug;
    expect(await approveOffer(partner.actor, offerId, 1)).toMatchObject({ ok: true });
    await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Concept na publicatie', intent: 'send' }));
    await saveListing(editor, partner.organisationId, listingForm({ version: 2, title: 'Nog een concept', intent: 'send' }));
    expect(await approveOffer(partner.actor, offerId, 2)).toEqual({ ok: false, reason: 'stale' });
    expect((await publishedOffer(slug))?.title).toBe('Zwemmen bij De Wielen');
  });

  test('approving twice: the second is refused; one approval event, one mail', async () => {
    const { partner, offerId } = await listing('send');
    expect(await approveOffer(partner.actor, offerId, 1)).toMatchObject({ ok: true });
    const published = await offerRow(offerId);
    expect(await approveOffer(partner.actor, offerId, 1)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await offerRow(offerId)).toEqual(published);
    expect((await eventList(offerId)).filter((e) => e.action === 'approved')).toHaveLength(1);
    expect(await mailsWithSubject(partner.email, nl.mail.publishedSubject)).toHaveLength(1);
  });

  test('approving twice at the same moment (two tabs): exactly one succeeds', async () => {
    const { partner, offerId } = await listing('send');
    const results = await Promise.all([approveOffer(partner.actor, offerId, 1), approveOffer(partner.actor, offerId, 1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: expect.stringMatching(/^(stale|not-waiting)$/) });
    expect((await eventList(offerId)).filter((e) => e.action === 'approved')).toHaveLength(1);
    expect(await mailsWithSubject(partner.email, nl.mail.publishedSubject)).toHaveLength(1);
  });

  test('approve and comment at the same moment: exactly one of them happens', async () => {
    const { partner, offerId } = await listing('send');
    const [approved, commented] = await Promise.all([
      approveOffer(partner.actor, offerId, 1),
      commentOnOffer(partner.actor, offerId, 1, 'Toch nog iets aanpassen graag.'),
    ]);
    expect([approved.ok, commented.ok].filter(Boolean)).toHaveLength(1);
    const offer = await offerRow(offerId);
    const actions = (await eventList(offerId)).map((e) => e.action);
    if (approved.ok) {
      expect(offer.status).toBe('PUBLISHED');
      expect(actions).toEqual(['saved', 'sent', 'approved']);
    } else {
      expect(offer).toMatchObject({ status: 'CHANGES_REQUESTED', publishedContent: null });
      expect(actions).toEqual(['saved', 'sent', 'commented']);
    }
  });

  test('a comment on an offer that is not waiting for the partner is refused ("not-waiting"), also after a comment or approval', async () => {
    const { editor, partner, offerId } = await listing();
    expect(await commentOnOffer(partner.actor, offerId, 1, 'Reactie op een concept.')).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await approveOffer(partner.actor, offerId, 1)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT' });

    await saveListing(editor, partner.organisationId, listingForm({ version: 1, intent: 'send' }));
    expect(await commentOnOffer(partner.actor, offerId, 2, 'Eerste reactie, graag aanpassen.')).toEqual({ ok: true });
    const before = await loopSnapshot();
    expect(await commentOnOffer(partner.actor, offerId, 2, 'Tweede reactie op hetzelfde.')).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await approveOffer(partner.actor, offerId, 2)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await loopSnapshot()).toEqual(before);

    await saveListing(editor, partner.organisationId, listingForm({ version: 2, intent: 'send' }));
    expect(await approveOffer(partner.actor, offerId, 3)).toMatchObject({ ok: true });
    expect(await commentOnOffer(partner.actor, offerId, 3, 'Na publicatie nog een reactie.')).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await offerRow(offerId)).toMatchObject({ status: 'PUBLISHED' });
  });
});

describe('who may do what', () => {
  test('a partner may not save a listing nor withdraw one, not even their own ("forbidden"); nothing changes', async () => {
    const { partner, offerId } = await listing('send');
    expect(await approveOffer(partner.actor, offerId, 1)).toMatchObject({ ok: true });
    const before = await loopSnapshot();
    expect(await saveListing(partner.actor, partner.organisationId, listingForm({ version: 1, title: 'Zelf aangepast' }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await saveListing(partner.actor, partner.organisationId, listingForm({ version: 1, intent: 'send' }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawOffer(partner.actor, offerId, 'Ik wil het zelf offline halen.')).toEqual({ ok: false, reason: 'forbidden' });
    // Nor for an organisation without a listing.
    const other = await makePartner({ partnerType: 'CREDIT' });
    const beforeOther = await loopSnapshot();
    expect(await saveListing(other.actor, other.organisationId, listingForm())).toEqual({ ok: false, reason: 'forbidden' });
    expect(await loopSnapshot()).toEqual(beforeOther);
    expect(beforeOther.offers).toEqual(before.offers);
    expect(beforeOther.events).toEqual(before.events);
  });

  test('a partner of ANOTHER organisation approving or commenting → "not-found"; nothing changes', async () => {
    const { partner, offerId } = await listing('send');
    const stranger = await makePartner({ partnerType: 'CREDIT' });
    const before = await loopSnapshot();
    expect(await approveOffer(stranger.actor, offerId, 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await commentOnOffer(stranger.actor, offerId, 1, 'Ik ben van een andere organisatie.')).toEqual({
      ok: false,
      reason: 'not-found',
    });
    // The same answer as for an offer that does not exist: its existence is not revealed.
    expect(await approveOffer(stranger.actor, 'cl_no_such_offer', 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', sentVersion: 1, publishedContent: null });
    // The organisation's own partner still can.
    expect(await approveOffer(partner.actor, offerId, 1)).toMatchObject({ ok: true });
  });

  test('a partner user without an organisation, and an editor, cannot approve or comment ("not-found")', async () => {
    const { editor, offerId } = await listing('send');
    const stray = { id: 'nobody', role: 'PARTNER' as const, name: 'Niemand', organisationId: null, orgRole: null, locale: 'nl' as const };
    const before = await loopSnapshot();
    expect(await approveOffer(editor, offerId, 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await commentOnOffer(editor, offerId, 1, 'De redactie reageert zelf.')).toEqual({ ok: false, reason: 'not-found' });
    expect(await approveOffer(stray, offerId, 1)).toEqual({ ok: false, reason: 'not-found' });
    expect(await loopSnapshot()).toEqual(before);
  });

  test("partnerOffer: the own organisation's offer, null for another organisation's", async () => {
    const { partner, offerId } = await listing('send');
    const stranger = await makePartner({ partnerType: 'CREDIT' });
    expect(await partnerOffer(stranger.organisationId, offerId)).toBeNull();
    expect(await partnerOffer(partner.organisationId, 'cl_no_such_offer')).toBeNull();
    expect(await partnerOffer(partner.organisationId, offerId)).toMatchObject({
      id: offerId,
      version: 1,
      status: 'AWAITING_PARTNER',
      organisation: { displayName: 'Zwembad De Wielen' },
    });
    expect(await pendingApprovals(stranger.organisationId)).toEqual([]);
  });

  test('saveListing for a DISCOUNT-only partner → "not-credit"; for an unknown organisation → "not-found"; nothing is created', async () => {
    const editor = await makeEditor();
    const discount = await makePartner({ partnerType: 'DISCOUNT' });
    const before = await loopSnapshot();
    expect(await saveListing(editor, discount.organisationId, listingForm())).toEqual({ ok: false, reason: 'not-credit' });
    expect(await saveListing(editor, discount.organisationId, listingForm({ intent: 'send' }))).toEqual({
      ok: false,
      reason: 'not-credit',
    });
    expect(await saveListing(editor, 'cl_no_such_organisation', listingForm())).toEqual({ ok: false, reason: 'not-found' });
    expect(await loopSnapshot()).toEqual(before);
    expect(await mailsWithSubject(discount.email, nl.mail.approvalSubject)).toEqual([]);
  });
});
