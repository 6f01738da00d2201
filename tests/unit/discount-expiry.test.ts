import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { formatDate, todayInDordrecht } from '@/lib/i18n/format';
import { sendExpiryNotices } from '@/lib/discounts/expiry';
import { startProposal, submitProposal } from '@/lib/discounts/service';
import { approveOffer, saveDiscountAction, saveListing, withdrawOffer } from '@/lib/offers/review';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner, offerRow, type TestPartner } from '../support/offers';
import { addDays, currentYear, editorDiscount, publishedAction, submittedProposal } from '../support/proposals';

// The "je kortingsactie is afgelopen" notice (lib/discounts/expiry.ts): once per published action
// whose last day (Dordrecht date) has passed, to every confirmed partner user of its organisation.
// Actions are taken through the real proposal and review functions; `now` is passed in where the
// moment matters. Against the real database.

setUpPhotoTests();

const subject = nl.mail.expiredSubject;
const title = 'Halve prijs in Zwembad Oost';
const year = currentYear();
/** The last day of the actions in most tests, and a moment on the day after it in Dordrecht. */
const lastDay = `${year}-06-30`;
const dayAfter = new Date(`${year}-07-01T10:00:00Z`);

/** A published action (its own partner "Zwembad Oost") whose period ends on `until`. */
function actionEnding(until: string, options: { title?: string; partnerOverrides?: Record<string, string | undefined> } = {}) {
  return publishedAction({
    partnerOverrides: options.partnerOverrides,
    listingOverrides: { title: options.title ?? title },
    discountOverrides: { validFrom: addDays(until, -60), validUntil: until },
  });
}

let colleagueSeq = 0;
/** Another partner user of the same organisation, confirmed unless said otherwise. */
async function addColleague(partner: TestPartner, { confirmed = true } = {}) {
  colleagueSeq++;
  return prisma.user.create({
    data: {
      email: `collega${colleagueSeq}@voorbeeld.nl`,
      username: `collega${colleagueSeq}`,
      passwordHash: 'x',
      role: 'PARTNER',
      name: `Collega ${colleagueSeq}`,
      organisationId: partner.organisationId,
      emailConfirmedAt: confirmed ? new Date() : null,
    },
  });
}

/** Every expiry notice in the outbox, as [to, html], sorted by address. */
async function notices() {
  const rows = await prisma.outboxMessage.findMany({ where: { subject }, select: { to: true, html: true, template: true } });
  return rows.sort((a, b) => a.to.localeCompare(b.to));
}
const recipients = async () => (await notices()).map((m) => m.to);

describe('an action whose last day has passed', () => {
  test('one notice per confirmed partner user of the organisation, to their address; expiryNoticeAt is set', async () => {
    const { partner, offerId, editor } = await actionEnding(lastDay);
    const colleague = await addColleague(partner);
    // Another organisation with an action that is still running hears nothing.
    const other = await actionEnding(`${year}-12-31`, { title: 'Gratis koffie bij De Wielen' });

    expect(await sendExpiryNotices(dayAfter)).toBe(1);

    const mails = await notices();
    expect(mails.map((m) => m.to)).toEqual([colleague.email, partner.email].sort());
    for (const mail of mails) {
      expect(mail.template).toBe('ActionExpired');
      expect(mail.html).toContain(title);
      expect(mail.html).toContain(formatDate(new Date(lastDay)));
      expect(mail.html).toContain('http://localhost:3000/partner');
    }
    expect(await recipients()).not.toContain(editor.email);
    expect(await recipients()).not.toContain(other.partner.email);

    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
    expect((await offerRow(other.offerId)).expiryNoticeAt).toBeNull();
    // Still PUBLISHED: the notice only tells the partner, the public page filters on the date.
    expect((await offerRow(offerId)).status).toBe('PUBLISHED');
  });

  test('running it again sends nothing more', async () => {
    const { partner, offerId } = await actionEnding(lastDay);
    await addColleague(partner);
    expect(await sendExpiryNotices(dayAfter)).toBe(1);
    const outbox = await prisma.outboxMessage.count();

    expect(await sendExpiryNotices(dayAfter)).toBe(0);
    expect(await sendExpiryNotices(new Date(`${Number(year) + 1}-03-01T10:00:00Z`))).toBe(0);
    expect(await prisma.outboxMessage.count()).toBe(outbox);
    expect(await notices()).toHaveLength(2);
    // The first run's moment stays.
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
  });

  test('two runs at the same time send it once', async () => {
    const { partner, offerId } = await actionEnding(lastDay);
    const colleague = await addColleague(partner);

    const results = await Promise.all([sendExpiryNotices(dayAfter), sendExpiryNotices(dayAfter)]);
    expect(results.sort()).toEqual([0, 1]);
    expect(await recipients()).toEqual([colleague.email, partner.email].sort());
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
  });

  test('an action ending today is not noticed; one that ended yesterday is (today in Dordrecht)', async () => {
    const now = new Date();
    const today = todayInDordrecht(now);
    const endsToday = await actionEnding(today, { title: 'Eindigt vandaag' });
    const endedYesterday = await actionEnding(addDays(today, -1), { title: 'Eindigde gisteren' });

    expect(await sendExpiryNotices(now)).toBe(1);
    expect(await recipients()).toEqual([endedYesterday.partner.email]);
    expect((await notices())[0].html).toContain('Eindigde gisteren');
    expect((await offerRow(endedYesterday.offerId)).expiryNoticeAt).toEqual(now);
    expect((await offerRow(endsToday.offerId)).expiryNoticeAt).toBeNull();

    // As the scheduled job calls it, without a moment: still only the one.
    expect(await sendExpiryNotices()).toBe(0);
    expect((await offerRow(endsToday.offerId)).expiryNoticeAt).toBeNull();
  });

  test('the day turns at midnight in Dordrecht, not in UTC', async () => {
    const { partner, offerId } = await actionEnding(lastDay);
    // 23:30 on the last day in Dordrecht (summer time, UTC+2): still running.
    expect(await sendExpiryNotices(new Date(`${lastDay}T21:30:00Z`))).toBe(0);
    expect((await offerRow(offerId)).expiryNoticeAt).toBeNull();
    // 00:30 the day after in Dordrecht, while it is still the last day in UTC: ended.
    const afterMidnight = new Date(`${lastDay}T22:30:00Z`);
    expect(await sendExpiryNotices(afterMidnight)).toBe(1);
    expect(await recipients()).toEqual([partner.email]);
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(afterMidnight);
  });

  test('unconfirmed users of the partner do not get it', async () => {
    const { partner } = await actionEnding(lastDay);
    const unconfirmed = await addColleague(partner, { confirmed: false });
    const confirmed = await addColleague(partner);

    expect(await sendExpiryNotices(dayAfter)).toBe(1);
    expect(await recipients()).toEqual([confirmed.email, partner.email].sort());
    expect(await recipients()).not.toContain(unconfirmed.email);
  });

  test('an action the editors are changing is still noticed, with the published title', async () => {
    const { editor, offerId, version } = await actionEnding(lastDay);
    const draft = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version, title: 'Nieuwe titel, nog niet goedgekeurd' }),
      editorDiscount({ validFrom: `${year}-01-01`, validUntil: lastDay }),
    );
    expect(draft.ok).toBe(true);
    expect((await offerRow(offerId)).status).toBe('DRAFT');

    expect(await sendExpiryNotices(dayAfter)).toBe(1);
    const [mail] = await notices();
    expect(mail.html).toContain(title);
    expect(mail.html).not.toContain('Nieuwe titel');
  });
});

describe('a new period approved later', () => {
  test('re-approving a changed version resets expiryNoticeAt, so its own end is noticed again', async () => {
    const { editor, partner, offerId, version } = await actionEnding(lastDay);
    expect(await sendExpiryNotices(dayAfter)).toBe(1);
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);

    // The editors extend the action to the end of the year and ask the partner's approval.
    const newLastDay = `${year}-12-31`;
    const sent = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version, intent: 'send', title }),
      editorDiscount({ validFrom: dayAfter.toISOString().slice(0, 10), validUntil: newLastDay }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    // Not approved yet: the old period is still the published one, already noticed.
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
    expect(await sendExpiryNotices(dayAfter)).toBe(0);

    expect(await approveOffer(partner.actor, offerId, sent.version)).toMatchObject({ ok: true });
    const approved = await offerRow(offerId);
    expect(approved.expiryNoticeAt).toBeNull();
    expect(approved.validUntil?.toISOString().slice(0, 10)).toBe(newLastDay);

    // The new period has not ended on the day after the old one, nor on its own last day.
    expect(await sendExpiryNotices(dayAfter)).toBe(0);
    expect(await sendExpiryNotices(new Date(`${newLastDay}T12:00:00Z`))).toBe(0);
    expect(await notices()).toHaveLength(1);

    const afterNewEnd = new Date(`${Number(year) + 1}-01-01T10:00:00Z`);
    expect(await sendExpiryNotices(afterNewEnd)).toBe(1);
    const mails = await notices();
    expect(mails.map((m) => m.to)).toEqual([partner.email, partner.email]);
    expect(mails.filter((m) => m.html.includes(formatDate(new Date(newLastDay))))).toHaveLength(1);
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(afterNewEnd);
  });

  test('re-approving a corrected text with the same last day does not notice the same end again', async () => {
    const { editor, partner, offerId, version } = await actionEnding(lastDay);
    expect(await sendExpiryNotices(dayAfter)).toBe(1);
    const sent = await saveDiscountAction(
      editor,
      offerId,
      listingForm({ version, intent: 'send', title: `${title}!` }),
      editorDiscount({ validFrom: addDays(lastDay, -60), validUntil: lastDay }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await approveOffer(partner.actor, offerId, sent.version)).toMatchObject({ ok: true });
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
    expect(await sendExpiryNotices(new Date(dayAfter.getTime() + 3_600_000))).toBe(0);
    expect(await notices()).toHaveLength(1);
  });

  test('a renewal is an action of its own: noticed after its own end, the old one not again', async () => {
    const { editor, partner, offerId } = await actionEnding(lastDay);
    expect(await sendExpiryNotices(dayAfter)).toBe(1);

    const next = String(Number(year) + 1);
    const renewal = await startProposal(partner.actor, { renewalOf: offerId });
    if (!renewal.ok) throw new Error(renewal.reason);
    expect(await submitProposal(partner.actor, renewal.offerId, renewal.version)).toEqual({ ok: true, change: false });
    const submitted = await offerRow(renewal.offerId);
    const sent = await saveDiscountAction(
      editor,
      renewal.offerId,
      listingForm({ version: submitted.version, intent: 'send', title: 'Halve prijs in Zwembad Oost, verlengd' }),
      editorDiscount({ validFrom: `${next}-01-01`, validUntil: `${next}-12-31` }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await approveOffer(partner.actor, renewal.offerId, sent.version)).toMatchObject({ ok: true });
    expect((await offerRow(renewal.offerId)).expiryNoticeAt).toBeNull();

    expect(await sendExpiryNotices(new Date(`${next}-06-01T10:00:00Z`))).toBe(0);
    const afterRenewal = new Date(`${Number(next) + 1}-01-01T10:00:00Z`);
    expect(await sendExpiryNotices(afterRenewal)).toBe(1);
    expect((await offerRow(renewal.offerId)).expiryNoticeAt).toEqual(afterRenewal);
    expect((await offerRow(offerId)).expiryNoticeAt).toEqual(dayAfter);
    const mails = await notices();
    expect(mails).toHaveLength(2);
    expect(
      mails.filter((m) => m.html.includes('Zwembad Oost, verlengd') && m.html.includes(formatDate(new Date(`${next}-12-31`)))),
    ).toHaveLength(1);
  });
});

describe('never noticed', () => {
  test('a credit listing, even with a last day in the past', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'BOTH' });
    const listing = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }));
    if (!listing.ok) throw new Error(listing.reason);
    expect(await approveOffer(partner.actor, listing.offerId, listing.version)).toMatchObject({ ok: true });
    // A credit listing has no period; give it one by hand to show the kind alone keeps it out.
    await prisma.offer.update({
      where: { id: listing.offerId },
      data: { validFrom: new Date(`${year}-01-01`), validUntil: new Date(lastDay) },
    });
    expect(await offerRow(listing.offerId)).toMatchObject({ kind: 'CREDIT_LISTING', status: 'PUBLISHED' });

    expect(await sendExpiryNotices(dayAfter)).toBe(0);
    expect(await notices()).toEqual([]);
    expect((await offerRow(listing.offerId)).expiryNoticeAt).toBeNull();
  });

  test('an action never published (submitted, or waiting for the partner) or withdrawn', async () => {
    const editor = await makeEditor();
    const submitted = await submittedProposal();
    const waiting = await submittedProposal();
    const sent = await saveDiscountAction(
      editor,
      waiting.offerId,
      listingForm({ version: waiting.version, intent: 'send', title }),
      editorDiscount({ validUntil: lastDay }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect((await offerRow(waiting.offerId)).status).toBe('AWAITING_PARTNER');
    // Even with a last day in the columns (only approval writes it): not published is not noticed.
    for (const id of [submitted.offerId, waiting.offerId]) {
      await prisma.offer.update({ where: { id }, data: { validFrom: new Date(`${year}-01-01`), validUntil: new Date(lastDay) } });
    }

    const withdrawn = await actionEnding(lastDay);
    expect(await withdrawOffer(withdrawn.editor, withdrawn.offerId, 'De actie is gestopt.')).toMatchObject({ ok: true });
    expect(await offerRow(withdrawn.offerId)).toMatchObject({ status: 'WITHDRAWN', publishedAt: null });

    expect(await sendExpiryNotices(dayAfter)).toBe(0);
    expect(await notices()).toEqual([]);
    for (const id of [submitted.offerId, waiting.offerId, withdrawn.offerId]) expect((await offerRow(id)).expiryNoticeAt).toBeNull();
  });
});
