import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { reminderDue, sendApprovalReminders } from '@/lib/offers/reminders';
import { approveOffer, commentOnOffer, saveListing } from '@/lib/offers/review';
import { offerHistory } from '@/lib/offers/queries';
import { deactivatePartner } from '@/lib/partners/deactivate';
import { setUpPhotoTests } from '../support/photos';
import { eventList, listingForm, makeEditor, makePartner, offerRow } from '../support/offers';
import { mailsTo } from '../support/service-helpers';

// Reminders of an unanswered approval request (lib/offers/reminders.ts, ADR 0028): after
// REMINDER_FIRST_WORKING_DAYS (5) and REMINDER_SECOND_WORKING_DAYS (10) working days on Dordrecht's
// calendar, only on a working day, each once — also with two runs at the same moment. The clock is
// passed in; the request's moment (statusSince) is set in the database, as time passing would.

setUpPhotoTests();

const first = nl.record.reminders.subject;
const second = nl.record.reminders.secondSubject;
/** A moment in Dordrecht (winter time: UTC+1, summer time: UTC+2). */
const at = (iso: string) => new Date(iso);

/** A partner with a credit listing sent for approval; its request dated `sentAt`. */
async function awaiting(sentAt: Date) {
  const partner = await makePartner();
  const editor = await makeEditor();
  const sent = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }));
  if (!sent.ok) throw new Error(sent.reason);
  await prisma.offer.update({ where: { id: sent.offerId }, data: { statusSince: sentAt } });
  return { partner, editor, offerId: sent.offerId, version: sent.version };
}

const reminderMails = async (email: string) => (await mailsTo(email)).filter((m) => m.subject === first || m.subject === second);

describe('when a reminder is due', () => {
  test('a request sent the Wednesday before Easter 2027: Good Friday and Easter Monday do not count', async () => {
    const sent = at('2027-03-24T14:00:00+01:00');
    const open = { remindersSent: 0, statusSince: sent, lastReminderAt: null };
    // Thu 25 (1), [Good Friday], [Easter Monday], Tue 30 (2), Wed 31 (3), Thu 1 April (4), Fri 2 April (5).
    expect(reminderDue(open, at('2027-04-01T10:00:00+02:00'))).toBeNull();
    expect(reminderDue(open, at('2027-04-02T10:00:00+02:00'))).toBe(1);
    // The second: ten working days (Fri 9 April), and five after the first.
    const once = { remindersSent: 1, statusSince: sent, lastReminderAt: at('2027-04-02T10:00:00+02:00') };
    expect(reminderDue(once, at('2027-04-08T10:00:00+02:00'))).toBeNull();
    expect(reminderDue(once, at('2027-04-09T10:00:00+02:00'))).toBe(2);
    expect(reminderDue({ ...once, remindersSent: 2 }, at('2027-05-31T10:00:00+02:00'))).toBeNull();
  });

  test('never on a weekend or holiday: a request overdue since Christmas waits for Monday after New Year', async () => {
    // Wed 23 December 2026: Thu 24 (1), [Christmas], [Boxing Day], Mon 28 (2) … Thu 31 (5).
    const open = { remindersSent: 0, statusSince: at('2026-12-23T09:00:00+01:00'), lastReminderAt: null };
    expect(reminderDue(open, at('2026-12-30T10:00:00+01:00'))).toBeNull();
    expect(reminderDue(open, at('2026-12-31T10:00:00+01:00'))).toBe(1);
    // Had no job run since: not on New Year's Day, nor the weekend after it.
    expect(reminderDue(open, at('2027-01-01T10:00:00+01:00'))).toBeNull();
    expect(reminderDue(open, at('2027-01-02T10:00:00+01:00'))).toBeNull();
    expect(reminderDue(open, at('2027-01-03T23:30:00+01:00'))).toBeNull();
    expect(reminderDue(open, at('2027-01-04T00:30:00+01:00'))).toBe(1);
  });

  test('a request already past both thresholds gets the first, and the second only after the gap', async () => {
    const open = { remindersSent: 0, statusSince: at('2026-11-02T09:00:00+01:00'), lastReminderAt: null };
    const now = at('2026-12-01T10:00:00+01:00');
    expect(reminderDue(open, now)).toBe(1);
    const once = { ...open, remindersSent: 1, lastReminderAt: now };
    expect(reminderDue(once, at('2026-12-01T11:00:00+01:00'))).toBeNull();
    expect(reminderDue(once, at('2026-12-08T10:00:00+01:00'))).toBe(2);
  });
});

describe('sending reminders', () => {
  test('the first reminder: a mail to the partner with the approval link, a history entry, an audit entry — once', async () => {
    const { partner, offerId, version } = await awaiting(at('2026-12-23T09:00:00+01:00'));
    expect(await sendApprovalReminders(at('2026-12-30T10:00:00+01:00'))).toBe(0);
    expect(await sendApprovalReminders(at('2026-12-31T10:00:00+01:00'))).toBe(1);

    const [mail] = await reminderMails(partner.email);
    expect(mail).toMatchObject({ subject: first, organisationId: partner.organisationId, template: 'ApprovalReminder' });
    expect(mail.html).toContain(`/partner/aanbod/${offerId}`);
    expect(mail.text).toContain('23 december 2026');
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER', remindersSent: 1, version, sentVersion: version });
    const [latest] = await offerHistory(offerId);
    expect(latest).toMatchObject({ action: 'reminded', actorName: 'Dordtpas', comment: 'Herinnering 1' });
    expect(await prisma.auditEntry.count({ where: { action: 'offer.reminder-sent', entityId: offerId } })).toBe(1);

    // Every hour after it: nothing more until the second is due.
    for (const hour of ['11', '12', '13']) expect(await sendApprovalReminders(at(`2026-12-31T${hour}:00:00+01:00`))).toBe(0);
    expect(await reminderMails(partner.email)).toHaveLength(1);
  });

  test('two instances running the job at the same moment send each reminder once', async () => {
    const { partner, offerId } = await awaiting(at('2026-12-23T09:00:00+01:00'));
    const now = at('2026-12-31T10:00:00+01:00');
    const counts = await Promise.all([sendApprovalReminders(now), sendApprovalReminders(now), sendApprovalReminders(now)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await reminderMails(partner.email)).toHaveLength(1);
    expect((await eventList(offerId)).filter((e) => e.action === 'reminded')).toHaveLength(1);

    const later = at('2027-01-08T10:00:00+01:00');
    const again = await Promise.all([sendApprovalReminders(later), sendApprovalReminders(later)]);
    expect(again.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await reminderMails(partner.email)).map((m) => m.subject).sort()).toEqual([first, second].sort());
    expect(await offerRow(offerId)).toMatchObject({ remindersSent: 2 });
  });

  test('the second reminder at ten working days, and none after it', async () => {
    const { partner, offerId } = await awaiting(at('2026-12-23T09:00:00+01:00'));
    expect(await sendApprovalReminders(at('2026-12-31T10:00:00+01:00'))).toBe(1);
    // Ten working days: Mon 4 … Thu 7 January (6–9), Fri 8 January (10).
    expect(await sendApprovalReminders(at('2027-01-07T10:00:00+01:00'))).toBe(0);
    expect(await sendApprovalReminders(at('2027-01-08T10:00:00+01:00'))).toBe(1);
    expect(await sendApprovalReminders(at('2027-02-08T10:00:00+01:00'))).toBe(0);
    const mails = await reminderMails(partner.email);
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining([first, second]));
    expect(mails).toHaveLength(2);
    expect((await offerHistory(offerId)).filter((e) => e.action === 'reminded').map((e) => e.comment)).toEqual([
      'Herinnering 2',
      'Herinnering 1',
    ]);
  });

  test('none after the partner answered, and a new request starts the count again', async () => {
    const commented = await awaiting(at('2026-12-23T09:00:00+01:00'));
    const answered = await commentOnOffer(commented.partner.actor, commented.offerId, commented.version, 'Graag een andere foto.');
    expect(answered.ok).toBe(true);
    const approved = await awaiting(at('2026-12-23T09:00:00+01:00'));
    expect((await approveOffer(approved.partner.actor, approved.offerId, approved.version)).ok).toBe(true);
    expect(await sendApprovalReminders(at('2026-12-31T10:00:00+01:00'))).toBe(0);

    // The editors send a new version after a reminder: the count starts from that request.
    const resent = await awaiting(at('2026-12-23T09:00:00+01:00'));
    expect(await sendApprovalReminders(at('2026-12-31T10:00:00+01:00'))).toBe(1);
    const again = await saveListing(resent.editor, resent.partner.organisationId, listingForm({ intent: 'send', version: resent.version }));
    if (!again.ok) throw new Error(again.reason);
    expect(await offerRow(resent.offerId)).toMatchObject({ remindersSent: 0, lastReminderAt: null });
    await prisma.offer.update({ where: { id: resent.offerId }, data: { statusSince: at('2027-01-04T09:00:00+01:00') } });
    expect(await sendApprovalReminders(at('2027-01-08T10:00:00+01:00'))).toBe(0);
    expect(await sendApprovalReminders(at('2027-01-11T10:00:00+01:00'))).toBe(1);
    const [latest] = await offerHistory(resent.offerId);
    expect(latest).toMatchObject({ action: 'reminded', comment: 'Herinnering 1' });
  });

  test('none to a deactivated partner, nor for an edit that lapsed the request', async () => {
    const inactive = await awaiting(at('2026-12-23T09:00:00+01:00'));
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: inactive.partner.organisationId } });
    const off = await deactivatePartner(inactive.editor, { organisationId: org.id, version: org.version, reason: 'Verbouwing.' });
    expect(off.ok).toBe(true);
    const lapsed = await awaiting(at('2026-12-23T09:00:00+01:00'));
    // A save without sending lapses the request (ADR 0007) and starts a new wait (on the editors).
    const saved = await saveListing(lapsed.editor, lapsed.partner.organisationId, listingForm({ version: lapsed.version }));
    expect(saved.ok).toBe(true);
    expect(await sendApprovalReminders(at('2026-12-31T10:00:00+01:00'))).toBe(0);
    expect(await reminderMails(inactive.partner.email)).toEqual([]);
    expect(await reminderMails(lapsed.partner.email)).toEqual([]);
  });
});
