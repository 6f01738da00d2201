import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import type { SessionUser } from '@/lib/accounts/service';
import { authenticate, MAILS_PER_ADDRESS_PER_HOUR } from '@/lib/accounts/service';
import { verifyPassword } from '@/lib/accounts/passwords';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { ADDRESS_ATTEMPTS } from '@/lib/accounts/throttle';
import { changeEmailSchema, changePasswordSchema } from '@/lib/accounts/schema';
import { changePassword, checkEmailChange, confirmEmailChange, pendingEmailChange, requestEmailChange } from '@/lib/accounts/own-account';
import { postalAddressSchema } from '@/lib/partners/schema';
import { updatePostalAddress } from '@/lib/partners/service';
import { partnerHome } from '@/lib/partners/queries';
import { resetDb } from '../support/db';
import { makePartner, type TestPartner } from '../support/offers';
import { mailsTo, tokenFromHtml } from '../support/service-helpers';

// Issue 17, the direct part: a partner user changes the organisation's postal address (beheerder
// only), their own password and their e-mail address (only after the link to the new address is pressed).

const PASSWORD = 'fiets naar de markt in juni'; // the password of validRegistrationForm
const NEW_PASSWORD = 'een nieuwe zin voor het portaal';
const HOME = '192.0.2.10';
const HOUR = 60 * 60 * 1000;
const CHANGE_PATH = '/e-mailadres-bevestigen';
const t = nl.ownData;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

const org = (id: string) => prisma.organisation.findUniqueOrThrow({ where: { id } });
const user = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });
const auditOf = (action: string) => prisma.auditEntry.findMany({ where: { action } });
const withSubject = async (to: string, subject: string) => (await mailsTo(to)).filter((m) => m.subject === subject);
/** Everything these services could write. */
const snapshot = async () => ({
  orgs: await prisma.organisation.findMany({ orderBy: { id: 'asc' } }),
  users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
  tokens: await prisma.emailToken.count(),
  sessions: await prisma.session.count(),
  outbox: await prisma.outboxMessage.count(),
  audit: await prisma.auditEntry.count(),
});

/** The form as the browser sends it, parsed by the form's schema. */
const postalForm = (fields: Record<string, string>) => postalAddressSchema.parse(fields);
const passwordForm = (fields: Record<string, string>) =>
  changePasswordSchema().parse({ currentPassword: PASSWORD, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD, ...fields });

/** A colleague of the partner's organisation with the role medewerker, and the actor it logs in as. */
async function medewerkerOf(partner: TestPartner): Promise<SessionUser> {
  await prisma.user.update({ where: { id: partner.userId }, data: { orgRole: 'MEMBER' } });
  return { ...partner.actor, orgRole: 'MEMBER' };
}

describe('the postal address (beheerder only)', () => {
  const postbus = {
    differentPostalAddress: 'on',
    postalStreet: 'Postbus',
    postalHouseNumber: '100',
    postalAddition: '',
    postalPostcode: '3300aa',
    postalCity: 'Dordrecht',
  };

  test('the beheerder sets another address, then back to the visiting address; each time a new version and an audit entry', async () => {
    const partner = await makePartner();
    const { version } = await org(partner.organisationId);

    expect(await updatePostalAddress(partner.actor, postalForm({ ...postbus, version: String(version) }))).toEqual({ ok: true });
    expect(await org(partner.organisationId)).toMatchObject({
      postalStreet: 'Postbus',
      postalHouseNumber: '100',
      postalPostcode: '3300 AA',
      postalCity: 'Dordrecht',
      version: version + 1,
    });

    // "Same as the visiting address": the postal columns empty again, as a registration without one.
    const same = postalForm({ ...postbus, differentPostalAddress: '', version: String(version + 1) });
    expect(await updatePostalAddress(partner.actor, same)).toEqual({ ok: true });
    expect(await org(partner.organisationId)).toMatchObject({
      postalStreet: null,
      postalHouseNumber: null,
      postalAddition: null,
      postalPostcode: null,
      postalCity: null,
      version: version + 2,
    });
    const entries = await auditOf('organisation.postal-address-updated');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: partner.userId, entityType: 'Organisation', entityId: partner.organisationId });
    expect(entries.map((e) => (e.data as { postalStreet: string | null }).postalStreet).sort()).toEqual(['Postbus', null].sort());

    const home = await partnerHome(partner.organisationId, partner.userId);
    expect(home?.organisation.rows).toContainEqual({
      label: nl.registration.fields.postalAddress,
      value: t.postal.sameAsVisit,
      note: undefined,
    });
  });

  test('a medewerker is refused, and nothing is written', async () => {
    const partner = await makePartner();
    const member = await medewerkerOf(partner);
    const before = await snapshot();
    const { version } = await org(partner.organisationId);
    expect(await updatePostalAddress(member, postalForm({ ...postbus, version: String(version) }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await snapshot()).toEqual(before);
  });

  test('a form older than the organisation is refused as stale, and nothing is written', async () => {
    const partner = await makePartner();
    const { version } = await org(partner.organisationId);
    await prisma.organisation.update({ where: { id: partner.organisationId }, data: { version: { increment: 1 } } });
    const before = await snapshot();
    expect(await updatePostalAddress(partner.actor, postalForm({ ...postbus, version: String(version) }))).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await snapshot()).toEqual(before);
  });

  test("the registration's rules: every missing part of a different address is named; unticked, the fields do not count", () => {
    const empty = postalAddressSchema.safeParse({ differentPostalAddress: 'on', postalHouseNumber: '012', version: '1' });
    expect(empty.success).toBe(false);
    const v = nl.validation;
    expect(empty.error?.flatten().fieldErrors).toEqual({
      postalStreet: [v.postalStreet],
      postalHouseNumber: [v.houseNumber],
      postalPostcode: [v.postcode],
      postalCity: [v.city],
    });
    expect(postalAddressSchema.parse({ postalStreet: '', postalPostcode: 'onzin', version: '3' })).toMatchObject({
      differentPostalAddress: false,
      postalPostcode: '',
      version: 3,
    });
  });
});

describe('the password (any partner user)', () => {
  test('changes with the current password: other sessions end, this one stays, a notice is mailed, an audit entry', async () => {
    const partner = await makePartner();
    const other = await makePartner();
    const here = await startSession(partner.userId);
    const laptop = await startSession(partner.userId);
    const phone = await startSession(partner.userId);
    const colleague = await startSession(other.userId);

    const result = await changePassword(partner.actor, passwordForm({}), { address: HOME, keepSessionToken: here });
    expect(result).toEqual({ ok: true, endedSessions: 2, emailChangeStopped: false });

    expect(await sessionUser(here)).toEqual(partner.actor);
    expect(await sessionUser(laptop)).toBeNull();
    expect(await sessionUser(phone)).toBeNull();
    expect(await sessionUser(colleague)).not.toBeNull();

    const { passwordHash } = await user(partner.userId);
    expect(await verifyPassword(passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(passwordHash, PASSWORD)).toBe(false);
    expect(await authenticate(partner.email, PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(partner.email, NEW_PASSWORD, HOME)).toMatchObject({ ok: true });

    const [mail, ...more] = await withSubject(partner.email, t.password.mailSubject);
    expect(more).toHaveLength(0);
    expect(mail.text).toContain('Op je andere apparaten ben je uitgelogd');
    expect(mail.html).toContain('http://localhost:3000/wachtwoord-vergeten');
    expect(mail.text).not.toContain(NEW_PASSWORD);
    const [entry] = await auditOf('password.changed');
    expect(entry).toMatchObject({
      actorId: partner.userId,
      entityType: 'User',
      entityId: partner.userId,
      data: { endedSessions: 2, emailChangeStopped: false },
    });
  });

  test('a medewerker changes their own password too', async () => {
    const partner = await makePartner();
    const member = await medewerkerOf(partner);
    const here = await startSession(partner.userId);
    expect(await changePassword(member, passwordForm({}), { address: HOME, keepSessionToken: here })).toEqual({
      ok: true,
      endedSessions: 0,
      emailChangeStopped: false,
    });
    expect(await verifyPassword((await user(partner.userId)).passwordHash, NEW_PASSWORD)).toBe(true);
  });

  test('a wrong current password is an error on that field, and nothing is written', async () => {
    const partner = await makePartner();
    const here = await startSession(partner.userId);
    await startSession(partner.userId);
    const before = await snapshot();
    const result = await changePassword(partner.actor, passwordForm({ currentPassword: 'niet mijn wachtwoord' }), {
      address: HOME,
      keepSessionToken: here,
    });
    expect(result).toEqual({ ok: false, fieldErrors: { currentPassword: [t.password.wrong] } });
    expect(await snapshot()).toEqual(before);
  });

  test('wrong current passwords are throttled as logins are, and count for the login too; another address still gets through', async () => {
    const partner = await makePartner();
    const { username } = await user(partner.userId);
    const options = { address: HOME, keepSessionToken: null };
    for (let i = 0; i < ADDRESS_ATTEMPTS; i++) {
      expect(await changePassword(partner.actor, passwordForm({ currentPassword: `fout ${i}` }), options)).toEqual({
        ok: false,
        fieldErrors: { currentPassword: [t.password.wrong] },
      });
    }
    // Even the right password is not checked now, from this address: here, nor at the login.
    expect(await changePassword(partner.actor, passwordForm({}), options)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: [t.password.throttled(1)] },
    });
    expect(await authenticate(username, PASSWORD, HOME)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await verifyPassword((await user(partner.userId)).passwordHash, PASSWORD)).toBe(true);

    expect(await changePassword(partner.actor, passwordForm({}), { address: '198.51.100.7', keepSessionToken: null })).toMatchObject({
      ok: true,
    });
  });

  test('the rules of a registration: at least 12 characters, typed twice alike, not like the username, not the current one', async () => {
    const parse = (fields: Record<string, string>, account = {}) =>
      changePasswordSchema(account)
        .safeParse({ currentPassword: PASSWORD, passwordRepeat: fields.password, ...fields })
        .error?.flatten().fieldErrors;
    expect(parse({ password: 'te kort' })).toEqual({ password: [nl.validation.password] });
    expect(parse({ password: NEW_PASSWORD, passwordRepeat: 'iets anders' })).toEqual({ passwordRepeat: [nl.validation.passwordRepeat] });
    expect(parse({ password: PASSWORD })).toEqual({ password: [t.password.same] });
    expect(parse({ currentPassword: '', password: NEW_PASSWORD })).toEqual({ currentPassword: [t.password.currentRequired] });
    expect(parse({ password: 'sanne.devries is de beste' }, { username: 'sanne.devries' })).toEqual({
      password: [nl.validation.passwordLikeUsername],
    });

    // Without the account (the server's schema), the service checks it against the account itself.
    const partner = await makePartner();
    const { username } = await user(partner.userId);
    const likeName = `${username} is mijn nieuwe wachtwoord`;
    const form = passwordForm({ password: likeName, passwordRepeat: likeName });
    expect(await changePassword(partner.actor, form, { address: HOME, keepSessionToken: null })).toEqual({
      ok: false,
      fieldErrors: { password: [nl.validation.passwordLikeUsername] },
    });
    expect(await verifyPassword((await user(partner.userId)).passwordHash, PASSWORD)).toBe(true);
  });

  test('a new password stops an e-mail change under way: its link no longer works', async () => {
    const partner = await makePartner();
    const token = await requestedChange(partner, 'nieuw@voorbeeld.nl');
    expect(await changePassword(partner.actor, passwordForm({}), { address: HOME, keepSessionToken: null })).toEqual({
      ok: true,
      endedSessions: 0,
      emailChangeStopped: true,
    });
    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: 'unknown' });
    expect((await user(partner.userId)).email).toBe(partner.email);
  });
});

/** Requests a change to `email` and returns the token from the link mailed there. */
async function requestedChange(partner: TestPartner, email: string, now?: Date): Promise<string> {
  expect(await requestEmailChange(partner.actor, email, now)).toEqual({ ok: true, email });
  const [mail] = (await withSubject(email, t.email.confirmSubject)).slice(-1);
  return tokenFromHtml(mail.html, CHANGE_PATH);
}

describe('the e-mail address (only after the link to the new address is pressed)', () => {
  test('a request changes nothing yet: a link to the new address, a notice to the old one, a hashed token with the address', async () => {
    const partner = await makePartner();
    const now = new Date('2026-12-01T10:00:00Z');
    const token = await requestedChange(partner, 'sanne@nieuw.example', now);

    expect((await user(partner.userId)).email).toBe(partner.email);
    const [notice] = await withSubject(partner.email, t.email.noticeSubject);
    expect(notice.text).toContain('Er is gevraagd je e-mailadres voor het Dordtpas-partnerportaal te wijzigen naar sanne@nieuw.example');
    expect(notice.text).toContain('Was jij dit niet? Wijzig dan je wachtwoord en neem contact op met de redactie');
    const row = await prisma.emailToken.findFirstOrThrow({ where: { purpose: 'CHANGE_EMAIL' } });
    expect(row).toMatchObject({ userId: partner.userId, email: 'sanne@nieuw.example', tokenHash: sha256(token), usedAt: null });
    expect(row.expiresAt).toEqual(new Date(now.getTime() + 48 * HOUR));
    expect(await checkEmailChange(token, now)).toEqual({ ok: true, email: 'sanne@nieuw.example' });
    expect(await pendingEmailChange(partner.userId, now)).toEqual({ email: 'sanne@nieuw.example', expiresAt: row.expiresAt });
    const [entry] = await auditOf('account.email-change-requested');
    expect(entry).toMatchObject({ actorId: partner.userId, data: { from: partner.email, to: 'sanne@nieuw.example' } });
  });

  test('the button behind the link sets the address: the login takes it, the old one no longer; the link works once', async () => {
    const partner = await makePartner();
    const token = await requestedChange(partner, 'sanne@nieuw.example');
    expect(await confirmEmailChange(token)).toEqual({ ok: true, email: 'sanne@nieuw.example' });

    expect((await user(partner.userId)).email).toBe('sanne@nieuw.example');
    expect(await authenticate('sanne@nieuw.example', PASSWORD, HOME)).toMatchObject({ ok: true });
    expect(await authenticate(partner.email, PASSWORD, HOME)).toEqual({ ok: false, reason: 'invalid' });
    expect(await pendingEmailChange(partner.userId)).toBeNull();
    const [entry] = await auditOf('account.email-changed');
    expect(entry).toMatchObject({
      actorId: partner.userId,
      entityId: partner.userId,
      data: { from: partner.email, to: 'sanne@nieuw.example' },
    });

    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: 'used' });
    expect(await checkEmailChange(token)).toEqual({ ok: false, reason: 'used' });
  });

  test('an expired or unknown link is refused and changes nothing', async () => {
    const partner = await makePartner();
    const now = new Date();
    const token = await requestedChange(partner, 'sanne@nieuw.example', now);
    const later = new Date(now.getTime() + 48 * HOUR + 1000);
    expect(await checkEmailChange(token, later)).toEqual({ ok: false, reason: 'expired' });
    expect(await confirmEmailChange(token, later)).toEqual({ ok: false, reason: 'expired' });
    expect(await confirmEmailChange('bestaat-niet')).toEqual({ ok: false, reason: 'unknown' });
    expect((await user(partner.userId)).email).toBe(partner.email);
  });

  test('a newer request replaces the older one: only the newest link works', async () => {
    const partner = await makePartner();
    const first = await requestedChange(partner, 'eerst@nieuw.example');
    const second = await requestedChange(partner, 'daarna@nieuw.example');
    expect(await confirmEmailChange(first)).toEqual({ ok: false, reason: 'unknown' });
    expect(await confirmEmailChange(second)).toEqual({ ok: true, email: 'daarna@nieuw.example' });
    expect(await prisma.emailToken.count({ where: { purpose: 'CHANGE_EMAIL' } })).toBe(1);
  });

  test('the same address, or one that has an account, is refused at the request: no token, no mail', async () => {
    const partner = await makePartner();
    const other = await makePartner();
    const before = await snapshot();
    expect(await requestEmailChange(partner.actor, partner.email)).toEqual({ ok: false, reason: 'same' });
    expect(await requestEmailChange(partner.actor, other.email)).toEqual({ ok: false, reason: 'taken' });
    expect(await snapshot()).toEqual(before);
    // The form's schema normalises as the registration does, so "Same@…" is the same address.
    expect(changeEmailSchema.parse({ email: ` ${partner.email.toUpperCase()} ` }).email).toBe(partner.email);
  });

  test('an address taken between the request and the button: refused with "taken", the link stays unused', async () => {
    const partner = await makePartner();
    const other = await makePartner();
    const token = await requestedChange(partner, 'gewild@nieuw.example');
    await prisma.user.update({ where: { id: other.userId }, data: { email: 'gewild@nieuw.example' } });
    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: 'taken' });
    expect((await user(partner.userId)).email).toBe(partner.email);
    expect(await checkEmailChange(token)).toEqual({ ok: true, email: 'gewild@nieuw.example' });
    expect(await auditOf('account.email-changed')).toHaveLength(0);
  });

  test('two accounts confirm the same new address at once: one gets it, the other hears "taken" (no error)', async () => {
    const a = await makePartner();
    const b = await makePartner();
    const tokenA = await requestedChange(a, 'samen@nieuw.example');
    const tokenB = await requestedChange(b, 'samen@nieuw.example');
    const results = await Promise.all([confirmEmailChange(tokenA), confirmEmailChange(tokenB)]);
    expect(results).toContainEqual({ ok: true, email: 'samen@nieuw.example' });
    expect(results).toContainEqual({ ok: false, reason: 'taken' });
    expect(await prisma.user.count({ where: { email: 'samen@nieuw.example' } })).toBe(1);
  });

  test(`at most ${MAILS_PER_ADDRESS_PER_HOUR} requests an hour per user (the limit on mails anyone can trigger)`, async () => {
    const partner = await makePartner();
    for (let i = 0; i < MAILS_PER_ADDRESS_PER_HOUR; i++) await requestedChange(partner, `poging${i}@nieuw.example`);
    const before = await snapshot();
    expect(await requestEmailChange(partner.actor, 'nog-een@nieuw.example')).toEqual({ ok: false, reason: 'too-many' });
    expect(await snapshot()).toEqual(before);
  });

  test('Home shows the address waiting for its link', async () => {
    const partner = await makePartner();
    await requestedChange(partner, 'sanne@nieuw.example');
    const home = await partnerHome(partner.organisationId, partner.userId);
    expect(home?.me).toMatchObject({ email: partner.email, pendingEmail: { email: 'sanne@nieuw.example', until: expect.any(Date) } });
  });
});

test('the KvK number is shown with the line that it cannot be changed', async () => {
  const partner = await makePartner();
  const home = await partnerHome(partner.organisationId, partner.userId);
  const kvk = home?.organisation.rows.find((r) => r.label === nl.registration.fields.kvkNumber);
  expect(kvk?.note).toBe(t.kvkFixed);
});
