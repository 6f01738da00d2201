import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/accounts/passwords';
import { authenticate } from '@/lib/accounts/service';
import { ADDRESS_ATTEMPTS, ACCOUNT_FAILURES, blockSeconds } from '@/lib/accounts/throttle';
import { clearExpiredLimits } from '@/lib/limits/limiter';
import { resetDb } from '../support/db';

// Login throttling against the real database: two clients, an attacker and the owner, on their own
// client addresses. The clock is moved with fake Dates; the counters live in PostgreSQL.

const PASSWORD = 'de redactie leest alles twee keer';
const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

async function account(username: string) {
  await prisma.user.create({
    data: {
      username,
      email: `${username}@dordrecht.nl`,
      passwordHash: await hashPassword(PASSWORD),
      role: 'EDITOR',
      name: username,
      emailConfirmedAt: new Date(),
    },
  });
}

let now = Date.parse('2026-11-30T09:00:00Z');
const advance = (ms: number) => vi.setSystemTime((now += ms));

beforeEach(async () => {
  await resetDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  advance(DAY_APART);
});
afterEach(() => vi.useRealTimers());
afterAll(() => prisma.$disconnect());

/** Each test starts a day after the previous one, so the library's clean-up of earlier rows can't interfere. */
const DAY_APART = 24 * 60 * MINUTE;

describe('an attacker cannot lock the owner out', () => {
  test("ten wrong passwords for 'redactie' from one address: the owner's right password from another address still gets in", async () => {
    await account('redactie');
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await authenticate('redactie', `geraden wachtwoord ${i}`, ATTACKER);
      answers.push(result.ok ? 'ok' : result.reason);
    }
    // Five are checked, then the attacker's address is blocked.
    expect(answers).toEqual([...Array(ADDRESS_ATTEMPTS).fill('invalid'), ...Array(10 - ADDRESS_ATTEMPTS).fill('throttled')]);
    expect(await authenticate('redactie', PASSWORD, OWNER)).toMatchObject({ ok: true, user: { role: 'EDITOR' } });
    // Even the attacker with the right password is held off while its address is blocked.
    expect(await authenticate('redactie', PASSWORD, ATTACKER)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  test('many attacker addresses put the account under attack: they are kept out, the owner on a clean address is not', async () => {
    await account('redactie');
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(await authenticate('redactie', `poging ${i}`, `203.0.113.${i + 1}`)).toEqual({ ok: false, reason: 'invalid' });
    }
    // Those addresses are not blocked as such, but may no longer try this account…
    expect(await authenticate('redactie', PASSWORD, '203.0.113.1')).toMatchObject({ ok: false, reason: 'throttled' });
    // …while an address that has not failed for it (the owner's) gets in, and a new one is still checked.
    expect(await authenticate('redactie', PASSWORD, OWNER)).toMatchObject({ ok: true });
    expect(await authenticate('redactie', 'nog een gok', '203.0.113.200')).toEqual({ ok: false, reason: 'invalid' });
    // A quarter of an hour without failures ends the state.
    advance(16 * MINUTE);
    expect(await authenticate('redactie', PASSWORD, '203.0.113.1')).toMatchObject({ ok: true });
  });

  test('the owner mistyping a few times still gets in with the right password', async () => {
    await account('vergeetachtig');
    // Failures count for the address for a minute, also after a success (or an attacker would log in
    // to an account of their own to start counting afresh): 3 + 1 wrong, with 2 right in between.
    for (let i = 0; i < ADDRESS_ATTEMPTS - 2; i++) {
      expect(await authenticate('vergeetachtig', `bijna goed ${i}`, OWNER)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate('vergeetachtig', PASSWORD, OWNER)).toMatchObject({ ok: true });
    expect(await authenticate('vergeetachtig', 'nog één keer fout', OWNER)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate('vergeetachtig', PASSWORD, OWNER)).toMatchObject({ ok: true });
  });

  test('successful logins from one address (an office) do not use up its attempts', async () => {
    for (const name of ['anna', 'bram', 'cem', 'dewi', 'eva', 'fleur', 'gijs', 'hanna']) await account(name);
    for (const name of ['anna', 'bram', 'cem', 'dewi', 'eva', 'fleur', 'gijs', 'hanna']) {
      expect(await authenticate(name, PASSWORD, OWNER)).toMatchObject({ ok: true });
    }
  });
});

describe('spraying one password over many accounts', () => {
  test('50 usernames at once from one address: 5 are checked, the rest refused, and the next minute stays closed', async () => {
    await account('redactie');
    const names = Array.from({ length: 50 }, (_, i) => (i === 25 ? 'redactie' : `partner${i}`));
    const results = await Promise.all(names.map((name) => authenticate(name, 'Welkom2026!', ATTACKER)));
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(checked).toBe(ADDRESS_ATTEMPTS);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(50 - ADDRESS_ATTEMPTS);

    // Blocked for a minute from the attempt that went over: ≤ 5 tries in any minute.
    advance(59 * SECOND);
    expect(await authenticate('partner51', 'Welkom2026!', ATTACKER)).toMatchObject({ ok: false, reason: 'throttled' });
    advance(2 * SECOND);
    expect(await authenticate('partner52', 'Welkom2026!', ATTACKER)).toEqual({ ok: false, reason: 'invalid' });
  });

  test('each block that day lasts twice as long (1, 2, 4 … minutes, at most an hour), and the answer says how long', async () => {
    expect([1, 2, 3, 4, 7, 20].map(blockSeconds)).toEqual([60, 120, 240, 480, 3600, 3600]);
    const burst = async (tag: string) => {
      const results = [];
      for (let i = 0; i <= ADDRESS_ATTEMPTS; i++) results.push(await authenticate(`${tag}${i}`, 'Zomer2026', ATTACKER));
      return results.at(-1);
    };
    expect(await burst('a')).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 60 * SECOND });
    advance(61 * SECOND);
    expect(await burst('b')).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 120 * SECOND });
    advance(61 * SECOND);
    expect(await authenticate('c', 'Zomer2026', ATTACKER)).toMatchObject({ ok: false, reason: 'throttled' });
    advance(60 * SECOND);
    expect(await authenticate('c', 'Zomer2026', ATTACKER)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the counters live in PostgreSQL', () => {
  test('a restart (fresh modules, so fresh limiter objects) keeps the block', async () => {
    for (let i = 0; i <= ADDRESS_ATTEMPTS; i++) await authenticate(`naam${i}`, 'Zomer2026', ATTACKER);
    vi.resetModules();
    const fresh = await import('@/lib/accounts/service');
    expect(await fresh.authenticate('naam9', 'Zomer2026', ATTACKER)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await fresh.authenticate('naam9', 'Zomer2026', OWNER)).toEqual({ ok: false, reason: 'invalid' });
  });

  test('stale keys do not pile up: rows an hour past their expiry are removed', async () => {
    await authenticate('iemand', 'Zomer2026', ATTACKER);
    const rows = await prisma.rateLimit.count();
    expect(rows).toBeGreaterThan(0);
    expect(await clearExpiredLimits(new Date(now + 30 * MINUTE))).toBe(0);
    // The longest window here is a day.
    expect(await clearExpiredLimits(new Date(now + 25 * 60 * MINUTE + 1))).toBe(rows);
    expect(await prisma.rateLimit.count()).toBe(0);
  });
});
