import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { SESSION_MAX_MS } from '@/lib/auth/config';
import { deleteExpiredSessions, endAllSessions, endSession, sessionUser, startSession } from '@/lib/accounts/sessions';
import { resetDb } from '../support/db';
import { makeEditor, makePartner } from '../support/offers';

// Server-side sessions (lib/accounts/sessions.ts) against the real test database.

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const MINUTE = 60 * 1000;
const ago = (ms: number, from = new Date()) => new Date(from.getTime() - ms);

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

describe('a session', () => {
  test('starts at login: a row with the hash of the token, 8 hours long, and gives the user back', async () => {
    const partner = await makePartner();
    const now = new Date();
    const token = await startSession(partner.userId, { userAgent: 'Chromium test', now });

    const row = await prisma.session.findFirstOrThrow({ where: { userId: partner.userId } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_MAX_MS);
    expect(row.userAgent).toBe('Chromium test');
    expect(await sessionUser(token)).toEqual(partner.actor);
  });

  test('an unknown, empty or absurd token is no session', async () => {
    const partner = await makePartner();
    await startSession(partner.userId);
    expect(await sessionUser('not-a-token')).toBeNull();
    expect(await sessionUser('')).toBeNull();
    expect(await sessionUser('x'.repeat(10_000))).toBeNull();
  });

  test("ends at logout; the same user's other sessions go on", async () => {
    const partner = await makePartner();
    const laptop = await startSession(partner.userId);
    const phone = await startSession(partner.userId);

    await endSession(laptop);
    expect(await sessionUser(laptop)).toBeNull();
    expect(await sessionUser(phone)).toEqual(partner.actor);
    // Ending it twice (two tabs, next-auth's signOut event after logoutAction) is harmless.
    await expect(endSession(laptop)).resolves.toBeUndefined();
    expect(await prisma.session.count()).toBe(1);
  });

  test("endAllSessions ends every session of one user, in the caller's transaction, and no one else's", async () => {
    const partner = await makePartner();
    const editor = await makeEditor();
    const a = await startSession(partner.userId);
    const b = await startSession(partner.userId);
    const other = await startSession(editor.id);

    // Rolled back with the transaction: nothing ends.
    await expect(
      prisma.$transaction(async (tx) => {
        await endAllSessions(tx, partner.userId);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await sessionUser(a)).not.toBeNull();

    expect(await prisma.$transaction((tx) => endAllSessions(tx, partner.userId))).toBe(2);
    expect(await sessionUser(a)).toBeNull();
    expect(await sessionUser(b)).toBeNull();
    expect(await sessionUser(other)).toMatchObject({ id: editor.id, role: 'EDITOR' });
  });

  test('is refused after its 8 hours, however active the user was', async () => {
    const partner = await makePartner();
    const now = new Date();
    const almost = await startSession(partner.userId, { now: ago(SESSION_MAX_MS - MINUTE, now) });
    const expired = await startSession(partner.userId, { now: ago(SESSION_MAX_MS, now) });
    expect(await sessionUser(almost, now)).toEqual(partner.actor);
    expect(await sessionUser(expired, now)).toBeNull();
  });

  test('expired rows are removed by the daily job and at each login, live ones stay', async () => {
    const partner = await makePartner();
    const editor = await makeEditor();
    const now = new Date();
    // Rows as they are left behind by logins of more than 8 hours ago.
    const expiredRow = (userId: string, n: number) =>
      prisma.session.create({
        data: { userId, tokenHash: sha256(`old-${n}`), createdAt: ago(SESSION_MAX_MS + n * MINUTE, now), expiresAt: ago(n * MINUTE, now) },
      });
    const live = await startSession(partner.userId, { now: ago(MINUTE, now) });
    await expiredRow(partner.userId, 1);
    await expiredRow(editor.id, 2);
    expect(await prisma.session.count()).toBe(3);

    expect(await deleteExpiredSessions(now)).toBe(2);
    expect(await prisma.session.count()).toBe(1);
    expect(await sessionUser(live, now)).not.toBeNull();

    // A login drops every expired row, not only its own user's.
    await expiredRow(editor.id, 3);
    await startSession(partner.userId, { now });
    expect(await prisma.session.count()).toBe(2);
    expect(await prisma.session.count({ where: { expiresAt: { lte: now } } })).toBe(0);
  });

  test('ends with the account: removed (cascade) or no longer confirmed; a role change counts at once', async () => {
    const partner = await makePartner();
    const editor = await makeEditor();
    const token = await startSession(partner.userId);
    const editorToken = await startSession(editor.id);

    await prisma.user.update({ where: { id: partner.userId }, data: { role: 'EDITOR' } });
    expect(await sessionUser(token)).toMatchObject({ role: 'EDITOR' });
    await prisma.user.update({ where: { id: partner.userId }, data: { emailConfirmedAt: null } });
    expect(await sessionUser(token)).toBeNull();

    await prisma.user.delete({ where: { id: editor.id } });
    expect(await sessionUser(editorToken)).toBeNull();
    expect(await prisma.session.count({ where: { userId: editor.id } })).toBe(0);
  });

  test('lastSeenAt is written every few minutes, not on every request', async () => {
    const partner = await makePartner();
    const start = new Date();
    const token = await startSession(partner.userId, { now: start });
    const lastSeen = async () => (await prisma.session.findFirstOrThrow()).lastSeenAt.getTime();

    await sessionUser(token, new Date(start.getTime() + MINUTE));
    expect(await lastSeen()).toBe(start.getTime());
    const later = new Date(start.getTime() + 6 * MINUTE);
    await sessionUser(token, later);
    expect(await lastSeen()).toBe(later.getTime());
  });
});
