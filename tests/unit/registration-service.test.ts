import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { TERMS_VERSION } from '@/lib/partners/terms';
import { registerPartner, updateOwnContact } from '@/lib/partners/service';
import {
  authenticate,
  checkConfirmationToken,
  checkResetToken,
  MAILS_PER_ADDRESS_PER_HOUR,
  confirmEmail,
  requestPasswordReset,
  resendConfirmation,
  resetPassword,
} from '@/lib/accounts/service';
import { checkToken } from '@/lib/accounts/tokens';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { resetDb } from '../support/db';
import { mailsTo, registrationInput, rowCounts, tokenFromHtml } from '../support/service-helpers';

const CONFIRM_PATH = '/aanmelden/bevestigen';
const RESET_PATH = '/wachtwoord-herstellen';
const PASSWORD = 'fiets naar de markt in juni'; // the password of validRegistrationForm
const HOUR = 60 * 60 * 1000;
/** The client address of every login here; the throttle itself is tested in login-throttle.test.ts. */
const HOME = '192.0.2.10';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

/** Registers a partner and returns the input, the ids and the token from the confirmation mail. */
async function registered(overrides: Record<string, string | undefined> = {}, now?: Date) {
  const input = registrationInput(overrides);
  const result = await registerPartner(input, now);
  if (!result.ok || 'existingAccount' in result) throw new Error(`registration refused: ${JSON.stringify(result)}`);
  const [mail] = await mailsTo(input.email);
  return { input, userId: result.userId, organisationId: result.organisationId, token: tokenFromHtml(mail.html, CONFIRM_PATH) };
}

async function confirmed(overrides: Record<string, string | undefined> = {}) {
  const partner = await registered(overrides);
  expect(await confirmEmail(partner.token)).toEqual({ ok: true });
  return partner;
}

describe('registerPartner', () => {
  test('creates the organisation, the unconfirmed user, a hashed token, an audit entry and one pending mail', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const input = registrationInput({ showDisplayName: 'on', displayName: 'De Wielen', partnerType: 'CREDIT', category: 'cultuur' });
    const result = await registerPartner(input, now);
    expect(result).toEqual({ ok: true, userId: expect.any(String), organisationId: expect.any(String) });
    if (!result.ok || 'existingAccount' in result) return;

    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: result.organisationId } });
    expect(org).toMatchObject({
      legalName: input.legalName,
      displayName: 'De Wielen',
      kvkNumber: input.kvkNumber,
      visitStreet: 'Voorstraat',
      visitHouseNumber: '12',
      visitPostcode: '3311 AB',
      visitCity: 'Dordrecht',
      postalStreet: null,
      postalPostcode: null,
      description: input.description,
      partnerType: 'CREDIT',
      category: 'cultuur',
      status: 'REGISTERED',
      termsVersion: TERMS_VERSION,
      version: 1,
    });
    expect(org.termsAcceptedAt).toEqual(now);

    const user = await prisma.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({
      email: input.email,
      username: input.username,
      role: 'PARTNER',
      name: 'Fatima Bakker',
      gender: 'FEMALE',
      phone: '0781234567',
      organisationId: org.id,
      emailConfirmedAt: null,
    });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);

    const outbox = await prisma.outboxMessage.findMany();
    expect(outbox).toHaveLength(1);
    const [mail] = outbox;
    expect(mail).toMatchObject({ to: input.email, subject: nl.mail.confirmSubject, status: 'PENDING', attempts: 0, sentAt: null });
    expect(mail.html).toContain('http://localhost:3000/aanmelden/bevestigen?token=');
    expect(mail.html).toContain('De Wielen');
    const token = tokenFromHtml(mail.html, CONFIRM_PATH);
    expect(mail.text).toContain(token);

    const tokens = await prisma.emailToken.findMany();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ userId: user.id, purpose: 'CONFIRM_EMAIL', tokenHash: sha256(token), usedAt: null });
    expect(tokens[0].tokenHash).not.toContain(token);
    expect(tokens[0].expiresAt).toEqual(new Date(now.getTime() + 48 * HOUR));

    const audit = await prisma.auditEntry.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: user.id,
      action: 'partner.registered',
      entityType: 'Organisation',
      entityId: org.id,
      data: { termsVersion: TERMS_VERSION, partnerType: 'CREDIT' },
    });
  });

  test('stores a different postal address only when it was checked', async () => {
    const withPostal = await registered({
      differentPostalAddress: 'on',
      postalStreet: 'Postbus',
      postalHouseNumber: '100',
      postalPostcode: '3300aa',
      postalCity: 'Dordrecht',
    });
    const without = await registered({
      postalStreet: 'Postbus',
      postalHouseNumber: '100',
      postalPostcode: '3300 AA',
      postalCity: 'Dordrecht',
    });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: withPostal.organisationId } })).toMatchObject({
      postalStreet: 'Postbus',
      postalHouseNumber: '100',
      postalPostcode: '3300 AA',
      postalCity: 'Dordrecht',
    });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: without.organisationId } })).toMatchObject({
      postalStreet: null,
      postalHouseNumber: null,
      postalPostcode: null,
      postalCity: null,
      displayName: null,
    });
  });

  test.each([
    ['username', { username: 'Dubbel' }, { username: 'dubbel' }, nl.validation.usernameTaken],
    ['kvkNumber', { kvkNumber: '55556666' }, { kvkNumber: '5555 6666' }, nl.validation.kvkTaken],
  ])('a duplicate %s is refused with its message and nothing is written', async (field, first, second, message) => {
    await registered(first);
    const before = await rowCounts();
    const result = await registerPartner(registrationInput(second));
    expect(result).toEqual({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await rowCounts()).toEqual(before);
  });

  test('all duplicates are reported at once, but never the e-mail address', async () => {
    const first = await registered();
    const before = await rowCounts();
    const result = await registerPartner(
      registrationInput({ email: first.input.email, username: first.input.username, kvkNumber: first.input.kvkNumber }),
    );
    expect(result).toEqual({ ok: false, fieldErrors: { username: [nl.validation.usernameTaken], kvkNumber: [nl.validation.kvkTaken] } });
    expect(await rowCounts()).toEqual(before);
  });

  test('two simultaneous registrations with the same data: one account, the other answered as if new', async () => {
    const input = registrationInput();
    const results = await Promise.all([registerPartner(input), registerPartner(input)]);
    expect(results.filter((r) => r.ok && 'userId' in r)).toHaveLength(1);
    // The loser's username and KvK number are taken now, and that may be said; the address is not.
    const other = results.find((r) => !r.ok || 'existingAccount' in r);
    expect(other).toMatchObject({
      ok: false,
      fieldErrors: { username: [nl.validation.usernameTaken], kvkNumber: [nl.validation.kvkTaken] },
    });
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.organisation.count()).toBe(1);
  });
});

describe('registering with an e-mail address that already has an account (the form must not tell)', () => {
  test('a confirmed account: the answer is that of a new registration, nothing is created, the address gets "je hebt al een account"', async () => {
    const partner = await confirmed();
    const before = await rowCounts();
    const result = await registerPartner(registrationInput({ email: partner.input.email.toUpperCase() }));
    expect(result).toEqual({ ok: true, existingAccount: true });
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.organisation.count()).toBe(1);
    const mails = await mailsTo(partner.input.email);
    const last = mails.at(-1)!;
    expect(mails).toHaveLength(3); // confirm, confirmed, already-an-account
    expect(last.subject).toBe(nl.mail.accountExistsSubject);
    expect(last.text).toContain(partner.input.username);
    expect(last.html).toContain('/inloggen');
    expect(last.html).toContain('/wachtwoord-vergeten');
    expect((await rowCounts()).outbox).toBe(before.outbox + 1);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.registration-existing-email' } })).toBe(1);
  });

  test('an account that is not confirmed yet gets a new confirmation link instead', async () => {
    const partner = await registered();
    const result = await registerPartner(registrationInput({ email: partner.input.email }));
    expect(result).toEqual({ ok: true, existingAccount: true });
    const mails = await mailsTo(partner.input.email);
    expect(mails.map((m) => m.subject)).toEqual([nl.mail.confirmSubject, nl.mail.confirmSubject]);
    expect(tokenFromHtml(mails[1].html, CONFIRM_PATH)).not.toBe(partner.token);
  });

  test('the form cannot be used to flood a mailbox: at most MAILS_PER_ADDRESS_PER_HOUR such mails an hour', async () => {
    const partner = await confirmed();
    for (let i = 0; i < MAILS_PER_ADDRESS_PER_HOUR + 3; i++) {
      expect(await registerPartner(registrationInput({ email: partner.input.email }))).toEqual({ ok: true, existingAccount: true });
    }
    const exists = (await mailsTo(partner.input.email)).filter((m) => m.subject === nl.mail.accountExistsSubject);
    expect(exists).toHaveLength(MAILS_PER_ADDRESS_PER_HOUR);
    // The same budget covers reset links to that address.
    await requestPasswordReset(partner.input.email);
    expect((await mailsTo(partner.input.email)).filter((m) => m.subject === nl.mail.resetSubject)).toHaveLength(0);
  });
});

describe('an unconfirmed registration whose link expired', () => {
  test('no longer blocks its KvK number, e-mail address or username', async () => {
    const then = new Date(Date.now() - 49 * HOUR);
    const stale = await registered({}, then);
    const again = registrationInput({ kvkNumber: stale.input.kvkNumber, email: stale.input.email, username: stale.input.username });
    const result = await registerPartner(again);
    expect(result.ok).toBe(true);
    // The stale registration is gone, with its organisation and token; the removal is audited.
    expect(await prisma.user.findUnique({ where: { id: stale.userId } })).toBeNull();
    expect(await prisma.organisation.findUnique({ where: { id: stale.organisationId } })).toBeNull();
    expect(await checkConfirmationToken(stale.token)).toEqual({ ok: false, reason: 'unknown' });
    expect(await prisma.auditEntry.count({ where: { action: 'partner.registration-expired', entityId: stale.userId } })).toBe(1);
  });

  test('while its link still works, it keeps them', async () => {
    const recent = await registered({}, new Date(Date.now() - 47 * HOUR));
    const result = await registerPartner(registrationInput({ kvkNumber: recent.input.kvkNumber }));
    expect(result).toEqual({ ok: false, fieldErrors: { kvkNumber: [nl.validation.kvkTaken] } });
    expect(await prisma.user.findUnique({ where: { id: recent.userId } })).not.toBeNull();
  });

  test('a confirmed account is never released, however old', async () => {
    const partner = await confirmed();
    await prisma.user.update({ where: { id: partner.userId }, data: { createdAt: new Date(Date.now() - 400 * 24 * HOUR) } });
    const result = await registerPartner(registrationInput({ email: partner.input.email }));
    expect(result).toEqual({ ok: true, existingAccount: true });
    expect(await prisma.user.findUnique({ where: { id: partner.userId } })).not.toBeNull();
  });
});

describe('confirmation and login', () => {
  test('register → unconfirmed login refused → confirm → confirmed mail → login allowed', async () => {
    const { input, userId, organisationId, token } = await registered();

    expect(await authenticate(input.username, PASSWORD, HOME)).toEqual({ ok: false, reason: 'unconfirmed' });
    expect(await checkConfirmationToken(token)).toEqual({ ok: true, userId, tokenId: expect.any(String) });

    expect(await confirmEmail(token)).toEqual({ ok: true });

    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailConfirmedAt).toBeInstanceOf(Date);
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(org.status).toBe('CONFIRMED');
    expect((await prisma.emailToken.findFirstOrThrow()).usedAt).toBeInstanceOf(Date);

    const mails = await mailsTo(input.email);
    expect(mails.map((m) => m.subject)).toEqual([nl.mail.confirmSubject, nl.mail.confirmedSubject]);
    expect(mails[1].status).toBe('PENDING');
    expect(mails[1].html).toContain(input.username);
    expect(mails[1].html).toContain('http://localhost:3000/inloggen');

    expect(await prisma.auditEntry.count({ where: { action: 'account.confirmed', entityId: userId } })).toBe(1);

    const expected = { ok: true, user: { id: userId, role: 'PARTNER', name: input.name, organisationId, orgRole: 'ADMIN' } };
    expect(await authenticate(input.username, PASSWORD, HOME)).toMatchObject(expected);
    expect(await authenticate(input.username.toUpperCase(), PASSWORD, HOME)).toMatchObject(expected);
    expect(await authenticate(input.email, PASSWORD, HOME)).toMatchObject(expected);
    expect(await authenticate(` ${input.email.toUpperCase()} `, PASSWORD, HOME)).toMatchObject(expected);
  });

  test('wrong password, unknown user and empty or oversized input are refused as invalid', async () => {
    const { input } = await confirmed();
    expect(await authenticate(input.username, 'fiets naar de markt in juli', HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(input.username, PASSWORD.toUpperCase(), HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate('niemand', PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate('niemand@voorbeeld.nl', PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate('', PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(input.username, '', HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(input.username, 'x'.repeat(201), HOME)).toEqual({ ok: false, reason: 'invalid' });
  });

  test('an unconfirmed account with a wrong password is "invalid", not "unconfirmed"', async () => {
    const { input } = await registered();
    expect(await authenticate(input.username, 'een ander wachtwoord', HOME)).toEqual({ ok: false, reason: 'invalid' });
  });

  test('a used token is refused and changes nothing', async () => {
    const { token } = await confirmed();
    const before = await rowCounts();
    expect(await confirmEmail(token)).toEqual({ ok: false, reason: 'used' });
    expect(await checkConfirmationToken(token)).toEqual({ ok: false, reason: 'used' });
    expect(await rowCounts()).toEqual(before);
  });

  test('a token older than 48 hours is expired; just before that it still works', async () => {
    const now = new Date();
    const { userId, token } = await registered({}, now);
    const before = await rowCounts();

    expect(await confirmEmail(token, new Date(now.getTime() + 49 * HOUR))).toEqual({ ok: false, reason: 'expired' });
    expect(await checkToken(prisma, token, 'CONFIRM_EMAIL', new Date(now.getTime() + 48 * HOUR))).toEqual({ ok: false, reason: 'expired' });
    expect(await rowCounts()).toEqual(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).emailConfirmedAt).toBeNull();

    expect(await confirmEmail(token, new Date(now.getTime() + 47 * HOUR))).toEqual({ ok: true });
  });

  test('unknown, empty and oversized tokens are unknown', async () => {
    await registered();
    expect(await confirmEmail('dit-is-geen-token')).toEqual({ ok: false, reason: 'unknown' });
    expect(await confirmEmail('')).toEqual({ ok: false, reason: 'unknown' });
    expect(await confirmEmail('a'.repeat(201))).toEqual({ ok: false, reason: 'unknown' });
    expect(await checkConfirmationToken('dit-is-geen-token')).toEqual({ ok: false, reason: 'unknown' });
  });

  test('the hash stored in the database is not a working token', async () => {
    await registered();
    const { tokenHash } = await prisma.emailToken.findFirstOrThrow();
    expect(await confirmEmail(tokenHash)).toEqual({ ok: false, reason: 'unknown' });
  });

  test('two simultaneous confirmations with the same token: exactly one succeeds', async () => {
    const { input, userId, token } = await registered();
    const results = await Promise.all([confirmEmail(token), confirmEmail(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'used' });
    expect((await mailsTo(input.email)).filter((m) => m.subject === nl.mail.confirmedSubject)).toHaveLength(1);
    expect(await prisma.auditEntry.count({ where: { action: 'account.confirmed', entityId: userId } })).toBe(1);
    expect((await prisma.organisation.findFirstOrThrow()).version).toBe(2);
  });
});

describe('resendConfirmation', () => {
  test('a new link replaces the old one', async () => {
    const { input, userId, token: oldToken } = await registered();
    await resendConfirmation(` ${input.email.toUpperCase()} `);

    const mails = await mailsTo(input.email);
    expect(mails.map((m) => m.subject)).toEqual([nl.mail.confirmSubject, nl.mail.confirmSubject]);
    const newToken = tokenFromHtml(mails[1].html, CONFIRM_PATH);
    expect(newToken).not.toBe(oldToken);
    expect(await prisma.emailToken.count({ where: { userId, purpose: 'CONFIRM_EMAIL' } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: 'account.confirmation-resent', entityId: userId } })).toBe(1);

    expect(await confirmEmail(oldToken)).toEqual({ ok: false, reason: 'unknown' });
    expect(await confirmEmail(newToken)).toEqual({ ok: true });
    expect((await authenticate(input.username, PASSWORD, HOME)).ok).toBe(true);
  });

  test('an unknown address writes nothing', async () => {
    await registered();
    const before = await rowCounts();
    await resendConfirmation('onbekend@voorbeeld.nl');
    expect(await rowCounts()).toEqual(before);
  });

  test('an already confirmed address writes nothing', async () => {
    const { input } = await confirmed();
    const before = await rowCounts();
    await resendConfirmation(input.email);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('password reset', () => {
  const NEW_PASSWORD = 'een heel nieuw wachtwoord';

  async function resetToken(email: string, typedAs = email) {
    await requestPasswordReset(typedAs);
    const mail = (await mailsTo(email)).find((m) => m.subject === nl.mail.resetSubject);
    expect(mail, 'a reset mail in the outbox').toBeDefined();
    expect(mail!.html).toContain('http://localhost:3000/wachtwoord-herstellen?token=');
    expect(mail!.status).toBe('PENDING');
    return tokenFromHtml(mail!.html, RESET_PATH);
  }

  test('request → mail → new password works, old one no longer', async () => {
    const { input, userId } = await confirmed();
    const before = await startSession(userId);
    const token = await resetToken(input.email, ` ${input.email.toUpperCase()} `);

    const row = await prisma.emailToken.findFirstOrThrow({ where: { purpose: 'RESET_PASSWORD' } });
    expect(row).toMatchObject({ userId, tokenHash: sha256(token), usedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(HOUR - 5_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(HOUR + 5_000);
    expect(await checkResetToken(token)).toMatchObject({ ok: true, userId });

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await authenticate(input.username, NEW_PASSWORD, HOME)).toMatchObject({ ok: true, user: { id: userId, role: 'PARTNER' } });
    expect(await authenticate(input.username, PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    // Sessions made with the old password stop working.
    expect(await sessionUser(before)).toBeNull();
    expect(await prisma.session.count({ where: { userId } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'password.reset', entityId: userId } })).toBe(1);
  });

  test('a reset token works once', async () => {
    const { input } = await confirmed();
    const token = await resetToken(input.email);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await resetPassword(token, 'nog weer een ander wachtwoord')).toEqual({ ok: false, reason: 'used' });
    expect((await authenticate(input.username, NEW_PASSWORD, HOME)).ok).toBe(true);
    expect((await authenticate(input.username, 'nog weer een ander wachtwoord', HOME)).ok).toBe(false);
  });

  test('a reset token expires after 1 hour', async () => {
    const { input } = await confirmed();
    const token = await resetToken(input.email);
    const later = new Date(Date.now() + HOUR + 60_000);
    expect(await resetPassword(token, NEW_PASSWORD, later)).toEqual({ ok: false, reason: 'expired' });
    expect((await authenticate(input.username, PASSWORD, HOME)).ok).toBe(true);
    expect((await authenticate(input.username, NEW_PASSWORD, HOME)).ok).toBe(false);
  });

  test('a new request makes the previous reset link stop working', async () => {
    const { input } = await confirmed();
    const first = await resetToken(input.email);
    await requestPasswordReset(input.email);
    const mails = (await mailsTo(input.email)).filter((m) => m.subject === nl.mail.resetSubject);
    expect(mails).toHaveLength(2);
    const second = tokenFromHtml(mails[1].html, RESET_PATH);
    expect(await resetPassword(first, NEW_PASSWORD)).toEqual({ ok: false, reason: 'unknown' });
    expect(await resetPassword(second, NEW_PASSWORD)).toEqual({ ok: true });
  });

  test('confirmation and reset tokens are not interchangeable', async () => {
    const { input, token: confirmToken } = await registered();
    const reset = await resetToken(input.email);
    expect(await resetPassword(confirmToken, NEW_PASSWORD)).toEqual({ ok: false, reason: 'unknown' });
    expect(await confirmEmail(reset)).toEqual({ ok: false, reason: 'unknown' });
  });

  test('an unknown address writes nothing', async () => {
    await confirmed();
    const before = await rowCounts();
    await requestPasswordReset('onbekend@voorbeeld.nl');
    expect(await rowCounts()).toEqual(before);
  });

  // resetPassword() treats following the mailed link as proof of the address and sets emailConfirmedAt, so the
  // partner can log in. The organisation must then be CONFIRMED too, as confirmEmail() does.
  // BUG (lib/accounts/service.ts resetPassword): the organisation stays REGISTERED ("E-mail nog niet bevestigd").
  test('a reset by an unconfirmed partner confirms the account and the organisation', async () => {
    const { input, userId, organisationId } = await registered();
    const token = await resetToken(input.email);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await authenticate(input.username, NEW_PASSWORD, HOME)).toMatchObject({ ok: true, user: { id: userId } });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).status).toBe('CONFIRMED');
  });
});

describe('updateOwnContact', () => {
  test('with the current version: saved, version + 1, audited', async () => {
    const { userId, organisationId } = await confirmed();
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(await updateOwnContact(userId, organisationId, { name: 'Sanne de Vries', phone: '0612345678', version })).toEqual({ ok: true });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).version).toBe(version + 1);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ name: 'Sanne de Vries', phone: '0612345678' });
    expect(await prisma.auditEntry.count({ where: { action: 'partner.contact-updated', entityId: userId } })).toBe(1);
  });

  test('with a stale version: refused and nothing changed', async () => {
    const { userId, organisationId } = await confirmed();
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(await updateOwnContact(userId, organisationId, { name: 'Eerste', phone: '0612345678', version })).toEqual({ ok: true });
    const before = await rowCounts();
    expect(await updateOwnContact(userId, organisationId, { name: 'Tweede', phone: '0687654321', version })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).version).toBe(version + 1);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ name: 'Eerste', phone: '0612345678' });
    expect(await rowCounts()).toEqual(before);
  });

  test("a partner cannot change another organisation's data", async () => {
    const a = await confirmed();
    const b = await confirmed();
    const orgB = await prisma.organisation.findUniqueOrThrow({ where: { id: b.organisationId } });
    const userB = await prisma.user.findUniqueOrThrow({ where: { id: b.userId } });
    await expect(
      updateOwnContact(a.userId, b.organisationId, { name: 'Indringer', phone: '0612345678', version: orgB.version }),
    ).rejects.toThrow();
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: b.organisationId } })).version).toBe(orgB.version);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: b.userId } })).toMatchObject({ name: userB.name, phone: userB.phone });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: a.userId } })).name).toBe(a.input.name);
  });
});
