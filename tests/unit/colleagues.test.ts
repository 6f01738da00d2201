import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import type { SessionUser } from '@/lib/accounts/service';
import { authenticate } from '@/lib/accounts/service';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import {
  INVITATION_TTL_MS,
  MAX_OPEN_INVITATIONS,
  acceptInvitation,
  checkInvitation,
  colleaguesOf,
  inviteColleague,
  removeColleague,
  revokeInvitation,
  setColleagueRole,
} from '@/lib/partners/colleagues';
import { acceptInvitationSchema, inviteSchema } from '@/lib/partners/schema';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { requestDiscounts } from '@/lib/partners/service';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner, type TestPartner } from '../support/offers';
import { mailsTo, rowCounts, tokenFromHtml } from '../support/service-helpers';

// Issue 17, "Collega's": a beheerder invites colleagues (single-use, expiring link; the colleague
// chooses username and password), hands on the beheerder role and removes colleagues (their sessions
// end at once); the last beheerder stays; a medewerker proposes and approves but manages nothing.

setUpPhotoTests();

const invite = (actor: SessionUser, email: string, orgRole: 'ADMIN' | 'MEMBER' = 'MEMBER', now?: Date) =>
  inviteColleague(actor, inviteSchema.parse({ name: 'Joost Jansen', email, orgRole }), now);

const PASSWORD = 'een lang wachtwoord voor mijn collega';
const accept = (token: string, username = 'joost', now?: Date) =>
  acceptInvitation(
    acceptInvitationSchema.parse({ token, name: 'Joost Jansen', username, password: PASSWORD, passwordRepeat: PASSWORD }),
    now,
  );

/** The token in the invitation mail to this address. */
async function invitationToken(email: string): Promise<string> {
  const mail = (await mailsTo(email)).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  return tokenFromHtml(mail.html, '/uitnodiging');
}

/** A colleague who accepted an invitation, with the actor its session would give. */
async function colleague(admin: TestPartner, email: string, orgRole: 'ADMIN' | 'MEMBER' = 'MEMBER', username = email.split('@')[0]) {
  const invited = await invite(admin.actor, email, orgRole);
  if (!invited.ok) throw new Error(invited.reason);
  const joined = await accept(await invitationToken(email), username);
  if (!joined.ok) throw new Error(joined.reason);
  const actor: SessionUser = {
    id: joined.userId,
    role: 'PARTNER',
    name: 'Joost Jansen',
    organisationId: admin.organisationId,
    orgRole,
    locale: 'nl',
  };
  return { userId: joined.userId, actor };
}

describe('inviting a colleague', () => {
  test('the invited address gets a single-use link; the colleague chooses username and password and can log in', async () => {
    const admin = await makePartner();
    expect(await invite(admin.actor, 'joost@zwembad.nl')).toEqual({ ok: true, email: 'joost@zwembad.nl' });
    const [mail] = await mailsTo('joost@zwembad.nl');
    expect(mail.text).toContain('als medewerker');
    const token = await invitationToken('joost@zwembad.nl');
    const check = await checkInvitation(token);
    expect(check).toMatchObject({ ok: true, invitation: { email: 'joost@zwembad.nl', orgRole: 'MEMBER', name: 'Joost Jansen' } });

    const joined = await accept(token);
    if (!joined.ok) throw new Error(joined.reason);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: joined.userId } });
    expect(user).toMatchObject({
      email: 'joost@zwembad.nl',
      username: 'joost',
      role: 'PARTNER',
      orgRole: 'MEMBER',
      organisationId: admin.organisationId,
      emailConfirmedAt: expect.any(Date),
    });
    expect(await authenticate('joost', PASSWORD, '127.0.0.1')).toMatchObject({ ok: true, user: { id: joined.userId, orgRole: 'MEMBER' } });
    expect(
      await prisma.auditEntry.findMany({ where: { action: { startsWith: 'colleague.' } }, select: { action: true, actorId: true } }),
    ).toEqual([
      { action: 'colleague.invited', actorId: admin.userId },
      { action: 'colleague.joined', actorId: joined.userId },
    ]);
    // Used once: the link shows it is used, a second press makes nothing.
    expect(await checkInvitation(token)).toEqual({ ok: false, reason: 'used' });
    expect(await accept(token, 'joost2')).toEqual({ ok: false, reason: 'used' });
    expect(await prisma.user.count({ where: { organisationId: admin.organisationId } })).toBe(2);
  });

  test('refused: an address with an account, one already invited, a medewerker, too many open invitations', async () => {
    const admin = await makePartner();
    const other = await makePartner();
    expect(await invite(admin.actor, other.email)).toEqual({ ok: false, reason: 'email-taken' });
    expect(await invite(admin.actor, 'joost@zwembad.nl')).toMatchObject({ ok: true });
    expect(await invite(admin.actor, 'joost@zwembad.nl')).toEqual({ ok: false, reason: 'already-invited' });
    const member = await colleague(admin, 'fatima@zwembad.nl');
    const before = await rowCounts();
    expect(await invite(member.actor, 'nog@zwembad.nl')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await colleaguesOf(member.actor)).toBeNull();
    expect(await rowCounts()).toEqual(before);
    for (let i = 1; i < MAX_OPEN_INVITATIONS; i++) expect(await invite(admin.actor, `c${i}@zwembad.nl`)).toMatchObject({ ok: true });
    expect(await invite(admin.actor, 'een-te-veel@zwembad.nl')).toEqual({ ok: false, reason: 'too-many' });
  });

  test('an expired, revoked or unknown link makes no account; the address can be invited again', async () => {
    const admin = await makePartner();
    const sent = new Date();
    await invite(admin.actor, 'joost@zwembad.nl', 'MEMBER', sent);
    const expiredToken = await invitationToken('joost@zwembad.nl');
    const later = new Date(sent.getTime() + INVITATION_TTL_MS + 1000);
    expect(await checkInvitation(expiredToken, later)).toEqual({ ok: false, reason: 'expired' });
    expect(await accept(expiredToken, 'joost', later)).toEqual({ ok: false, reason: 'expired' });
    // Expired invitations do not block a new one.
    expect(await invite(admin.actor, 'joost@zwembad.nl', 'MEMBER', later)).toMatchObject({ ok: true });

    await invite(admin.actor, 'fatima@zwembad.nl');
    const revokedToken = await invitationToken('fatima@zwembad.nl');
    const { invitations } = (await colleaguesOf(admin.actor))!;
    const pending = invitations.find((i) => i.email === 'fatima@zwembad.nl')!;
    const other = await makePartner();
    expect(await revokeInvitation(other.actor, pending.id)).toEqual({ ok: false, reason: 'gone' });
    expect(await revokeInvitation(admin.actor, pending.id)).toEqual({ ok: true });
    expect(await accept(revokedToken, 'fatima')).toEqual({ ok: false, reason: 'revoked' });
    expect(await accept('niet-bestaand-token', 'fatima')).toEqual({ ok: false, reason: 'unknown' });
    expect(await prisma.user.count({ where: { organisationId: admin.organisationId } })).toBe(1);
  });

  test('a username that is taken is refused and the link still works; an address taken meanwhile is refused', async () => {
    const admin = await makePartner({ username: 'sanne' });
    await invite(admin.actor, 'joost@zwembad.nl');
    const token = await invitationToken('joost@zwembad.nl');
    expect(await accept(token, 'sanne')).toEqual({ ok: false, reason: 'username-taken' });
    expect(await checkInvitation(token)).toMatchObject({ ok: true });
    // Between the invitation and the press, the address registered an organisation of its own.
    await prisma.user.create({
      data: {
        email: 'joost@zwembad.nl',
        username: 'joostzelf',
        passwordHash: 'x',
        role: 'PARTNER',
        name: 'Joost',
        emailConfirmedAt: new Date(),
      },
    });
    expect(await accept(token, 'joost')).toEqual({ ok: false, reason: 'email-taken' });
  });
});

describe('roles and removal', () => {
  test('a medewerker proposes and approves, but cannot manage colleagues or the organisation', async () => {
    const editor = await makeEditor();
    const admin = await makePartner({ partnerType: 'CREDIT' });
    const member = await colleague(admin, 'joost@zwembad.nl');
    const sent = await saveListing(editor, admin.organisationId, listingForm({ intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    expect(await approveOffer(member.actor, sent.offerId, sent.version)).toMatchObject({ ok: true });
    expect((await prisma.offerEvent.findFirst({ where: { offerId: sent.offerId, action: 'approved' } }))?.actorName).toBe('Joost Jansen');
    expect(await requestDiscounts(member.actor)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await setColleagueRole(member.actor, member.userId, 'ADMIN')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await removeColleague(member.actor, admin.userId)).toEqual({ ok: false, reason: 'forbidden' });
  });

  test('the beheerder role is handed on; the last beheerder can neither become medewerker nor be removed', async () => {
    const admin = await makePartner();
    const member = await colleague(admin, 'joost@zwembad.nl');
    expect(await setColleagueRole(admin.actor, admin.userId, 'MEMBER')).toEqual({ ok: false, reason: 'last-admin' });
    expect(await removeColleague(admin.actor, admin.userId)).toEqual({ ok: false, reason: 'last-admin' });
    expect(await setColleagueRole(admin.actor, member.userId, 'ADMIN')).toEqual({ ok: true, name: 'Joost Jansen' });
    expect(await setColleagueRole(admin.actor, admin.userId, 'MEMBER')).toEqual({ ok: true, name: expect.any(String) });
    expect(
      await prisma.user.findMany({
        where: { organisationId: admin.organisationId },
        select: { id: true, orgRole: true },
        orderBy: { createdAt: 'asc' },
      }),
    ).toEqual([
      { id: admin.userId, orgRole: 'MEMBER' },
      { id: member.userId, orgRole: 'ADMIN' },
    ]);
    // The role counts at the next request: the old beheerder's session is a medewerker's now.
    const token = await startSession(admin.userId);
    expect(await sessionUser(token)).toMatchObject({ orgRole: 'MEMBER' });
    expect(await prisma.auditEntry.count({ where: { action: 'colleague.role-changed' } })).toBe(2);
  });

  test('two beheerders making each other medewerker at once: one stays beheerder', async () => {
    const admin = await makePartner();
    const second = await colleague(admin, 'joost@zwembad.nl', 'ADMIN');
    const results = await Promise.all([
      setColleagueRole(admin.actor, second.userId, 'MEMBER'),
      setColleagueRole(second.actor, admin.userId, 'MEMBER'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { organisationId: admin.organisationId, orgRole: 'ADMIN' } })).toBe(1);
  });

  test('a removed colleague: account, sessions and links gone at once, told by mail, the history keeps the name', async () => {
    const editor = await makeEditor();
    const admin = await makePartner({ partnerType: 'CREDIT' });
    const member = await colleague(admin, 'joost@zwembad.nl');
    const sent = await saveListing(editor, admin.organisationId, listingForm({ intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    await approveOffer(member.actor, sent.offerId, sent.version);
    const session = await startSession(member.userId);
    expect(await sessionUser(session)).toMatchObject({ id: member.userId });

    const other = await makePartner();
    expect(await removeColleague(other.actor, member.userId)).toEqual({ ok: false, reason: 'gone' });
    expect(await removeColleague(admin.actor, member.userId)).toEqual({ ok: true, name: 'Joost Jansen', self: false });
    expect(await sessionUser(session)).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: member.userId } })).toBeNull();
    expect(await prisma.session.count({ where: { userId: member.userId } })).toBe(0);
    expect(await authenticate('joost', PASSWORD, '127.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    expect((await mailsTo('joost@zwembad.nl')).map((m) => m.subject)).toContain(nl.colleagues.removedSubject);
    expect((await prisma.offerEvent.findFirst({ where: { offerId: sent.offerId, action: 'approved' } }))?.actorName).toBe('Joost Jansen');
    expect(await prisma.auditEntry.findFirst({ where: { action: 'colleague.removed' }, select: { data: true } })).toMatchObject({
      data: { name: 'Joost Jansen', userId: member.userId },
    });
    // The address is free again: it can be invited anew.
    expect(await invite(admin.actor, 'joost@zwembad.nl')).toMatchObject({ ok: true });
  });

  test("a removed or demoted beheerder's open invitations stop working; a beheerder demoted a moment ago is refused", async () => {
    const admin = await makePartner();
    const second = await colleague(admin, 'joost@zwembad.nl', 'ADMIN');
    expect(await invite(second.actor, 'tweede-adres@zwembad.nl', 'ADMIN')).toMatchObject({ ok: true });
    const kept = await invitationToken('tweede-adres@zwembad.nl');
    expect(await invite(second.actor, 'derde-adres@zwembad.nl', 'ADMIN')).toMatchObject({ ok: true });
    const other = await invitationToken('derde-adres@zwembad.nl');
    expect(await setColleagueRole(admin.actor, second.userId, 'MEMBER')).toMatchObject({ ok: true });
    expect(await accept(kept, 'tweede')).toEqual({ ok: false, reason: 'revoked' });
    // The session still says beheerder for this request; the locked check does not.
    expect(await invite(second.actor, 'vierde@zwembad.nl')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await removeColleague(second.actor, admin.userId)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await removeColleague(admin.actor, second.userId)).toMatchObject({ ok: true });
    expect(await accept(other, 'derde')).toEqual({ ok: false, reason: 'revoked' });
  });

  test('a beheerder removes themselves once there is another: told it is their own account', async () => {
    const admin = await makePartner();
    await colleague(admin, 'joost@zwembad.nl', 'ADMIN');
    expect(await removeColleague(admin.actor, admin.userId)).toEqual({ ok: true, name: expect.any(String), self: true });
    expect(await prisma.user.findMany({ where: { organisationId: admin.organisationId }, select: { orgRole: true } })).toEqual([
      { orgRole: 'ADMIN' },
    ]);
  });
});

describe('the invitation form', () => {
  test('a name and a valid address are needed; the role is medewerker unless chosen', () => {
    expect(inviteSchema.safeParse({ name: '', email: 'geen-adres' }).success).toBe(false);
    expect(inviteSchema.parse({ name: 'Joost', email: ' Joost@Zwembad.NL ' })).toEqual({
      name: 'Joost',
      email: 'joost@zwembad.nl',
      orgRole: 'MEMBER',
    });
    expect(inviteSchema.safeParse({ name: 'Joost', email: 'joost@zwembad.nl', orgRole: 'OWNER' }).success).toBe(false);
  });

  test('the account form: repeated password, not like the username', () => {
    const base = { token: 't', name: 'Joost', username: 'joostjansen', password: PASSWORD, passwordRepeat: PASSWORD };
    expect(acceptInvitationSchema.safeParse(base).success).toBe(true);
    const mismatch = acceptInvitationSchema.safeParse({ ...base, passwordRepeat: 'iets anders dan dat' });
    expect(mismatch.success ? [] : mismatch.error.issues.map((i) => i.path.join('.'))).toEqual(['passwordRepeat']);
    const like = acceptInvitationSchema.safeParse({ ...base, password: 'joostjansen2026!', passwordRepeat: 'joostjansen2026!' });
    expect(like.success ? [] : like.error.issues.map((i) => i.message)).toEqual([nl.validation.passwordLikeUsername]);
  });
});
