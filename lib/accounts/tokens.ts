import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/db';
import type { TokenPurpose } from '@/lib/generated/prisma/enums';

// Single-use, expiring tokens for links in mails. Only the SHA-256 of a token is stored, so a
// leaked database does not hand out working links.
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  CONFIRM_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
  CHANGE_EMAIL: 48 * 60 * 60 * 1000,
};

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Stores a new token; earlier unused tokens of the same purpose stop working. `email` is the
 * address a CHANGE_EMAIL token was mailed to and confirms.
 */
export async function storeToken(tx: Tx, userId: string, purpose: TokenPurpose, token: string, now = new Date(), email?: string) {
  await dropOpenTokens(tx, userId, purpose);
  await tx.emailToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), email, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) },
  });
}

/** The user's unused links of this purpose stop working (e.g. an e-mail change, after a new password). */
export async function dropOpenTokens(tx: Tx, userId: string, purpose: TokenPurpose): Promise<number> {
  const { count } = await tx.emailToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  return count;
}

export type TokenCheck = { ok: true; userId: string; tokenId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Looks a token up without using it. */
export async function checkToken(tx: Tx, token: string, purpose: TokenPurpose, now = new Date()): Promise<TokenCheck> {
  if (!token || token.length > 200) return { ok: false, reason: 'unknown' };
  const row = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { ok: false, reason: 'unknown' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, userId: row.userId, tokenId: row.id };
}

/** Uses a token once: of two concurrent requests with the same token, only one succeeds. */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now = new Date()): Promise<TokenCheck> {
  const check = await checkToken(tx, token, purpose, now);
  if (!check.ok) return check;
  const { count } = await tx.emailToken.updateMany({ where: { id: check.tokenId, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? check : { ok: false, reason: 'used' };
}
