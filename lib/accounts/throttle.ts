import { counter } from '@/lib/limits/limiter';

// Failed logins slow the attacker, not the owner (OWASP Authentication Cheat Sheet):
// - per client address: at most ADDRESS_ATTEMPTS attempts a minute that did not succeed, over any
//   number of accounts. Each attempt is counted before the password is checked (atomically, so 50
//   requests at once are counted as 50); a successful login takes its attempt back. The attempt
//   over the limit blocks the address for a minute, and each further block that day doubles, up to
//   an hour.
// - per account: once it has had ACCOUNT_FAILURES failures within 15 minutes (from anywhere) it is
//   "under attack", and then only addresses that have not failed for it may still try. The owner on
//   their own phone or office line gets in with the right password; the attacker's addresses don't.
//   The reset mail is the way in that nobody else can block.
// Everything counts in PostgreSQL (lib/limits), so restarts and other instances change nothing.

export const ADDRESS_ATTEMPTS = 5;
export const ACCOUNT_FAILURES = 10;
const MINUTE = 60;
const MAX_BLOCK_SECONDS = 60 * MINUTE;

const addressAttempts = counter('login-address', ADDRESS_ATTEMPTS, MINUTE);
/** How often the address was blocked in the last day: each block lasts twice as long as the one before. */
const addressBlocks = counter('login-address-blocks', 1000, 24 * 60 * MINUTE);
const accountFailures = counter('login-account', ACCOUNT_FAILURES, 15 * MINUTE);
/** Whether this address failed for this account in the last day. */
const accountAddressFailures = counter('login-account-address', 1000, 24 * 60 * MINUTE);

export type LoginGate = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Counts an attempt for `account` from `address` and says whether its password may be checked.
 * Call `loginSucceeded` or `loginFailed` after the check.
 */
export async function loginGate(account: string, address: string): Promise<LoginGate> {
  const attempt = await addressAttempts.hit(address);
  if (attempt.limited) {
    if (attempt.count === ADDRESS_ATTEMPTS + 1) {
      const { count: blocks } = await addressBlocks.hit(address);
      const seconds = blockSeconds(blocks);
      await addressAttempts.block(address, seconds);
      return { ok: false, retryAfterMs: seconds * 1000 };
    }
    return { ok: false, retryAfterMs: attempt.retryAfterMs };
  }
  const [byAccount, pair] = await Promise.all([accountFailures.isLimited(account), accountAddressFailures.peek(pairKey(account, address))]);
  if (byAccount.limited && pair.count > 0) return { ok: false, retryAfterMs: byAccount.retryAfterMs };
  return { ok: true };
}

/** A wrong password (or an unknown name): counts against the account and marks this address for it. */
export async function loginFailed(account: string, address: string): Promise<void> {
  await Promise.all([accountFailures.hit(account), accountAddressFailures.hit(pairKey(account, address))]);
}

/** The owner got in: the attempt is given back and the address is no longer suspect for this account. */
export async function loginSucceeded(account: string, address: string): Promise<void> {
  await Promise.all([addressAttempts.refund(address), accountAddressFailures.reset(pairKey(account, address))]);
}

/** 1, 2, 4, 8 … minutes, at most an hour. */
export function blockSeconds(blocksToday: number): number {
  return Math.min(MINUTE * 2 ** Math.max(blocksToday - 1, 0), MAX_BLOCK_SECONDS);
}

function pairKey(account: string, address: string) {
  return `${account}|${address}`;
}
