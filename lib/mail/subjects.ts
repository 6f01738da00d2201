// Every mail's subject in the languages a partner or editor can choose (issue 21): Dutch from
// lib/i18n/nl.ts, where the rest of the copy is; English typed with its shape, so a subject missing
// in English is a tsc error. A caller names the subject as a function of these (prepareMail).
import { nl } from '@/lib/i18n/nl';
import type { PortalLocale } from '@/lib/i18n/locales';
import type { Widen } from '@/lib/i18n/messages';

const dutch = {
  confirm: nl.mail.confirmSubject,
  confirmed: nl.mail.confirmedSubject,
  reset: nl.mail.resetSubject,
  accountExists: nl.mail.accountExistsSubject,
  approval: nl.mail.approvalSubject,
  commented: nl.mail.commentedSubject,
  published: nl.mail.publishedSubject,
  withdrawn: nl.mail.withdrawnSubject,
  proposal: nl.mail.proposalSubject,
  expired: nl.mail.expiredSubject,
  partnerTypeRequested: nl.mail.partnerTypeRequestedSubject,
  partnerTypeChanged: nl.mail.partnerTypeChangedSubject,
  organisationChange: nl.ownChange.mailSubject,
  colleagueInvited: nl.colleagues.mailSubject,
  colleagueRemoved: nl.colleagues.removedSubject,
  changeProposed: nl.offer.change.mailSubject,
  proposalRetracted: nl.discount.retract.mailSubject,
  actionEnded: nl.discount.end.mailSubject,
  passwordChanged: nl.ownData.password.mailSubject,
  emailChangeConfirm: nl.ownData.email.confirmSubject,
  emailChangeNotice: nl.ownData.email.noticeSubject,
  partnershipClosedEditors: nl.close.editorsSubject,
  partnershipClosed: nl.close.partnerSubject,
  registrationRejected: nl.reject.registrationSubject,
  proposalRejected: nl.reject.proposalSubject,
  changeRejected: nl.reject.changeSubject,
  editorInvited: nl.editors.mailSubject,
  deactivated: nl.record.deactivate.subject,
  reactivated: nl.record.reactivate.subject,
  reminder: nl.record.reminders.subject,
  secondReminder: nl.record.reminders.secondSubject,
  locationRequested: nl.locations.mail.requestedSubject,
  locationApplied: nl.locations.mail.appliedSubject,
  locationRejected: nl.locations.mail.rejectedSubject,
};

export type MailSubjects = Widen<typeof dutch>;

const english: MailSubjects = {
  confirm: 'Confirm your registration as a Dordtpas partner',
  confirmed: 'Your Dordtpas account is confirmed',
  reset: 'New password for the Dordtpas partner portal',
  accountExists: 'You already have a Dordtpas account',
  approval: 'Your Dordtpas offer is ready: please approve it',
  commented: (org: string) => `${org} has commented on the offer`,
  published: 'Your offer is on the Dordtpas website',
  withdrawn: 'Your offer is no longer on the Dordtpas website',
  proposal: (org: string) => `${org} has submitted a discount proposal`,
  expired: 'Your discount offer has ended',
  partnerTypeRequested: (org: string) => `${org} also wants to give discounts`,
  partnerTypeChanged: 'You can now propose discount offers',
  organisationChange: (org: string) => `${org} wants to change the details for pass holders`,
  colleagueInvited: (org: string) => `You are invited to the partner portal of ${org}`,
  colleagueRemoved: 'You no longer have access to the Dordtpas partner portal',
  changeProposed: (org: string) => `${org} proposes a change`,
  proposalRetracted: (org: string) => `${org} has withdrawn a discount proposal`,
  actionEnded: (org: string) => `${org} has ended a discount offer`,
  passwordChanged: 'Your password has been changed',
  emailChangeConfirm: 'Confirm your new e-mail address for Dordtpas',
  emailChangeNotice: 'Someone asked to change your e-mail address',
  partnershipClosedEditors: (org: string) => `${org} has ended the partnership with Dordtpas`,
  partnershipClosed: 'The partnership with Dordtpas has ended',
  registrationRejected: 'Your registration with Dordtpas has been rejected',
  proposalRejected: (title: string) => `Your discount proposal "${title}" has been rejected`,
  changeRejected: (title: string) => `Your change of "${title}" has been rejected`,
  editorInvited: 'You are invited to the Dordtpas editorial team',
  deactivated: 'Your Dordtpas account has been deactivated',
  reactivated: 'Your Dordtpas account is active again',
  reminder: 'Reminder: your approval is needed',
  secondReminder: 'Second reminder: your approval is needed',
  locationRequested: (org: string) => `${org} proposes a change of its locations`,
  locationApplied: 'Your locations have been updated',
  locationRejected: 'The editors have rejected your proposal for a location',
};

export const MAIL_SUBJECTS: Record<PortalLocale, MailSubjects> = { nl: dutch, en: english };

/** A mail's subject, said in the recipient's language: `(s) => s.published`, `(s) => s.commented(org)`. */
export type Subject = (subjects: MailSubjects) => string;
