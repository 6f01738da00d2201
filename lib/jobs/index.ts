import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

// The background jobs run on a queue in PostgreSQL (lib/jobs/worker.ts, ADR 0030). The ones that need
// Next.js's cache (dropping the public pages at midnight) are a request to /api/jobs/daily, which the
// worker sends to its own server: revalidating only works inside a request. The token is derived
// from AUTH_SECRET, so only the servers know it.

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

/** Does this instance run the job worker? JOBS_WORKER=0 says another instance does. */
export const jobWorkerEnabled = (): boolean => env().JOBS_WORKER !== '0';

// Pages cached by an earlier run of the server (another database, a deploy) are dropped once at
// start; until then /api/health says "starting".
const state = globalThis as unknown as { __dordtpasPagesFresh?: boolean };
export const markPagesFresh = () => void (state.__dordtpasPagesFresh = true);
export const pagesFresh = () => state.__dordtpasPagesFresh === true || jobToken() === null;
