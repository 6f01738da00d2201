import { env } from '@/lib/env';
import type { OfferStatus } from '@/lib/generated/prisma/enums';
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
  const target = on === 'editors' ? env().EDITOR_TARGET_WORKING_DAYS : env().REMINDER_FIRST_WORKING_DAYS;
  const workingDays = workingDaysBetween(since, now);
  return { on, since, workingDays, dueOn: addWorkingDays(since, target), overdue: workingDays > target };
}
