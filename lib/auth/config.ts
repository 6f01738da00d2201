import type { NextAuthConfig } from 'next-auth';

// The part of the auth configuration that needs no database: used by proxy.ts and by lib/auth/index.ts.
export type Role = 'PARTNER' | 'EDITOR';

/** A session ends 8 hours after login, however active it is. */
export const SESSION_MAX_MS = 8 * 60 * 60 * 1000;

/**
 * Whether cookies get the `Secure` flag (and next-auth's `__Secure-`/`__Host-` names): always when
 * the site's address is https; in production with an http APP_URL, per request from the
 * X-Forwarded-Proto that a TLS-terminating proxy sends (undefined lets next-auth decide so); never
 * in development, where the browser would drop them on http://localhost. One decision, taken here,
 * so that proxy.ts and lib/auth/index.ts (both built from authConfig) read the same cookie name.
 */
export function secureCookies(env: { APP_URL?: string; NODE_ENV?: string } = process.env): boolean | undefined {
  if (env.APP_URL && URL.canParse(env.APP_URL) && new URL(env.APP_URL).protocol === 'https:') return true;
  return env.NODE_ENV === 'production' ? undefined : false;
}

/** The same rule for the app's own cookies, given the request's X-Forwarded-Proto. */
export function secureCookie(forwardedProto: string | null): boolean {
  return secureCookies() ?? forwardedProto?.split(',')[0].trim() === 'https';
}

export const authConfig = {
  trustHost: true,
  useSecureCookies: secureCookies(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_MS / 1000 },
  pages: { signIn: '/inloggen' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: Role; organisationId: string | null; sessionToken: string };
        token.sub = u.id;
        token.role = u.role;
        token.organisationId = u.organisationId;
        // The server-side session (lib/accounts/sessions.ts); the JWT is encrypted, so only the
        // server reads it, and without AUTH_SECRET it cannot be put into another cookie.
        token.sid = u.sessionToken;
        token.loginAt = Date.now();
      }
      // The cookie is renewed while the user is active; the login itself still expires.
      if (typeof token.loginAt !== 'number' || Date.now() - token.loginAt > SESSION_MAX_MS) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as Role;
      session.user.organisationId = (token.organisationId as string | null) ?? null;
      session.user.sessionToken = typeof token.sid === 'string' ? token.sid : '';
      return session;
    },
  },
} satisfies NextAuthConfig;

/** Which role a path needs, or null for public paths. */
export function roleForPath(pathname: string): Role | null {
  if (pathname === '/partner' || pathname.startsWith('/partner/')) return 'PARTNER';
  if (pathname === '/redactie' || pathname.startsWith('/redactie/')) return 'EDITOR';
  return null;
}

export function homeFor(role: Role): string {
  return role === 'EDITOR' ? '/redactie' : '/partner';
}

/**
 * Only same-site paths may be redirect targets (after login, after choosing a language). A browser
 * drops tabs and line breaks from a URL and reads `\` as `/`, so `/\t/evil.example` would be
 * `//evil.example`: no control character or backslash at all, and the path must stay on this site.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next) || next.length > 2000) return null;
  const base = 'http://same.invalid';
  if (!URL.canParse(next, base) || new URL(next, base).origin !== base) return null;
  return next;
}

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; organisationId: string | null; sessionToken: string; name?: string | null; email?: string | null };
  }
}
