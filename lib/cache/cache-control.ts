import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { secondsUntilMidnight } from '@/lib/i18n/format';

// What shared caches (nginx, a CDN) and browsers are told about a response (ADR 0031). Next.js marks
// its cached pages `s-maxage=<revalidate>, stale-while-revalidate=<a year>`, which a CDN would take as
// leave to show a withdrawn offer for a day or more. Instead:
//  - a public cached page: browsers revalidate every time (max-age=0: a pass holder never keeps a
//    withdrawn offer), a shared cache keeps it SHARED_SECONDS, or PURGED_SHARED_SECONDS when the app
//    purges the front on every change (FRONT_PURGE_URL), never past Dordrecht's midnight and never stale;
//  - anything private (the portal, the editors, the API except photos, dev pages, anything that is
//    not a GET or HEAD, anything that sets a cookie) is never stored by anyone.

/** Without a purge target: how long a shared cache may still show an offer after its withdrawal. */
export const SHARED_SECONDS = 60;
/** With a purge target: the front is purged on every change and at midnight; this bounds a lost purge. */
export const PURGED_SHARED_SECONDS = 3600;
export const PRIVATE = 'private, no-cache, no-store, max-age=0, must-revalidate';

const PRIVATE_PATHS = /^\/(partner|redactie|dev)(\/|$)|^\/api\/(?!media\/)/;

export type CacheContext = {
  method: string | undefined;
  path: string;
  /** Whether the response sets a cookie. */
  setsCookie: boolean;
  /** Whether a purge target is configured (FRONT_PURGE_URL). */
  purged: boolean;
  now?: Date;
};

/** The Cache-Control to send instead of `current` (what Next.js set, or undefined). */
export function cacheControlFor(current: string | undefined, context: CacheContext): string | undefined {
  const isPublic = current !== undefined && /\b(public|s-maxage)\b/i.test(current);
  const method = (context.method ?? 'GET').toUpperCase();
  if (PRIVATE_PATHS.test(context.path) || (method !== 'GET' && method !== 'HEAD') || context.setsCookie)
    return current === undefined || isPublic ? PRIVATE : current;
  // Only Next.js's cached pages and data carry s-maxage; static files and photos keep their own header.
  if (current === undefined || !/\bs-maxage=/i.test(current)) return current;
  const limit = context.purged ? PURGED_SHARED_SECONDS : SHARED_SECONDS;
  const seconds = Math.max(0, Math.min(limit, secondsUntilMidnight(context.now)));
  return `public, max-age=0, s-maxage=${seconds}, must-revalidate`;
}

/**
 * Makes `response` send cacheControlFor's header: it is decided when the headers go out (Next.js
 * sets Cache-Control, and a cookie, at different moments). Used by scripts/server.ts.
 */
export function applyCacheControl(request: IncomingMessage, response: ServerResponse, purged = Boolean(process.env.FRONT_PURGE_URL)) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // Headers handed to writeHead itself win over setHeader's: take them into account too.
    const given = args.find((a): a is OutgoingHttpHeaders => typeof a === 'object' && a !== null && !Array.isArray(a));
    if (given)
      for (const name of Object.keys(given))
        if (/^(cache-control|set-cookie)$/i.test(name)) {
          this.setHeader(name, given[name] as string | string[]);
          delete given[name];
        }
    const current = this.getHeader('cache-control');
    const next = cacheControlFor(current === undefined ? undefined : String(current), {
      method: request.method,
      path: (request.url ?? '/').split('?')[0],
      setsCookie: this.hasHeader('set-cookie'),
      purged,
    });
    if (next === undefined) this.removeHeader('cache-control');
    else this.setHeader('cache-control', next);
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof response.writeHead;
}
