import { env } from '@/lib/env';
import type { OfferStatus } from '@/lib/generated/prisma/enums';
import { todayInDordrecht } from '@/lib/i18n/format';
import { addWorkingDays, workingDaysBetween } from '@/lib/workdays';

// On whom an offer waits, since when, and whether that is longer than promised (issue 18): the editors
// promise an answer within EDITOR_TARGET_WORKING_DAYS working days; a partner who has not answered an
// approval request for REMINDER_FIRST_WORKING_DAYS gets a reminder (lib/offers/reminders.ts).

export type WaitingOn = 'editors' | 'partner';

/** Who has to act on an offer in this status; null when nobody does (online, offline, refused, …). */
export function waitingOn(status: OfferStatus): WaitingOn | null {
  switch (status) {
    case 'SUBMITTED':
    case 'DRAFT':
    case 'CHANGES_REQUESTED':
      return 'editors';
    case 'AWAITING_PARTNER':
      return 'partner';
    default:
      return null;
  }
}

export type Wait = { on: WaitingOn; since: Date; workingDays: number; dueOn: string; overdue: boolean };

/** How long an offer (or a new registration, on the editors) has waited on whom, as of `now`. */
export function waitOf(on: WaitingOn | null, since: Date, now = new Date()): Wait | null {
  if (!on) return null;
  const target = targetOf(on);
  const workingDays = workingDaysBetween(since, now);
  return { on, since, workingDays, dueOn: addWorkingDays(since, target), overdue: workingDays > target };
}

/** The working days promised to whom an offer waits on: EDITOR_TARGET_WORKING_DAYS or REMINDER_FIRST_WORKING_DAYS. */
export function targetOf(on: WaitingOn): number {
  return on === 'editors' ? env().EDITOR_TARGET_WORKING_DAYS : env().REMINDER_FIRST_WORKING_DAYS;
}

/**
 * The last ISO day (Dordrecht) on which a wait on `on` may have begun and be overdue as of `now`: a
 * wait is overdue exactly when its day is on or before this one (waitOf's `overdue`), so that a query
 * can count the overdue ones with a date comparison instead of a calendar.
 */
export function overdueFrom(on: WaitingOn, now = new Date()): string {
  const target = targetOf(on);
  // workingDaysBetween only falls as the start moves later: walk back from today to the first day that is over.
  const today = Date.parse(`${todayInDordrecht(now)}T12:00:00Z`);
  for (let back = 1; ; back++) {
    const day = new Date(today - back * 86_400_000);
    if (workingDaysBetween(day, now) > target) return day.toISOString().slice(0, 10);
  }
}
