import { createElement } from 'react';
import type { PortalLocale } from '@/lib/i18n/locales';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { audit } from '@/lib/audit';
import { orgName } from '@/lib/partners/names';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import AccountConfirmed from '@/emails/AccountConfirmed';
import AccountExists from '@/emails/AccountExists';
import ConfirmAccount from '@/emails/ConfirmAccount';
import PasswordReset from '@/emails/PasswordReset';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { counter } from '@/lib/limits/limiter';
import { loginFailed, loginGate, loginSucceeded } from './throttle';
import { endAllSessions } from './sessions';
import { checkToken, consumeToken, dropOpenTokens, newToken, storeToken, type TokenCheck } from './tokens';

/** Who is logged in, read from the database on every request; `orgRole` is a partner user's, or an editor's (ADMIN: the editors' beheerder). */
export type SessionUser = {
  id: string;
  role: 'PARTNER' | 'EDITOR';
  name: string;
  organisationId: string | null;
  orgRole: 'ADMIN' | 'MEMBER' | null;
  /** The language of the portal and of the user's mails (issue 21). */
  locale: PortalLocale;
};

export type AuthResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid' | 'unconfirmed' | 'closed' | 'disabled' | 'inactive' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number }
  /** The editors refused the organisation's registration (issue 18): when and why, for the login page. */
  | { ok: false; reason: 'rejected'; rejectedAt: Date; rejectedReason: string };

/**
 * Login by username or e-mail address, from the client address `address` (for the throttle: see
 * ./throttle.ts). An unconfirmed account, and one of an organisation that ended its partnership
 * (ADR 0024), is refused with its own reason, after the right password.
 */
export async function authenticate(identifier: string, password: string, address: string): Promise<AuthResult> {
  const key = identifier.trim().toLowerCase();
  if (!key || !password || password.length > 200) return { ok: false, reason: 'invalid' };
  // Refused before the password is hashed: a throttled attacker costs us one query, not argon2.
  const gate = await loginGate(key, address);
  if (!gate.ok) return { ok: false, reason: 'throttled', retryAfterMs: gate.retryAfterMs };
  const user = await prisma.user.findFirst({
    where: { OR: [{ username: key }, { email: key }] },
    include: { organisation: { select: { status: true, rejectedAt: true, rejectedReason: true } } },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await loginFailed(key, address);
    return { ok: false, reason: 'invalid' };
  }
  await loginSucceeded(key, address);
  // Told only after the right password, so this does not reveal which accounts exist.
  const org = user.organisation;
  // Before "unconfirmed": a refused registration's links were revoked, so confirming is no way out.
  if (org?.status === 'REJECTED')
    return { ok: false, reason: 'rejected', rejectedAt: org.rejectedAt ?? new Date(0), rejectedReason: org.rejectedReason ?? '' };
  if (!user.emailConfirmedAt) return { ok: false, reason: 'unconfirmed' };
  if (user.organisation?.status === 'CLOSED') return { ok: false, reason: 'closed' };
  // Deactivated by the editors (ADR 0028): told why they cannot log in, after the right password too.
  if (user.organisation?.status === 'INACTIVE') return { ok: false, reason: 'inactive' };
  // An editor a beheerder disabled (issue 18, ADR 0029).
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  const { id, role, name, organisationId, orgRole, locale } = user;
  return { ok: true, user: { id, role, name, organisationId, orgRole, locale } };
}

export function confirmUrlFor(token: string) {
  return appUrl(`/aanmelden/bevestigen?token=${encodeURIComponent(token)}`);
}

export function resetUrlFor(token: string) {
  return appUrl(`/wachtwoord-herstellen?token=${encodeURIComponent(token)}`);
}

/** Whether a confirmation link can still be used (shown before the partner presses the button). */
export function checkConfirmationToken(token: string): Promise<TokenCheck> {
  return checkToken(prisma, token, 'CONFIRM_EMAIL');
}

export type ConfirmResult = { ok: true } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Uses the link from the confirmation mail: confirms the e-mail address and sends "account bevestigd". */
export async function confirmEmail(token: string, now = new Date()): Promise<ConfirmResult> {
  const check = await checkToken(prisma, token, 'CONFIRM_EMAIL', now);
  if (!check.ok) return check;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: check.userId } });
  const mail = await prepareMail(
    user.email,
    (s) => s.confirmed,
    createElement(AccountConfirmed, { name: user.name, username: user.username, loginUrl: appUrl('/inloggen') }),
    { organisationId: user.organisationId },
  );
  return prisma.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, 'CONFIRM_EMAIL', now);
    if (!used.ok) return used;
    await tx.user.update({ where: { id: user.id }, data: { emailConfirmedAt: now } });
    // Only a registration that waits for its confirmation: one the editors refused in the meantime stays refused.
    if (user.organisationId) await confirmRegistration(tx, user.organisationId, now);
    await audit(tx, user.id, 'account.confirmed', ['User', user.id]);
    await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}

/** Issues a confirmation token and queues the mail, inside the caller's transaction. */
export async function prepareConfirmationMail(
  user: { name: string; email: string; organisationId?: string | null; locale?: PortalLocale },
  organisation: string,
) {
  const token = newToken();
  const mail = await prepareMail(
    user.email,
    (s) => s.confirm,
    createElement(ConfirmAccount, { name: user.name, organisation, confirmUrl: confirmUrlFor(token) }),
    { organisationId: user.organisationId, locale: user.locale },
  );
  return { token, mail };
}

/**
 * Mails that anyone can have sent to an address (a new confirmation link, a reset link, "you already
 * have an account"): at most this many an hour per address, so the forms can't be used to flood a mailbox.
 */
export const MAILS_PER_ADDRESS_PER_HOUR = 5;
const mailsToAddress = counter('mail-to-address', MAILS_PER_ADDRESS_PER_HOUR, 60 * 60);
/** Counts a mail to the address; false when it had its MAILS_PER_ADDRESS_PER_HOUR already (also for an e-mail change). */
export const mayMail = async (email: string) => !(await mailsToAddress.hit(email)).limited;

/** A new confirmation link. Answers the same whether or not the address is known. */
export async function resendConfirmation(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, include: { organisation: true } });
  // A refused registration (issue 18) is not confirmed any more: its people register anew.
  if (!user || user.emailConfirmedAt || user.organisation?.status === 'REJECTED' || !(await mayMail(user.email))) return;
  const { token, mail } = await prepareConfirmationMail(user, user.organisation ? orgName(user.organisation) : '');
  await prisma.$transaction(async (tx) => {
    await storeToken(tx, user.id, 'CONFIRM_EMAIL', token);
    await audit(tx, null, 'account.confirmation-resent', ['User', user.id]);
    await enqueueMail(tx, mail);
  });
}

/**
 * Someone registered with an address that has an account. The form answered as for a new partner;
 * the address gets a new confirmation link (not confirmed yet) or a mail with the username and the
 * way to log in or reset the password.
 */
export async function notifyExistingAccount(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return;
  if (!user.emailConfirmedAt) return resendConfirmation(user.email);
  if (!(await mayMail(user.email))) return;
  const mail = await prepareMail(
    user.email,
    (s) => s.accountExists,
    createElement(AccountExists, {
      name: user.name,
      username: user.username,
      loginUrl: appUrl('/inloggen'),
      forgotUrl: appUrl('/wachtwoord-vergeten'),
    }),
    { organisationId: user.organisationId, locale: user.locale },
  );
  await prisma.$transaction(async (tx) => {
    await audit(tx, null, 'partner.registration-existing-email', ['User', user.id]);
    await enqueueMail(tx, mail);
  });
}

/** "Wachtwoord vergeten": mails a reset link. Answers the same whether or not the address is known. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { organisation: { select: { status: true } } },
  });
  // A new password would not let anyone of a closed partner organisation in (ADR 0024), nor anyone
  // of a refused or deactivated one (ADR 0026, 0028), nor a disabled editor (ADR 0029): they get no
  // mail at all, as an unknown address.
  const shut = ['CLOSED', 'REJECTED', 'INACTIVE'].includes(user?.organisation?.status ?? '') || Boolean(user?.disabledAt);
  if (!user || shut || !(await mayMail(user.email))) return;
  const token = newToken();
  const mail = await prepareMail(
    user.email,
    (s) => s.reset,
    createElement(PasswordReset, { name: user.name, resetUrl: resetUrlFor(token) }),
    { organisationId: user.organisationId },
  );
  await prisma.$transaction(async (tx) => {
    await storeToken(tx, user.id, 'RESET_PASSWORD', token);
    await audit(tx, null, 'password.reset-requested', ['User', user.id]);
    await enqueueMail(tx, mail);
  });
}

export function checkResetToken(token: string): Promise<TokenCheck> {
  return checkToken(prisma, token, 'RESET_PASSWORD');
}

/**
 * The registration waits for the editors from now (its address is proven), if it was waiting for its
 * confirmation: a conditional write, so a refusal or closing that committed a moment earlier stays.
 */
function confirmRegistration(tx: Tx, organisationId: string, now: Date) {
  return tx.organisation.updateMany({
    where: { id: organisationId, status: 'REGISTERED' },
    data: { status: 'CONFIRMED', confirmedAt: now, version: { increment: 1 } },
  });
}

/** Sets a new password with a reset link. Following a mailed link also proves the address. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<ConfirmResult> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, 'RESET_PASSWORD', now);
    if (!used.ok) return used;
    const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? now } });
    // A new password ends every session that was logged in with the old one ("log out everywhere"),
    // and an e-mail change under way: what the notice to the old address advises must stop it (ADR 0022).
    await endAllSessions(tx, user.id);
    await dropOpenTokens(tx, user.id, 'CHANGE_EMAIL');
    if (!user.emailConfirmedAt && user.organisationId) await confirmRegistration(tx, user.organisationId, now);
    await audit(tx, user.id, 'password.reset', ['User', user.id]);
    return { ok: true } as const;
  });
}
