import { createElement } from 'react';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import type { PortalLocale } from '@/lib/i18n/locales';
import { audit } from '@/lib/audit';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import type { FieldErrors } from '@/lib/forms';
import { Prisma } from '@/lib/generated/prisma/client';
import { looksPersonal } from '@/lib/partners/schema';
import ConfirmEmailChange from '@/emails/ConfirmEmailChange';
import EmailChangeRequested from '@/emails/EmailChangeRequested';
import PasswordChanged from '@/emails/PasswordChanged';
import { hashPassword, verifyPassword } from './passwords';
import { mayMail, type SessionUser } from './service';
import { endOtherSessions } from './sessions';
import { loginFailed, loginGate, loginSucceeded } from './throttle';
import { checkToken, consumeToken, dropOpenTokens, newToken, storeToken } from './tokens';
import type { ChangePasswordInput } from './schema';

// The logged-in user's own account (issue 17, ADR 0022): a new password, and another e-mail address
// — which changes only when its owner presses the button behind the link mailed to it (ADR 0003),
// while the current address is told of the request.

const t = nl.ownData;

export type PasswordChangeResult =
  { ok: true; endedSessions: number; emailChangeStopped: boolean } | { ok: false; fieldErrors: FieldErrors };

const refuse = (field: string, message: string): PasswordChangeResult => ({ ok: false, fieldErrors: { [field]: [message] } });

/**
 * "Wachtwoord wijzigen": with the current password, throttled as a login is (a stolen session must
 * not try passwords unslowed; failures here count for the login too). Every other session of the
 * user ends; `keepSessionToken`'s (this browser's) goes on. The user gets a notice by mail.
 */
export async function changePassword(
  actor: SessionUser,
  input: ChangePasswordInput,
  { address, keepSessionToken, now = new Date() }: { address: string; keepSessionToken: string | null; now?: Date },
): Promise<PasswordChangeResult> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, username: true, passwordHash: true },
  });
  // The login's throttle, keyed as a login with the username is.
  const gate = await loginGate(user.username, address);
  if (!gate.ok) return refuse('currentPassword', t.password.throttled(Math.max(1, Math.ceil(gate.retryAfterMs / 60_000))));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await loginFailed(user.username, address);
    return refuse('currentPassword', t.password.wrong);
  }
  await loginSucceeded(user.username, address);
  // The browser checked this against what the page showed; here against the account itself.
  if (looksPersonal(input.password, user)) return refuse('password', nl.validation.passwordLikeUsername);
  const passwordHash = await hashPassword(input.password);
  const mail = await prepareMail(
    user.email,
    (s) => s.passwordChanged,
    createElement(PasswordChanged, { name: user.name, when: now, forgotUrl: appUrl('/wachtwoord-vergeten') }),
    { organisationId: actor.organisationId },
  );
  return prisma.$transaction(async (tx) => {
    // On the hash that was checked: of two changes at the same moment, the second finds another one.
    const changed = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (changed.count !== 1) return refuse('currentPassword', t.password.wrong);
    const endedSessions = await endOtherSessions(tx, user.id, keepSessionToken);
    // The notice of an e-mail change says "change your password": that must stop the change.
    const emailChangeStopped = (await dropOpenTokens(tx, user.id, 'CHANGE_EMAIL')) > 0;
    await audit(tx, user.id, 'password.changed', ['User', user.id], { endedSessions, emailChangeStopped });
    await enqueueMail(tx, mail);
    return { ok: true, endedSessions, emailChangeStopped } as const;
  });
}

export type EmailChangeRefusal = 'same' | 'taken' | 'too-many';
export type EmailChangeRequest = { ok: true; email: string } | { ok: false; reason: EmailChangeRefusal };

/** Whether another account than `userId`'s has this address. */
async function takenByOther(email: string, userId: string): Promise<boolean> {
  const owner = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  return owner !== null && owner.id !== userId;
}

export function emailChangeUrl(token: string) {
  return appUrl(`/e-mailadres-bevestigen?token=${encodeURIComponent(token)}`);
}

/**
 * "E-mailadres wijzigen": nothing changes yet. A link goes to the new address and a notice to the
 * current one; a newer request replaces the open one (its link stops working). An address that has
 * an account is refused: the user must hear why no mail comes.
 */
export async function requestEmailChange(actor: SessionUser, email: string, now = new Date()): Promise<EmailChangeRequest> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (email === user.email) return { ok: false, reason: 'same' };
  // Each request mails the current address, so its counter (the mails anyone can trigger, 5 an
  // hour) limits one user's requests — and how often they can ask whether an address has an
  // account. The new address's counter keeps that mailbox from being flooded from several accounts.
  if (!(await mayMail(user.email))) return { ok: false, reason: 'too-many' };
  if (await takenByOther(email, user.id)) return { ok: false, reason: 'taken' };
  if (!(await mayMail(email))) return { ok: false, reason: 'too-many' };
  const token = newToken();
  // Both in the user's language: no user has the new address yet, so it would not be found by it.
  const about = { organisationId: actor.organisationId, locale: user.locale };
  const [confirm, notice] = await Promise.all([
    prepareMail(
      email,
      (s) => s.emailChangeConfirm,
      createElement(ConfirmEmailChange, { name: user.name, confirmUrl: emailChangeUrl(token) }),
      about,
    ),
    prepareMail(
      user.email,
      (s) => s.emailChangeNotice,
      createElement(EmailChangeRequested, { name: user.name, newEmail: email, forgotUrl: appUrl('/wachtwoord-vergeten') }),
      about,
    ),
  ]);
  await prisma.$transaction(async (tx) => {
    await storeToken(tx, user.id, 'CHANGE_EMAIL', token, now, email);
    await audit(tx, user.id, 'account.email-change-requested', ['User', user.id], { from: user.email, to: email });
    await enqueueMail(tx, confirm);
    await enqueueMail(tx, notice);
  });
  return { ok: true, email };
}

/** The open request, for Home: the address waiting for its link to be pressed, and until when. */
export function pendingEmailChange(userId: string, now = new Date()) {
  return prisma.emailToken.findFirst({
    where: { userId, purpose: 'CHANGE_EMAIL', usedAt: null, expiresAt: { gt: now }, email: { not: null } },
    select: { email: true, expiresAt: true },
  });
}

type TokenRefusal = 'unknown' | 'used' | 'expired';
export type EmailChangeCheck = { ok: true; email: string } | { ok: false; reason: TokenRefusal };

/** The open link's user and the address it was mailed to. */
async function openChange(
  token: string,
  now: Date,
): Promise<{ ok: true; userId: string; email: string } | { ok: false; reason: TokenRefusal }> {
  const check = await checkToken(prisma, token, 'CHANGE_EMAIL', now);
  if (!check.ok) return check;
  const row = await prisma.emailToken.findUnique({ where: { id: check.tokenId }, select: { email: true } });
  return row?.email ? { ok: true, userId: check.userId, email: row.email } : { ok: false, reason: 'unknown' };
}

/** What the link's page shows before the button is pressed: the address it confirms. */
export async function checkEmailChange(token: string, now = new Date()): Promise<EmailChangeCheck> {
  const open = await openChange(token, now);
  return open.ok ? { ok: true, email: open.email } : open;
}

export type EmailChangeResult = { ok: true; email: string } | { ok: false; reason: TokenRefusal | 'taken' };

/**
 * The button behind the link: the account's address becomes the one the link was mailed to. Used
 * once; refused when another account took the address in the meantime — also when it does so at
 * this very moment (the unique index decides, and the link stays as it was).
 */
export async function confirmEmailChange(token: string, now = new Date()): Promise<EmailChangeResult> {
  const open = await openChange(token, now);
  if (!open.ok) return open;
  const { email } = open;
  if (await takenByOther(email, open.userId)) return { ok: false, reason: 'taken' };
  try {
    return await prisma.$transaction(async (tx) => {
      const used = await consumeToken(tx, token, 'CHANGE_EMAIL', now);
      if (!used.ok) return used;
      const before = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true } });
      await tx.user.update({ where: { id: used.userId }, data: { email } });
      await audit(tx, used.userId, 'account.email-changed', ['User', used.userId], { from: before.email, to: email });
      return { ok: true, email } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, reason: 'taken' };
    throw error;
  }
}

/** The user's language for the mails (and the portal, once translated): from the next mail on. Recorded in the log. */
export async function changeLocale(actor: SessionUser, locale: PortalLocale): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await audit(tx, actor.id, 'account.locale-changed', ['User', actor.id], { from: before.locale, to: locale });
  });
}
