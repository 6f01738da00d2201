// The answers of the registration form's public lookups (app/api/adres, app/api/kvk; ADR 0034, 0035):
// JSON that no cache in between keeps (what was looked up is someone's address or business; a front
// would keep it by URL), and the two answers every lookup shares.

export const lookupJson = (status: number, body: object, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', ...headers } });

/**
 * The register slow or down, or something of ours: the person types it. A 200 and not a 503: nginx
 * sends a GET that got 502/503/504 to the next instance (deploy/nginx.conf), which would make the
 * person wait twice as long for the same missing answer.
 */
export const lookupUnavailable = (message: string) => lookupJson(200, { unavailable: true, message });

/** Over the client address's limit; Retry-After in whole seconds. */
export const tooManyLookups = (message: string, retryAfterMs: number) =>
  lookupJson(429, { error: message }, { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) });
