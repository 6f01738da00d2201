import { createHmac, timingSafeEqual } from 'node:crypto';

// The background jobs that need Next.js's cache (dropping the public pages at midnight) run as a
// request to /api/jobs/daily, which the server sends to itself (instrumentation.ts): revalidating
// only works inside a request. The token is derived from AUTH_SECRET, so only this server knows it.

export function jobToken(secret = process.env.AUTH_SECRET): string | null {
  return secret ? createHmac('sha256', secret).update('dordtpas-jobs').digest('base64url') : null;
}

export function isJobRequest(authorization: string | null): boolean {
  const token = jobToken();
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice(7));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Pages cached by an earlier run of the server (another database, a deploy) are dropped once at
// start; until then /api/health says "starting".
const state = globalThis as unknown as { __dordtpasPagesFresh?: boolean };
export const markPagesFresh = () => void (state.__dordtpasPagesFresh = true);
export const pagesFresh = () => state.__dordtpasPagesFresh === true || jobToken() === null;
