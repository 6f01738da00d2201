import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { formatIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { endAction, endRange, mayEnd } from '@/lib/discounts/end';
import { endActionAction } from '@/lib/discounts/actions';
import { initialFormState } from '@/lib/forms';
import { sendExpiryNotices } from '@/lib/discounts/expiry';
import { startProposal } from '@/lib/discounts/service';
import { readContent } from '@/lib/offers/content';
import { catalogSlugs } from '@/lib/offers/catalog';
import { offerHistory, openPartnerComment, pendingApprovals, publishedOffer } from '@/lib/offers/queries';
import { approveOffer, commentOnOffer, saveDiscountAction, withdrawOffer } from '@/lib/offers/review';
import { partnerHome } from '@/lib/partners/queries';
import { entryOf, titlesFor } from '../support/catalog';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, loopSnapshot, makePartner, offerRow } from '../support/offers';
import { addDays, editorDiscount, publishedAction, submittedProposal } from '../support/proposals';

// Issue 17, "Actie beëindigen" (ADR 0020): the partner ends a published discount offer early by
// choosing a last day from today (or its first day) up to its current last day. One transaction: the
// published period and content, the working copy when it runs longer, the catalog entry, the history
// entry (with the reason), the audit entry and the editors' mail; no "afgelopen" notice later. The
// public pages show it up to and including the last day: tested with an explicit `today`.

setUpPhotoTests();

const title = 'Halve prijs in Zwembad Oost';
const editorMails = () => prisma.outboxMessage.findMany({ where: { subject: nl.discount.end.mailSubject('Zwembad Oost') } });
const day = (iso: string) => new Date(iso);

/** A published action of "Zwembad Oost" that started 10 days ago and runs 30 more days (unless overridden). */
function runningAction(today: string, period: { validFrom?: string; validUntil?: string } = {}) {
  return publishedAction({
    discountOverrides: { validFrom: period.validFrom ?? addDays(today, -10), validUntil: period.validUntil ?? addDays(today, 30) },
  });
}

const published = async (offerId: string) =>
  readContent('discount', (await offerRow(offerId)).publishedContent, { offerId, column: 'Offer.publishedContent' })!;
const working = async (offerId: string) =>
  readContent('discount', (await offerRow(offerId)).content, { offerId, column: 'Offer.content' })!;

describe('a partner ends a published action', () => {
  test('today as the last day: period, published content, catalog, history, audit and the editors’ mail; on the site today, gone tomorrow', async () => {
    const today = todayInDordrecht();
    const tomorrow = addDays(today, 1);
    const { editor, partner, offerId, version, slug } = await runningAction(today);
    const before = await published(offerId);

    expect(await endAction(partner.actor, offerId, version, today, '  Het zwembad gaat eerder dicht.  ')).toEqual({ ok: true, slug });

    const row = await offerRow(offerId);
    expect(row).toMatchObject({ status: 'PUBLISHED', version: version + 1, validUntil: day(today), sentVersion: null });
    expect(row.expiryNoticeAt).not.toBeNull();
    // Only the last day changed, in the published copy and the working copy alike.
    expect(await published(offerId)).toEqual({ ...before, discount: { ...before.discount, validUntil: today } });
    expect((await working(offerId)).discount.validUntil).toBe(today);
    expect(await entryOf(offerId)).toMatchObject({ validUntil: day(today) });

    const ended = (await eventList(offerId)).at(-1)!;
    expect(ended).toMatchObject({
      action: 'ended',
      actorId: partner.userId,
      version: version + 1,
      comment: 'Het zwembad gaat eerder dicht.',
    });
    expect(readContent('discount', ended.content, { offerId, column: 'OfferEvent.content' })!.discount.validUntil).toBe(today);
    const [entry] = await offerHistory(offerId);
    expect(entry).toMatchObject({ action: 'ended', lastDay: today, comment: 'Het zwembad gaat eerder dicht.' });
    const audits = await prisma.auditEntry.findMany({ where: { action: 'offer.ended', entityId: offerId, actorId: partner.userId } });
    expect(audits.map((a) => a.data)).toEqual([
      { version: version + 1, lastDay: today, previousLastDay: addDays(today, 30), approvalLapsed: false },
    ]);

    const mails = await editorMails();
    expect(mails.map((m) => [m.to, m.template])).toEqual([[editor.email, 'ActionEnded']]);
    expect(mails[0].text).toContain(`"${title}" beëindigd. De laatste dag is ${formatIsoDate(today)}.`);
    expect(mails[0].text).toContain('De reden van de partner: Het zwembad gaat eerder dicht.');
    expect(mails[0].text).not.toContain('vervallen');
    expect(mails[0].text).toContain(`/redactie/acties/${offerId}`);

    // Pass holders: up to and including the last day, then no more (the page, the catalog, the sitemap).
    const page = await publishedOffer(slug, today);
    expect(page?.title).toBe(title);
    expect(JSON.stringify(page)).toContain(`tot en met ${formatIsoDate(today)}`);
    expect(await titlesFor({}, today)).toEqual([title]);
    expect((await catalogSlugs(today)).map((s) => s.slug)).toEqual([slug]);
    expect(await publishedOffer(slug, tomorrow)).toBeNull();
    expect(await titlesFor({}, tomorrow)).toEqual([]);
    expect(await catalogSlugs(tomorrow)).toEqual([]);

    // The partner ended it: no "je actie is afgelopen" mail the day after.
    expect(await sendExpiryNotices(new Date(`${tomorrow}T10:00:00Z`))).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { subject: nl.mail.expiredSubject } })).toBe(0);
  });

  test('a later day, without a reason: the mail has none, the history no comment; Home shows the new last day', async () => {
    const today = todayInDordrecht();
    const lastDay = addDays(today, 7);
    const { partner, offerId, version } = await runningAction(today);
    const homeBefore = (await partnerHome(partner.organisationId, partner.userId))!.submitted[0];
    expect(homeBefore).toMatchObject({ endable: true, endMin: today, endMax: addDays(today, 30), validUntil: day(addDays(today, 30)) });

    expect(await endAction(partner.actor, offerId, version, lastDay, '')).toMatchObject({ ok: true });
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'ended', comment: null });
    expect((await editorMails())[0].text).not.toContain('De reden van de partner');
    const home = (await partnerHome(partner.organisationId, partner.userId))!.submitted[0];
    expect(home).toMatchObject({ endable: true, endMin: today, endMax: lastDay, validUntil: day(lastDay), version: version + 1 });
  });

  test('an action that has not started yet ends on its first day at the earliest', async () => {
    const today = todayInDordrecht();
    const first = addDays(today, 5);
    const { partner, offerId, version } = await runningAction(today, { validFrom: first, validUntil: addDays(today, 60) });
    expect(await endAction(partner.actor, offerId, version, addDays(first, -1), '')).toEqual({
      ok: false,
      reason: 'last-day',
      range: { min: first, max: addDays(today, 60) },
    });
    expect(await endAction(partner.actor, offerId, version, first, '')).toMatchObject({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ validFrom: day(first), validUntil: day(first) });
  });

  test('two ends at once: one wins, the other is refused', async () => {
    const today = todayInDordrecht();
    const { partner, offerId, version } = await runningAction(today);
    const results = await Promise.all([
      endAction(partner.actor, offerId, version, addDays(today, 3), ''),
      endAction(partner.actor, offerId, version, addDays(today, 4), ''),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale' }]);
    expect((await eventList(offerId)).filter((e) => e.action === 'ended')).toHaveLength(1);
    expect(await editorMails()).toHaveLength(1);
  });
});

describe('refused, and nothing is written', () => {
  test('another organisation (not found), an editor or a partner without organisation (forbidden), a stale version', async () => {
    const today = todayInDordrecht();
    const { editor, partner, offerId, version } = await runningAction(today);
    const other = await makePartner({ partnerType: 'BOTH' });
    const before = await loopSnapshot();
    expect(await endAction(other.actor, offerId, version, today, '')).toEqual({ ok: false, reason: 'not-found' });
    expect(await endAction(editor, offerId, version, today, '')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await endAction({ ...partner.actor, organisationId: null }, offerId, version, today, '')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await endAction(partner.actor, offerId, version - 1, today, '')).toEqual({ ok: false, reason: 'stale' });
    expect(await endAction(partner.actor, 'cl_no_such_offer', version, today, '')).toEqual({ ok: false, reason: 'not-found' });
    expect(await loopSnapshot()).toEqual(before);
  });

  test('a last day before today, before the first day or after the last day is an error with the range', async () => {
    const today = todayInDordrecht();
    const { partner, offerId, version } = await runningAction(today, { validFrom: addDays(today, -10), validUntil: addDays(today, 30) });
    const before = await loopSnapshot();
    const range = { min: today, max: addDays(today, 30) };
    for (const lastDay of [addDays(today, -1), addDays(today, -11), addDays(today, 31), 'morgen', ''])
      expect(await endAction(partner.actor, offerId, version, lastDay, ''), lastDay).toEqual({ ok: false, reason: 'last-day', range });
    expect(await loopSnapshot()).toEqual(before);
  });

  test('a proposal, a submitted proposal never published, an action that is over, a withdrawn one: not endable', async () => {
    const today = todayInDordrecht();
    const proposalPartner = await makePartner({ partnerType: 'BOTH' });
    const draft = await startProposal(proposalPartner.actor);
    if (!draft.ok) throw new Error(draft.reason);
    const submitted = await submittedProposal();
    const over = await runningAction(today, { validFrom: addDays(today, -40), validUntil: addDays(today, -1) });
    const withdrawn = await runningAction(today);
    const gone = await withdrawOffer(withdrawn.editor, withdrawn.offerId, 'Het zwembad is dicht.');
    if (!gone.ok) throw new Error(gone.reason);
    const before = await loopSnapshot();
    for (const [label, actor, offerId] of [
      ['proposal', proposalPartner.actor, draft.offerId],
      ['submitted', submitted.partner.actor, submitted.offerId],
      ['over', over.partner.actor, over.offerId],
      ['withdrawn', withdrawn.partner.actor, withdrawn.offerId],
    ] as const) {
      const { version } = await offerRow(offerId);
      expect(await endAction(actor, offerId, version, today, ''), label).toEqual({ ok: false, reason: 'not-endable' });
    }
    expect(await loopSnapshot()).toEqual(before);
    // Home offers none of them the form.
    expect((await partnerHome(over.partner.organisationId, over.partner.userId))!.submitted[0]).toMatchObject({ endable: false });
    expect((await partnerHome(submitted.partner.organisationId, submitted.partner.userId))!.submitted[0]).toMatchObject({
      endable: false,
      endMin: null,
    });
  });
});

describe('while the editors rewrite the published action', () => {
  test('waiting for the partner’s approval: back to DRAFT, the old approval can no longer be given, the editors read that it lapsed', async () => {
    const today = todayInDordrecht();
    const { editor, partner, offerId, version } = await runningAction(today);
    const sent = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version, intent: 'send', title: 'Nog goedkoper zwemmen' }),
      editorDiscount({ validFrom: addDays(today, -10), validUntil: addDays(today, 30), percent: 60 }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', sentVersion: sent.version });

    expect(await endAction(partner.actor, offerId, sent.version, addDays(today, 2), '')).toMatchObject({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT', sentVersion: null, version: sent.version + 1 });
    expect(await approveOffer(partner.actor, offerId, sent.version)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await approveOffer(partner.actor, offerId, sent.version + 1)).toEqual({ ok: false, reason: 'not-waiting' });
    expect(await pendingApprovals(partner.organisationId)).toEqual([]);
    // The site still shows the published text, now with the new last day; the editors' draft keeps its text.
    expect(await published(offerId)).toMatchObject({ title, discount: { percent: 50, validUntil: addDays(today, 2) } });
    expect(await working(offerId)).toMatchObject({
      title: 'Nog goedkoper zwemmen',
      discount: { percent: 60, validUntil: addDays(today, 2) },
    });
    expect((await editorMails())[0].text).toContain('Dat verzoek is vervallen.');
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { action: 'offer.ended' } })).data).toMatchObject({ approvalLapsed: true });
  });

  test('a draft that runs longer is cut at the last day, so approving it later does not bring the action back', async () => {
    const today = todayInDordrecht();
    const lastDay = addDays(today, 3);
    const { editor, partner, offerId, version } = await runningAction(today);
    const saved = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version, title: 'Nog goedkoper zwemmen' }),
      editorDiscount({ validFrom: addDays(today, -10), validUntil: addDays(today, 60) }),
    );
    if (!saved.ok) throw new Error(saved.reason);
    expect(await endAction(partner.actor, offerId, saved.version, lastDay, 'Verbouwing.')).toMatchObject({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'DRAFT' });
    expect((await working(offerId)).discount).toMatchObject({ validFrom: addDays(today, -10), validUntil: lastDay });

    // The editors send their draft as it now is, the partner approves: still ending on the last day, and no notice after it.
    const current = await offerRow(offerId);
    const content = await working(offerId);
    const sent = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version: current.version, intent: 'send', title: content.title }),
      editorDiscount({ validFrom: content.discount.validFrom, validUntil: content.discount.validUntil }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await approveOffer(partner.actor, offerId, sent.version)).toMatchObject({ ok: true });
    const row = await offerRow(offerId);
    expect(row).toMatchObject({ status: 'PUBLISHED', validUntil: day(lastDay) });
    expect(row.expiryNoticeAt).not.toBeNull();
    expect(await publishedOffer(row.slug, addDays(lastDay, 1))).toBeNull();
    expect(await sendExpiryNotices(new Date(`${addDays(lastDay, 1)}T10:00:00Z`))).toBe(0);
  });

  test('a draft for days after the last day is cut to that day; one that already ends earlier is kept', async () => {
    const today = todayInDordrecht();
    const later = await runningAction(today);
    const savedLater = await saveDiscountAction(
      later.editor,
      later.offerId,
      listingForm({ version: later.version }),
      editorDiscount({ validFrom: addDays(today, 20), validUntil: addDays(today, 30) }),
    );
    if (!savedLater.ok) throw new Error(savedLater.reason);
    expect(await endAction(later.partner.actor, later.offerId, savedLater.version, addDays(today, 5), '')).toMatchObject({ ok: true });
    expect((await working(later.offerId)).discount).toMatchObject({ validFrom: addDays(today, 5), validUntil: addDays(today, 5) });

    const earlier = await runningAction(today);
    const savedEarlier = await saveDiscountAction(
      earlier.editor,
      earlier.offerId,
      listingForm({ version: earlier.version }),
      editorDiscount({ validFrom: addDays(today, -10), validUntil: addDays(today, 2) }),
    );
    if (!savedEarlier.ok) throw new Error(savedEarlier.reason);
    expect(await endAction(earlier.partner.actor, earlier.offerId, savedEarlier.version, addDays(today, 5), '')).toMatchObject({
      ok: true,
    });
    expect((await working(earlier.offerId)).discount.validUntil).toBe(addDays(today, 2));
    expect((await published(earlier.offerId)).discount.validUntil).toBe(addDays(today, 5));
  });

  test('after the partner’s comment: CHANGES_REQUESTED stays, the comment still open', async () => {
    const today = todayInDordrecht();
    const { editor, partner, offerId, version } = await runningAction(today);
    const sent = await saveDiscountAction(editor, offerId, listingForm({ version, intent: 'send' }), editorDiscount());
    if (!sent.ok) throw new Error(sent.reason);
    const commented = await commentOnOffer(partner.actor, offerId, sent.version, 'Graag de openingstijden erbij.');
    if (!commented.ok) throw new Error(commented.reason);
    expect(await endAction(partner.actor, offerId, sent.version, addDays(today, 1), '')).toMatchObject({ ok: true });
    expect(await offerRow(offerId)).toMatchObject({ status: 'CHANGES_REQUESTED' });
    expect(openPartnerComment(await offerHistory(offerId))).toMatchObject({ comment: 'Graag de openingstijden erbij.' });
  });
});

describe('the rule Home and the service share', () => {
  const base = {
    kind: 'DISCOUNT_ACTION',
    status: 'PUBLISHED',
    publishedAt: new Date('2026-11-01T10:00:00Z'),
    validFrom: day('2026-11-01'),
    validUntil: day('2026-12-31'),
  } as const;

  test('from today, or the first day when later, up to the last day', () => {
    expect(endRange(base, '2026-12-01')).toEqual({ min: '2026-12-01', max: '2026-12-31' });
    expect(endRange({ ...base, validFrom: day('2026-12-10') }, '2026-12-01')).toEqual({ min: '2026-12-10', max: '2026-12-31' });
    expect(endRange(base, '2026-12-31')).toEqual({ min: '2026-12-31', max: '2026-12-31' });
    expect(mayEnd(base, '2026-12-31')).toBe(true);
  });

  test('not when it is over, never published, withdrawn or retracted, or no discount offer', () => {
    expect(endRange(base, '2027-01-01')).toBeNull();
    expect(mayEnd({ ...base, publishedAt: null }, '2026-12-01')).toBe(false);
    expect(mayEnd({ ...base, status: 'WITHDRAWN' }, '2026-12-01')).toBe(false);
    expect(mayEnd({ ...base, status: 'RETRACTED' }, '2026-12-01')).toBe(false);
    expect(mayEnd({ ...base, kind: 'CREDIT_LISTING' }, '2026-12-01')).toBe(false);
    expect(mayEnd({ ...base, validUntil: null }, '2026-12-01')).toBe(false);
    for (const status of ['DRAFT', 'AWAITING_PARTNER', 'CHANGES_REQUESTED', 'SUBMITTED'] as const)
      expect(mayEnd({ ...base, status }, '2026-12-01'), status).toBe(true);
  });
});

describe('the form (endActionAction)', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  test('a day outside the range, or no date: a Dutch error on the date field, what was typed kept, nothing written', async () => {
    const today = todayInDordrecht();
    const { partner, offerId, version } = await runningAction(today);
    who = partner.actor;
    const before = await loopSnapshot();
    const fields = { offerId, version: String(version), lastDay: addDays(today, -1), reason: 'Verbouwing.' };
    expect(await endActionAction(initialFormState, form(fields))).toEqual({
      ok: false,
      fieldErrors: { lastDay: [nl.discount.end.lastDayOutside(formatIsoDate(today), formatIsoDate(addDays(today, 30)))] },
      values: fields,
    });
    expect(await endActionAction(initialFormState, form({ ...fields, lastDay: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { lastDay: [nl.discount.validation.date] },
      values: { ...fields, lastDay: '' },
    });
    expect(await endActionAction(initialFormState, form({ ...fields, lastDay: today, version: String(version - 1) }))).toMatchObject({
      ok: false,
      message: nl.offer.stale,
    });
    expect(await loopSnapshot()).toEqual(before);
    who = null;
  });
});
