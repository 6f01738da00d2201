import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'next/dist/compiled/compression';
import { releaseCompressionStream } from 'next/dist/server/lib/release-compression-stream';

// The end of a response whose body is one whole string: every cached or static page (Next.js ends
// those with `res.end(html)`; what it renders while streaming goes out in chunks and is not touched).
// Next.js would hash the whole page for its ETag and encode it to UTF-8 again on every request: for
// a 31 kB offer page that is a quarter of the server's time per request (ADR 0041). Here both are
// done once per page and kept (BodyMemo): the ETag, the answer 304 to a browser that has the page,
// and the bytes. Under scripts/server.ts Next.js neither compresses nor makes ETags (next.config.ts):
// finishResponses does both, in this order.

type Entry = { etag: string; bytes: Buffer };

/** The pages' ETags and bytes, most recently used last; bounded by count and by bytes. */
export class BodyMemo {
  private entries = new Map<string, Entry>();
  private size = 0;

  constructor(
    private readonly maxEntries = 256,
    private readonly maxBytes = 24 * 1024 * 1024,
  ) {}

  /**
   * The entry of this body. Looking up a string key hashes it once: V8 keeps a string's hash with
   * the string, and Next.js's cache hands out the same string for every hit on a page.
   */
  get(body: string): Entry {
    let entry = this.entries.get(body);
    if (entry) {
      this.entries.delete(body);
      this.entries.set(body, entry);
      return entry;
    }
    const bytes = Buffer.from(body, 'utf8');
    // Weak: the front or Next.js's compression may send the same page gzipped under this tag.
    entry = { etag: `W/"${createHash('sha1').update(bytes).digest('base64url')}"`, bytes };
    this.entries.set(body, entry);
    // The key (up to 2 bytes a character) and the bytes.
    this.size += body.length * 2 + bytes.length;
    for (const [key, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.size <= this.maxBytes) break;
      if (old === entry) break;
      this.entries.delete(key);
      this.size -= key.length * 2 + old.bytes.length;
    }
    return entry;
  }

  get count(): number {
    return this.entries.size;
  }
}

const shared = new BodyMemo();

/** Whether the browser's If-None-Match names this ETag (compared weakly, as for a GET), as `fresh` does for Next.js. */
export function notModified(request: IncomingMessage, etag: string): boolean {
  const given = request.headers['if-none-match'];
  if (!given) return false;
  // "Cache-Control: no-cache" from the browser (a forced reload) asks for the page itself.
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(request.headers['cache-control'] ?? '')) return false;
  if (given.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return given.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * Makes `response` end a whole-string 200 body of a GET as above. Call it after anything
 * else that wraps `response.end` (the compression of scripts/server.ts), so that it sees the body first.
 */
function finishWholeBodies(request: IncomingMessage, response: ServerResponse, memo = shared): void {
  // A HEAD is ended without its body (Next.js's end(null)): nothing to tag.
  if (request.method !== 'GET') return;
  const end = response.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    const [body] = args;
    if (typeof body !== 'string' || typeof args[1] === 'string' || this.headersSent || this.statusCode !== 200)
      return end.apply(this, args);
    const entry = memo.get(body);
    this.setHeader('etag', entry.etag);
    // end(body, callback?): whatever came after the body is handed on as it was.
    const rest = args.slice(1);
    if (notModified(request, entry.etag)) {
      this.statusCode = 304;
      for (const name of ['content-length', 'content-type', 'content-encoding']) this.removeHeader(name);
      return end.call(this, undefined, ...rest);
    }
    return end.call(this, entry.bytes, ...rest);
  } as typeof response.end;
}

const compress = compression();

/**
 * For scripts/server.ts: gzip as Next.js applies it with `compress: true` (router-server.js: the same
 * middleware, and its stream released when the client leaves early), then finishWholeBodies around it.
 */
export function finishResponses(request: IncomingMessage, response: ServerResponse, memo = shared): void {
  compress(request, response, () => {});
  response.once('close', () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
  finishWholeBodies(request, response, memo);
}
