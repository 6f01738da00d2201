import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/accounts/passwords';
import { secureCookies } from '@/lib/auth/config';
import { resetDb } from '../support/db';

// The login through next-auth's own handler (lib/auth with our config, as app/api/auth serves it),
// and the proxy's NextAuth(authConfig) reading the cookie it set: Secure cookies follow APP_URL.

const PASSWORD = 'een lang genoeg wachtwoord';
// What the app sees behind a proxy that ends TLS: plain http to itself, whatever the browser used.
const INTERNAL = 'http://localhost:3000';

beforeEach(async () => {
  await resetDb();
  await prisma.user.create({
    data: {
      email: 'p@voorbeeld.nl',
      username: 'partner',
      passwordHash: await hashPassword(PASSWORD),
      role: 'PARTNER',
      name: 'P',
      emailConfirmedAt: new Date(),
    },
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});
afterAll(() => prisma.$disconnect());

/** Loads lib/auth (and the proxy's instance) with APP_URL and logs in; returns the Set-Cookie lines. */
async function login(appUrl: string, nodeEnv: 'production' | 'test' = 'test') {
  vi.stubEnv('APP_URL', appUrl);
  vi.stubEnv('NODE_ENV', nodeEnv);
  vi.stubEnv('AUTH_SECRET', 'unit-test-secret-0123456789abcdef');
  vi.resetModules();
  const { handlers } = await import('@/lib/auth');
  const { NextRequest } = await import('next/server');

  const csrf = await handlers.GET(new NextRequest(`${INTERNAL}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie()[0].split(';')[0];
  const response = await handlers.POST(
    new NextRequest(`${INTERNAL}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
      body: new URLSearchParams({ identifier: 'partner', password: PASSWORD, csrfToken, callbackUrl: '/partner' }),
    }),
  );
  expect(response.status).toBe(302);
  const setCookies = [...csrf.headers.getSetCookie(), ...response.headers.getSetCookie()];
  const session = setCookies.find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  expect(session, 'a session cookie').toBeDefined();
  return { setCookies, session: session! };
}

/** The role the proxy (its own NextAuth(authConfig), as in proxy.ts) reads from the session cookie. */
async function roleSeenByProxy(sessionCookie: string) {
  const { default: NextAuth } = await import('next-auth');
  const { authConfig } = await import('@/lib/auth/config');
  const { handlers } = NextAuth(authConfig);
  const { NextRequest } = await import('next/server');
  const response = await handlers.GET(
    new NextRequest(`${INTERNAL}/api/auth/session`, { headers: { cookie: sessionCookie.split(';')[0] } }),
  );
  const body = (await response.json()) as { user?: { role?: string } } | null;
  return body?.user?.role ?? null;
}

const attributes = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());

describe('session cookies', () => {
  test('with an https APP_URL: Secure and __Secure-, also when the request reached the app over http', async () => {
    const { setCookies, session } = await login('https://dordtpas.example');
    expect(session.startsWith('__Secure-authjs.session-token=')).toBe(true);
    expect(attributes(session)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
    // Every cookie next-auth sets (csrf, callback URL) is Secure too.
    for (const cookie of setCookies) expect(attributes(cookie), cookie.split('=')[0]).toContain('secure');
    expect(await roleSeenByProxy(session)).toBe('PARTNER');
  });

  test('with http://localhost (development, the e2e server): not Secure, or the browser would drop it', async () => {
    const { setCookies, session } = await login('http://localhost:3000');
    expect(session.startsWith('authjs.session-token=')).toBe(true);
    for (const cookie of setCookies) expect(attributes(cookie), cookie.split('=')[0]).not.toContain('secure');
    expect(await roleSeenByProxy(session)).toBe('PARTNER');
  });
});

describe('secureCookies()', () => {
  test('https APP_URL: always; production with http APP_URL: next-auth decides per request (X-Forwarded-Proto); development: never', () => {
    expect(secureCookies({ APP_URL: 'https://dordtpas.nl', NODE_ENV: 'production' })).toBe(true);
    expect(secureCookies({ APP_URL: 'https://dordtpas.nl', NODE_ENV: 'development' })).toBe(true);
    expect(secureCookies({ APP_URL: 'http://127.0.0.1:3100', NODE_ENV: 'production' })).toBeUndefined();
    expect(secureCookies({ APP_URL: 'http://localhost:3000', NODE_ENV: 'development' })).toBe(false);
    expect(secureCookies({ NODE_ENV: 'test' })).toBe(false);
  });
});
