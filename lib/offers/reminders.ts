import { prisma } from '@/lib/db';
import { appUrl, env } from '@/lib/env';
import { audit } from '@/lib/audit';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import { isWorkingDay, workingDaysBetween } from '@/lib/workdays';
import type { Prisma } from '@/lib/generated/prisma/client';
import ApprovalReminder from '@/emails/ApprovalReminder';
import { readOfferContent } from './content';

// Reminders of an unanswered approval request (issue 18, ADR 0028). The hourly job calls
// sendApprovalReminders(): an offer AWAITING_PARTNER whose request (statusSince, reset by every
// sending) is REMINDER_FIRST_WORKING_DAYS working days old gets reminder 1, at
// REMINDER_SECOND_WORKING_DAYS reminder 2; nothing after that. Only on a working day in Dordrecht: a
// job that catches up after a weekend or holiday without a run waits for the next working day.
// Each reminder is one transaction whose first write is a conditional update on the count read —
// a second instance running at the same moment matches nothing and sends nothing.

/** Who the history names for what the job did. */
const JOB_ACTOR = { id: null, name: nl.record.history.system };

type Candidate = { remindersSent: number; statusSince: Date; lastReminderAt: Date | null };

/**
 * Which reminder (1 or 2) is due for an open request as of `now`, or null. The second one also waits
 * as long after the first as the two thresholds are apart (at least a working day), so that a request
 * that is already old when the job first sees it does not get both within the hour.
 */
export function reminderDue(offer: Candidate, now: Date, settings = env()): 1 | 2 | null {
  if (!isWorkingDay(todayInDordrecht(now))) return null;
  const age = workingDaysBetween(offer.statusSince, now);
  const first = settings.REMINDER_FIRST_WORKING_DAYS;
  const second = settings.REMINDER_SECOND_WORKING_DAYS;
  if (offer.remindersSent === 0) return age >= first ? 1 : null;
  if (offer.remindersSent === 1 && age >= second) {
    const gap = Math.max(1, second - first);
    return !offer.lastReminderAt || workingDaysBetween(offer.lastReminderAt, now) >= gap ? 2 : null;
  }
  return null;
}

/** Sends every reminder that is due. Returns how many offers were reminded (by this run). */
export async function sendApprovalReminders(now = new Date()): Promise<number> {
  if (!isWorkingDay(todayInDordrecht(now))) return 0;
  const open = await prisma.offer.findMany({
    // An open request of an active partner: a deactivated, closed or refused one waits for nobody.
    where: { status: 'AWAITING_PARTNER', remindersSent: { lt: 2 }, statusSince: { lt: now }, organisation: { status: 'CONFIRMED' } },
    select: {
      id: true,
      kind: true,
      version: true,
      sentVersion: true,
      content: true,
      organisationId: true,
      statusSince: true,
      remindersSent: true,
      lastReminderAt: true,
    },
    orderBy: { statusSince: 'asc' },
    take: 200,
  });
  let sent = 0;
  for (const offer of open) {
    const n = reminderDue(offer, now);
    if (!n || offer.sentVersion !== offer.version) continue;
    // Content that cannot be read is logged and skipped (tried again next run).
    const content = readOfferContent(offer, offer.content, 'Offer.content');
    if (!content) continue;
    // One offer that fails (its mail) must not keep the others from their reminder.
    try {
      const mails = await mailsToPartners(offer.organisationId, (s) => (n === 1 ? s.reminder : s.secondReminder), ApprovalReminder, {
        title: content.title,
        sentOn: offer.statusSince,
        second: n === 2,
        url: appUrl(`/partner/aanbod/${offer.id}`),
      });
      const reminded = await prisma.$transaction(async (tx) => {
        // Exactly the request and the count read: an answer, a new request, a deactivation or another
        // instance's reminder in between makes this match nothing.
        const claimed = await tx.offer.updateMany({
          where: {
            id: offer.id,
            status: 'AWAITING_PARTNER',
            version: offer.version,
            sentVersion: offer.sentVersion,
            remindersSent: n - 1,
            organisation: { status: 'CONFIRMED' },
          },
          data: { remindersSent: n, lastReminderAt: now },
        });
        if (claimed.count !== 1) return false;
        await tx.offerEvent.create({
          data: {
            offerId: offer.id,
            actorId: JOB_ACTOR.id,
            actorName: JOB_ACTOR.name,
            action: 'reminded',
            version: offer.version,
            content: offer.content as Prisma.InputJsonValue,
            comment: nl.record.reminders.comment(n),
          },
        });
        await audit(tx, null, 'offer.reminder-sent', ['Offer', offer.id], {
          reminder: n,
          version: offer.version,
          recipients: mails.length,
        });
        for (const mail of mails) await enqueueMail(tx, mail);
        return true;
      });
      if (reminded) sent++;
    } catch (error) {
      console.error(`[reminders] reminder for offer ${offer.id} failed`, error);
    }
  }
  return sent;
}
