import { prisma, type Tx } from '@/lib/db';
import { SESSION_MAX_MS } from '@/lib/auth/config';
import type { SessionUser } from './service';
import { hashToken, newToken } from './tokens';

// Server-side sessions (ADR 0012). The session cookie is next-auth's encrypted JWT; it carries a
// random token whose SHA-256 is a row here. A session lives exactly as long as its row: deleting
// the row (logout, new password, account removed or disabled) makes the cookie worthless at once,
// wherever a copy of it is. Like mail links, only the hash is stored.

/** lastSeenAt is written at most this often, not on every request. */
const SEEN_EVERY_MS = 5 * 60 * 1000;

/** Starts a session at login; the token goes into the session cookie. Drops expired rows on the way. */
export async function startSession(userId: string, { userAgent = '', now = new Date() } = {}): Promise<string> {
  const token = newToken();
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.session.create({
      data: {
        userId,
        tokenHash: hashToken(token),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_MS),
        userAgent: userAgent.slice(0, 500),
      },
    }),
  ]);
  return token;
}

/**
 * The user of a live session, read from the database on every call: an ended or expired session,
 * a removed or unconfirmed account, or one of a closed partner organisation, gives null, and a role
 * change counts at once.
 */
export async function sessionUser(token: string, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          role: true,
          name: true,
          organisationId: true,
          orgRole: true,
          locale: true,
          emailConfirmedAt: true,
          disabledAt: true,
          organisation: { select: { status: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= now || !session.user.emailConfirmedAt) return null;
  // A closed partnership (ADR 0024) ended every session; should one have slipped through, it counts for nothing.
  if (session.user.organisation?.status === 'CLOSED') return null;
  // So did refusing the registration (issue 18).
  if (session.user.organisation?.status === 'REJECTED') return null;
  // Disabling an editor ended every session too (ADR 0029); the same rule, should one remain.
  if (session.user.disabledAt) return null;
  // So did a deactivation (ADR 0028).
  if (session.user.organisation?.status === 'INACTIVE') return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SEEN_EVERY_MS) {
    await prisma.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { id, role, name, organisationId, orgRole, locale } = session.user;
  return { id, role, name, organisationId, orgRole, locale };
}

/** Logout: ends the session of this token (nothing happens when it has ended already). */
export async function endSession(token: string): Promise<void> {
  if (!token || token.length > 200) return;
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/**
 * Ends every session of a user, in the caller's transaction: after a new password, or when an
 * account is disabled. Returns how many there were.
 */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}

/**
 * Ends every session of a user except the one of `keepToken` (a password change: this browser stays
 * logged in, every other device is logged out). Without a token it ends them all.
 */
export async function endOtherSessions(tx: Tx, userId: string, keepToken: string | null): Promise<number> {
  const keep = keepToken ? { NOT: { tokenHash: hashToken(keepToken) } } : {};
  const { count } = await tx.session.deleteMany({ where: { userId, ...keep } });
  return count;
}

/** Ends every session of every user of an organisation, in the caller's transaction (a closed partnership). */
export async function endOrganisationSessions(tx: Tx, organisationId: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { user: { organisationId } } });
  return count;
}

/** Removes sessions past their 8 hours, so that rows do not pile up (also done at each login). */
export async function deleteExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
