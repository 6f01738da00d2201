import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * What `AuditEntry.action` holds, by the domain that writes it. A column of text, so that a new
 * action needs no migration: a new one is added here, and the writer below takes no other.
 */
export const AUDIT_ACTIONS = [
  'account.confirmed',
  'account.confirmation-resent',
  'password.reset-requested',
  'password.reset',
  'partner.registered',
  'partner.registration-expired',
  'partner.registration-existing-email',
  'partner.contact-updated',
  'partner.type-requested',
  'partner.type-changed',
  'partner.change-requested',
  'partner.change-accepted',
  'partner.change-applied',
  'organisation.photo-set',
  'organisation.photo-removed',
  // A partner user's own data (issue 17): the postal address (lib/partners/service.ts), password and
  // e-mail address (lib/accounts/own-account.ts).
  'organisation.postal-address-updated',
  'password.changed',
  'account.email-change-requested',
  'account.email-changed',
  // The language of the portal and the mails (issue 21).
  'account.locale-changed',
  // A partner organisation's users (lib/partners/colleagues.ts).
  'colleague.invited',
  'colleague.invitation-revoked',
  'colleague.joined',
  'colleague.role-changed',
  'colleague.removed',
  // The status machine of an offer (lib/offers/transitions.ts).
  'offer.proposal-started',
  'offer.proposal-deleted',
  'offer.submitted',
  'offer.saved',
  'offer.sent',
  'offer.commented',
  'offer.approved',
  'offer.withdrawn',
  'offer.retracted',
  'offer.change-proposed',
  'offer.ended',
  // "Samenwerking beëindigen" and what follows it (lib/partners/close.ts, export.ts, retention.ts; ADR 0024).
  'offer.closed',
  'partner.closed',
  'partner.data-exported',
  'partner.personal-data-removed',
  // The editors run the programme (issue 18): refusals with a reason, reminders, the partner record,
  // the list of reasons, the editors' own accounts, exports.
  'offer.rejected',
  'offer.change-rejected',
  'offer.reminder-sent',
  'partner.rejected',
  'partner.registration-replaced',
  'partner.deactivated',
  'partner.reactivated',
  'partner.note-added',
  'rejection-reason.added',
  'rejection-reason.changed',
  'rejection-reason.archived',
  'editor.invited',
  'editor.invitation-revoked',
  'editor.joined',
  'editor.role-changed',
  'editor.disabled',
  'editor.enabled',
  'workspace.exported',
  // A partner's locations (issue 20, lib/locations/change-request.ts): proposed by its beheerder, decided by the editors.
  'location.change-requested',
  'location.change-applied',
  'location.change-rejected',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about: a table's name and the row's id ('Organisation', its id). */
export type AuditEntity = readonly [entityType: string, entityId: string];

// Every state change leaves an audit entry: who did what, when, to which record, with what.
export function audit(
  tx: Tx,
  actorId: string | null,
  action: AuditAction,
  [entityType, entityId]: AuditEntity,
  data?: Prisma.InputJsonValue,
) {
  return tx.auditEntry.create({ data: { actorId, action, entityType, entityId, data } });
}
