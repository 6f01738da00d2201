import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { env } from '@/lib/env';

// The address a request came from, for every limit. Our server (scripts/server.ts) appends the
// socket's address to X-Forwarded-For, as a proxy does; entries before it are only as trustworthy
// as the proxies that wrote them. With TRUSTED_PROXIES = n (default 0) we skip the n addresses our
// own proxies appended and take the one before them: a client can put anything at the front of the
// header, but not behind the proxies.

/** The client's address from an X-Forwarded-For value, trusting the last `trustedProxies` hops. */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((entry) => normalise(entry.trim()))
    .filter((entry) => entry !== '');
  if (!hops.length) return 'unknown';
  // Fewer hops than proxies configured: the first address is the furthest we can see.
  return hops[Math.max(hops.length - 1 - trustedProxies, 0)];
}

/** "::ffff:127.0.0.1" is 127.0.0.1; anything that is not an IP address (a forged word) counts as itself, bounded. */
function normalise(entry: string): string {
  const unbracketed = entry.replace(/^\[(.*)\](:\d+)?$/, '$1');
  const mapped = unbracketed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  return isIP(mapped) ? mapped.toLowerCase() : mapped.slice(0, 64);
}

/** The client's address of a request (route handlers, next-auth's authorize) or of headers() (server actions). */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  return clientAddressFrom(headers.get('x-forwarded-for'), env().TRUSTED_PROXIES);
}

/** What scripts/server.ts does to every request before Next.js sees it: append the socket's address. */
export function appendSocketAddress(request: IncomingMessage): void {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  const earlier = (Array.isArray(forwarded) ? forwarded.join(', ') : forwarded)?.trim();
  request.headers['x-forwarded-for'] = earlier ? `${earlier}, ${socketAddress}` : socketAddress;
}
