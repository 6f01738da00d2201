import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Issue 18, editor accounts (ADR 0029): the editors' beheerder invites editors (single-use,
// expiring link), changes their role, disables them (sessions end at once, login refused) and
// enables them again; at least one enabled beheerder remains, under a lock; the demo editor stays a
// demo account; nothing but an editor's invitation makes an EDITOR account. A redacteur or a partner
// calling a service or a built action is refused and nothing is written.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { authenticate, requestPasswordReset } from '@/lib/accounts/service';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { INVITATION_TTL_MS } from '@/lib/accounts/invitations';
import { mailsToEditors } from '@/lib/mail/recipients';
import PartnerTypeRequested from '@/emails/PartnerTypeRequested';
import {
  acceptEditorInvitation,
  checkEditorInvitation,
  disableEditor,
  editorsOf,
  enableEditor,
  inviteEditor,
  revokeEditorInvitation,
  setEditorRole,
} from '@/lib/editors/accounts';
import {
  disableEditorAction,
  enableEditorAction,
  inviteEditorAction,
  revokeEditorInvitationAction,
  setEditorRoleAction,
} from '@/lib/editors/actions';
import { DEMO_EDITOR_USERNAME } from '@/lib/editors/demo';
import { acceptInvitationSchema, inviteSchema } from '@/lib/editors/schema';
import { acceptInvitation, checkInvitation, inviteColleague } from '@/lib/partners/colleagues';
import { registerPartner } from '@/lib/partners/service';
import { registrationSchema } from '@/lib/partners/schema';
import { hashPassword } from '@/lib/accounts/passwords';
import { setUpPhotoTests } from '../support/photos';
import { makePartner } from '../support/offers';
import { mailsTo, registrationInput, rowCounts, tokenFromHtml } from '../support/service-helpers';
import { validRegistrationForm } from '../support/registration';

setUpPhotoTests();

const PASSWORD = 'een lang wachtwoord voor de redactie';
const ADDRESS = '127.0.0.1';

let seq = 0;
/** An editor account, as an accepted invitation would have made it; its password is PASSWORD. */
async function editor(orgRole: 'ADMIN' | 'MEMBER', name = `Redacteur ${++seq}`, username = `redacteur${seq}`) {
  const user = await prisma.user.create({
    data: {
      email: `${username}@dordtpas.nl`,
      username,
      passwordHash: await hashPassword(PASSWORD),
      role: 'EDITOR',
      orgRole,
      name,
      emailConfirmedAt: new Date(),
    },
  });
  const actor: SessionUser = { id: user.id, role: 'EDITOR', name, organisationId: null, orgRole, locale: 'nl' };
  return { userId: user.id, username, email: user.email, actor };
}

const invite = (actor: SessionUser, email: string, orgRole: 'ADMIN' | 'MEMBER' = 'MEMBER', now?: Date) =>
  inviteEditor(actor, inviteSchema.parse({ name: 'Eva de Boer', email, orgRole }), now);

const accept = (token: string, username = 'eva', now?: Date) =>
  acceptEditorInvitation(
    acceptInvitationSchema.parse({ token, name: 'Eva de Boer', username, password: PASSWORD, passwordRepeat: PASSWORD }),
    now,
  );

async function invitationToken(email: string): Promise<string> {
  const mail = (await mailsTo(email)).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  return tokenFromHtml(mail.html, '/uitnodiging');
}

describe('inviting an editor', () => {
  test('the link makes an EDITOR account without organisation, with the invited role, once', async () => {
    const admin = await editor('ADMIN');
    expect(await invite(admin.actor, 'eva@dordtpas.nl')).toEqual({ ok: true, email: 'eva@dordtpas.nl' });
    const [mail] = await mailsTo('eva@dordtpas.nl');
    expect(mail.subject).toBe(nl.editors.mailSubject);
    expect(mail.text).toContain('als redacteur');
    const token = await invitationToken('eva@dordtpas.nl');
    // Only the hash is stored.
    expect(await prisma.invitation.count({ where: { tokenHash: token } })).toBe(0);
    expect(await checkEditorInvitation(token)).toMatchObject({
      ok: true,
      invitation: { email: 'eva@dordtpas.nl', orgRole: 'MEMBER', organisation: nl.editors.organisation },
    });
    // A colleague's link it is not, and the colleague's acceptance makes nothing of it.
    expect(await checkInvitation(token)).toEqual({ ok: false, reason: 'unknown' });
    expect(
      await acceptInvitation(
        acceptInvitationSchema.parse({ token, name: 'X', username: 'xxx', password: PASSWORD, passwordRepeat: PASSWORD }),
      ),
    ).toEqual({ ok: false, reason: 'unknown' });

    // The demo editor's name is nobody else's (such an account could never be disabled), also where no demo account exists.
    await prisma.user.deleteMany({ where: { username: DEMO_EDITOR_USERNAME } });
    const other = 'zeven zwanen zwemmen zuidwaarts';
    expect(
      await acceptEditorInvitation(
        acceptInvitationSchema.parse({
          token,
          name: 'Eva de Boer',
          username: DEMO_EDITOR_USERNAME,
          password: other,
          passwordRepeat: other,
        }),
      ),
    ).toEqual({ ok: false, reason: 'username-taken' });
    const joined = await accept(token);
    if (!joined.ok) throw new Error(joined.reason);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: joined.userId } })).toMatchObject({
      role: 'EDITOR',
      orgRole: 'MEMBER',
      organisationId: null,
      email: 'eva@dordtpas.nl',
      emailConfirmedAt: expect.any(Date),
    });
    expect(await authenticate('eva', PASSWORD, ADDRESS)).toMatchObject({ ok: true, user: { role: 'EDITOR', orgRole: 'MEMBER' } });
    expect(
      await prisma.auditEntry.findMany({ where: { action: { startsWith: 'editor.' } }, select: { action: true, actorId: true } }),
    ).toEqual([
      { action: 'editor.invited', actorId: admin.userId },
      { action: 'editor.joined', actorId: joined.userId },
    ]);
    expect(await checkEditorInvitation(token)).toEqual({ ok: false, reason: 'used' });
    expect(await accept(token, 'eva2')).toEqual({ ok: false, reason: 'used' });
    expect(await prisma.user.count({ where: { role: 'EDITOR' } })).toBe(2);
  });

  test('two presses of one link at once make one account', async () => {
    const admin = await editor('ADMIN');
    await invite(admin.actor, 'eva@dordtpas.nl');
    const token = await invitationToken('eva@dordtpas.nl');
    const results = await Promise.all([accept(token, 'eva1'), accept(token, 'eva2')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email: 'eva@dordtpas.nl' } })).toBe(1);
  });

  test('an expired, revoked or unknown link makes no account; a colleague’s link is unknown here', async () => {
    const admin = await editor('ADMIN');
    const sent = new Date();
    await invite(admin.actor, 'eva@dordtpas.nl', 'MEMBER', sent);
    const expired = await invitationToken('eva@dordtpas.nl');
    const later = new Date(sent.getTime() + INVITATION_TTL_MS + 1000);
    expect(await checkEditorInvitation(expired, later)).toEqual({ ok: false, reason: 'expired' });
    expect(await accept(expired, 'eva', later)).toEqual({ ok: false, reason: 'expired' });
    expect(await invite(admin.actor, 'eva@dordtpas.nl', 'MEMBER', later)).toMatchObject({ ok: true });

    await invite(admin.actor, 'joost@dordtpas.nl');
    const revokedToken = await invitationToken('joost@dordtpas.nl');
    const pending = (await editorsOf(admin.actor))!.invitations.find((i) => i.email === 'joost@dordtpas.nl')!;
    expect(await revokeEditorInvitation(admin.actor, pending.id)).toEqual({ ok: true });
    expect(await revokeEditorInvitation(admin.actor, pending.id)).toEqual({ ok: false, reason: 'gone' });
    expect(await accept(revokedToken, 'joost')).toEqual({ ok: false, reason: 'revoked' });
    expect(await accept('niet-bestaand-token', 'joost')).toEqual({ ok: false, reason: 'unknown' });

    const partner = await makePartner();
    await inviteColleague(partner.actor, inviteSchema.parse({ name: 'Fatima', email: 'fatima@zwembad.nl' }));
    const colleagueToken = await invitationToken('fatima@zwembad.nl');
    expect(await checkEditorInvitation(colleagueToken)).toEqual({ ok: false, reason: 'unknown' });
    expect(await accept(colleagueToken, 'fatima')).toEqual({ ok: false, reason: 'unknown' });
    // A partner's invitation cannot be revoked as an editor's either.
    const colleagueInvitation = await prisma.invitation.findFirstOrThrow({ where: { email: 'fatima@zwembad.nl' } });
    expect(await revokeEditorInvitation(admin.actor, colleagueInvitation.id)).toEqual({ ok: false, reason: 'gone' });
    expect(await prisma.user.count({ where: { role: 'EDITOR' } })).toBe(1);
  });

  test('refused: an address with an account, one already invited', async () => {
    const admin = await editor('ADMIN');
    const partner = await makePartner();
    expect(await invite(admin.actor, partner.email)).toEqual({ ok: false, reason: 'email-taken' });
    expect(await invite(admin.actor, 'eva@dordtpas.nl')).toMatchObject({ ok: true });
    expect(await invite(admin.actor, 'eva@dordtpas.nl')).toEqual({ ok: false, reason: 'already-invited' });
  });
});

describe('no public sign-up for editors', () => {
  test('the registration makes a partner whatever the form says', async () => {
    const form = {
      ...validRegistrationForm({ email: 'stiekem@voorbeeld.nl', username: 'stiekem', kvkNumber: '87659999' }),
      role: 'EDITOR',
      orgRole: 'ADMIN',
    };
    const parsed = registrationSchema.parse(form) as Record<string, unknown>;
    expect(parsed.role).toBeUndefined();
    const result = await registerPartner(registrationSchema.parse(form));
    if (!result.ok || 'existingAccount' in result) throw new Error('registration refused');
    expect(await prisma.user.findUniqueOrThrow({ where: { id: result.userId } })).toMatchObject({ role: 'PARTNER' });
    expect(await prisma.user.count({ where: { role: 'EDITOR' } })).toBe(0);
    // The input type has no role to pass either.
    expect(Object.keys(registrationInput())).not.toContain('role');
  });
});

describe('disabling an editor', () => {
  test('every session ends at once, login is refused after the right password, a reset link is not sent; enabling lets them in again', async () => {
    const admin = await editor('ADMIN');
    const eva = await editor('ADMIN', 'Eva de Boer', 'eva');
    const session = await startSession(eva.userId);
    const other = await startSession(eva.userId);
    expect(await sessionUser(session)).toMatchObject({ id: eva.userId });
    expect(await invite(eva.actor, 'nieuw@dordtpas.nl')).toMatchObject({ ok: true });
    const evasInvitation = await invitationToken('nieuw@dordtpas.nl');

    expect(await disableEditor(admin.actor, eva.userId, 'Werkt hier niet meer')).toEqual({ ok: true, name: 'Eva de Boer' });
    expect(await sessionUser(session)).toBeNull();
    expect(await sessionUser(other)).toBeNull();
    expect(await prisma.session.count({ where: { userId: eva.userId } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: eva.userId } })).toMatchObject({
      disabledAt: expect.any(Date),
      disabledByName: admin.actor.name,
    });
    expect(await authenticate('eva', PASSWORD, ADDRESS)).toEqual({ ok: false, reason: 'disabled' });
    expect(await authenticate('eva', 'niet het wachtwoord', ADDRESS)).toEqual({ ok: false, reason: 'invalid' });
    // Even a session started somehow (a login under way) counts for nothing.
    expect(await sessionUser(await startSession(eva.userId))).toBeNull();
    // The links they sent stop working; a reset link is not even sent.
    expect(await accept(evasInvitation, 'nieuw')).toEqual({ ok: false, reason: 'revoked' });
    const outbox = await prisma.outboxMessage.count();
    await requestPasswordReset(eva.email);
    expect(await prisma.outboxMessage.count()).toBe(outbox);
    expect(await prisma.emailToken.count({ where: { userId: eva.userId } })).toBe(0);
    // No more mail to the editors reaches them.
    expect(
      (await mailsToEditors(() => 'Test', PartnerTypeRequested, { organisation: 'Test', url: 'http://test' })).map((m) => m.to),
    ).toEqual([admin.email]);
    expect(
      await prisma.auditEntry.findFirst({ where: { action: 'editor.disabled' }, select: { actorId: true, entityId: true, data: true } }),
    ).toEqual({
      actorId: admin.userId,
      entityId: eva.userId,
      data: { name: 'Eva de Boer', by: admin.actor.name, reason: 'Werkt hier niet meer', endedSessions: 2 },
    });
    const listed = (await editorsOf(admin.actor))!.users.find((u) => u.id === eva.userId)!;
    expect(listed).toMatchObject({ disabledAt: expect.any(Date), disabledByName: admin.actor.name });

    // One wins, the other is told.
    expect(await disableEditor(admin.actor, eva.userId)).toEqual({ ok: false, reason: 'stale' });
    expect(await setEditorRole(admin.actor, eva.userId, 'MEMBER')).toEqual({ ok: false, reason: 'stale' });
    expect(await enableEditor(admin.actor, eva.userId)).toEqual({ ok: true, name: 'Eva de Boer' });
    expect(await enableEditor(admin.actor, eva.userId)).toEqual({ ok: false, reason: 'stale' });
    expect(await authenticate('eva', PASSWORD, ADDRESS)).toMatchObject({ ok: true, user: { id: eva.userId, orgRole: 'ADMIN' } });
    expect(await prisma.auditEntry.count({ where: { action: 'editor.enabled' } })).toBe(1);
  });

  test('two beheerders disabling each other at once: one wins, the other is refused and stays disabled', async () => {
    const a = await editor('ADMIN');
    const b = await editor('ADMIN');
    const results = await Promise.all([disableEditor(a.actor, b.userId), disableEditor(b.actor, a.userId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'forbidden' }]);
    expect(await prisma.user.count({ where: { role: 'EDITOR', orgRole: 'ADMIN', disabledAt: null } })).toBe(1);
  });

  test('a beheerder cannot disable themself', async () => {
    const admin = await editor('ADMIN');
    await editor('ADMIN');
    expect(await disableEditor(admin.actor, admin.userId)).toEqual({ ok: false, reason: 'self' });
  });
});

describe('roles', () => {
  test('the beheerder role is handed on; the last enabled beheerder cannot become redacteur', async () => {
    const admin = await editor('ADMIN');
    const eva = await editor('MEMBER');
    expect(await setEditorRole(admin.actor, admin.userId, 'MEMBER')).toEqual({ ok: false, reason: 'last-admin' });
    expect((await editorsOf(admin.actor))!.users.find((u) => u.id === admin.userId)).toMatchObject({ onlyAdmin: true, you: true });
    expect(await setEditorRole(admin.actor, eva.userId, 'ADMIN')).toEqual({ ok: true, name: eva.actor.name, self: false });
    expect(await setEditorRole(admin.actor, eva.userId, 'ADMIN')).toEqual({ ok: false, reason: 'stale' });
    expect(await setEditorRole(admin.actor, admin.userId, 'MEMBER')).toEqual({ ok: true, name: admin.actor.name, self: true });
    // The role counts at the next request.
    expect(await sessionUser(await startSession(admin.userId))).toMatchObject({ orgRole: 'MEMBER' });
    // A disabled beheerder does not count: the only enabled one stays.
    const third = await editor('ADMIN');
    await disableEditor({ ...eva.actor, orgRole: 'ADMIN' }, third.userId);
    expect(await setEditorRole({ ...eva.actor, orgRole: 'ADMIN' }, eva.userId, 'MEMBER')).toEqual({ ok: false, reason: 'last-admin' });
  });

  test('two beheerders making each other redacteur at once: one stays beheerder', async () => {
    const a = await editor('ADMIN');
    const b = await editor('ADMIN');
    const results = await Promise.all([setEditorRole(a.actor, b.userId, 'MEMBER'), setEditorRole(b.actor, a.userId, 'MEMBER')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: 'EDITOR', orgRole: 'ADMIN' } })).toBe(1);
  });

  test('the demo editor stays a demo account: never disabled nor made redacteur, by anyone', async () => {
    const demo = await editor('ADMIN', 'Ruud Redacteur', DEMO_EDITOR_USERNAME);
    const admin = await editor('ADMIN');
    expect(await disableEditor(admin.actor, demo.userId)).toEqual({ ok: false, reason: 'demo' });
    expect(await setEditorRole(admin.actor, demo.userId, 'MEMBER')).toEqual({ ok: false, reason: 'demo' });
    expect(await setEditorRole(demo.actor, demo.userId, 'MEMBER')).toEqual({ ok: false, reason: 'demo' });
    expect((await editorsOf(admin.actor))!.users.find((u) => u.id === demo.userId)).toMatchObject({ demo: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: demo.userId } })).toMatchObject({ orgRole: 'ADMIN', disabledAt: null });
    // The demo disables others as any beheerder does.
    expect(await disableEditor(demo.actor, admin.userId)).toMatchObject({ ok: true });
  });

  test('a beheerder demoted or disabled a moment ago is refused although the session still said beheerder', async () => {
    const a = await editor('ADMIN');
    const b = await editor('ADMIN');
    const eva = await editor('MEMBER');
    await setEditorRole(a.actor, b.userId, 'MEMBER');
    expect(await invite(b.actor, 'x@dordtpas.nl')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await disableEditor(b.actor, eva.userId)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await setEditorRole(b.actor, eva.userId, 'ADMIN')).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('a redacteur or a partner is refused by every service and built action, and nothing is written', () => {
  test('services and the query', async () => {
    const admin = await editor('ADMIN');
    const member = await editor('MEMBER');
    const partner = await makePartner();
    await invite(admin.actor, 'eva@dordtpas.nl');
    const invitationId = (await prisma.invitation.findFirstOrThrow({ where: { email: 'eva@dordtpas.nl' } })).id;
    // A partner's beheerder, and an editor without a role (as before issue 18): no editors' beheerder.
    const noRole: SessionUser = { ...member.actor, orgRole: null };
    for (const actor of [member.actor, partner.actor, noRole]) {
      const before = await rowCounts();
      expect(await editorsOf(actor)).toBeNull();
      expect(await invite(actor, 'nog@dordtpas.nl')).toEqual({ ok: false, reason: 'forbidden' });
      expect(await revokeEditorInvitation(actor, invitationId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await setEditorRole(actor, member.userId, 'ADMIN')).toEqual({ ok: false, reason: 'forbidden' });
      expect(await disableEditor(actor, admin.userId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await enableEditor(actor, admin.userId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await rowCounts()).toEqual(before);
    }
    expect(await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ revokedAt: null });
  });

  test('the built actions, as a form calls them', async () => {
    const admin = await editor('ADMIN');
    const member = await editor('MEMBER');
    const partner = await makePartner();
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };
    const calls = [
      () => inviteEditorAction(initialFormState, form({ name: 'Eva', email: 'eva@dordtpas.nl', orgRole: 'ADMIN' })),
      () => revokeEditorInvitationAction(initialFormState, form({ invitationId: 'x' })),
      () => setEditorRoleAction(initialFormState, form({ userId: member.userId, orgRole: 'ADMIN' })),
      () => disableEditorAction(initialFormState, form({ userId: admin.userId })),
      () => enableEditorAction(initialFormState, form({ userId: admin.userId })),
    ];
    const before = await rowCounts();
    for (const [user, message] of [
      [null, nl.app.notLoggedIn],
      [member.actor, nl.app.noAccess],
      [partner.actor, nl.app.noAccess],
    ] as const) {
      who = user;
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, message });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).toMatchObject({ orgRole: 'MEMBER' });
    // The beheerder's own call goes through (a refusal the service gives, with its text).
    who = admin.actor;
    expect(await disableEditorAction(initialFormState, form({ userId: admin.userId }))).toMatchObject({
      ok: false,
      message: nl.editors.self,
    });
    who = null;
  });
});
