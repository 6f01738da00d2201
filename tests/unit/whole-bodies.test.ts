import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BodyMemo, finishResponses } from '@/lib/server/whole-bodies';
import { characterReferences } from '@/components/layout/SiteHeader';
import { LOCALES } from '@/lib/i18n/locales';

// lib/server/whole-bodies.ts on a real HTTP server, wired as scripts/server.ts wires it (gzip, then the
// ETag kept per page), with handlers that answer as Next.js does: a cached page as one string, with
// Content-Length set before; a rendered page in chunks.
const PAGE = `<!DOCTYPE html><p>Zwembad De Wervers – één keer gratis · العربية · Українська</p>${'<li>aanbod</li>'.repeat(200)}`;
const OTHER = PAGE.replace('gratis', 'korting');

let server: Server;
let port: number;
const memo = new BodyMemo();

beforeAll(async () => {
  server = createServer((request, response) => {
    finishResponses(request, response, memo);
    const url = new URL(request.url ?? '/', 'http://x');
    const whole = (body: string, status = 200) => {
      response.statusCode = status;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-length', Buffer.byteLength(body));
      response.end(body);
    };
    if (url.pathname === '/page') return whole(PAGE);
    if (url.pathname === '/other') return whole(OTHER);
    if (url.pathname === '/missing') return whole('<p>Niet gevonden</p>', 404);
    // Streamed, as a page rendered on request.
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.write(PAGE.slice(0, 100));
    setImmediate(() => response.end(PAGE.slice(100)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a whole page', () => {
  test('goes out as its UTF-8 bytes with a weak ETag, the same for the same page, another for another', async () => {
    const first = await get('/page');
    expect(first.status).toBe(200);
    expect(first.body.toString('utf8')).toBe(PAGE);
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)));
    expect(first.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect((await get('/page')).headers.etag).toBe(first.headers.etag);
    expect((await get('/other')).headers.etag).not.toBe(first.headers.etag);
  });

  test('a browser that has it gets 304 without a body; a forced reload or another tag gets the page', async () => {
    const etag = (await get('/page')).headers.etag as string;
    const cached = await get('/page', { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect(cached.body.length).toBe(0);
    expect(cached.headers.etag).toBe(etag);
    expect(cached.headers['content-length']).toBeUndefined();
    // Compared weakly, as for any GET, also in a list and as "*".
    expect((await get('/page', { 'if-none-match': `"x", ${etag.slice(2)}` })).status).toBe(304);
    expect((await get('/page', { 'if-none-match': '*' })).status).toBe(304);
    expect((await get('/page', { 'if-none-match': etag, 'cache-control': 'no-cache' })).status).toBe(200);
    expect((await get('/page', { 'if-none-match': 'W/"something-else"' })).status).toBe(200);
    // The tag of one page does not stand for another.
    expect((await get('/other', { 'if-none-match': etag })).body.toString('utf8')).toBe(OTHER);
  });

  test('is gzipped for a client that asks, under the same ETag', async () => {
    const plain = await get('/page');
    const zipped = await get('/page', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(PAGE);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
  });
});

describe('left as Next.js sends them', () => {
  test('a streamed page, an error page, a POST: no ETag, the body intact', async () => {
    const streamed = await get('/streamed');
    expect(streamed.body.toString('utf8')).toBe(PAGE);
    expect(streamed.headers.etag).toBeUndefined();
    const missing = await get('/missing');
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    const posted = await get('/page', {}, 'POST');
    expect(posted.body.toString('utf8')).toBe(PAGE);
    expect(posted.headers.etag).toBeUndefined();
  });

  test('a streamed page is gzipped too', async () => {
    const zipped = await get('/streamed', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(PAGE);
  });
});

describe('BodyMemo', () => {
  test('keeps the most recently used pages within its bounds, and the same entry for a page', () => {
    const small = new BodyMemo(2, 1024 * 1024);
    const a = small.get('a'.repeat(10));
    small.get('b'.repeat(10));
    expect(small.get('a'.repeat(10))).toBe(a);
    small.get('c'.repeat(10));
    expect(small.count).toBe(2);
    // "b" was used least recently: it went, "a" stayed.
    expect(small.get('a'.repeat(10))).toBe(a);
    const bytes = new BodyMemo(100, 3000);
    for (const letter of 'defgh') bytes.get(letter.repeat(500));
    // 500 characters count 1500 bytes (the key, and its bytes): two at most.
    expect(bytes.count).toBe(2);
    // A page larger than the whole bound is still answered.
    expect(bytes.get('x'.repeat(5000)).bytes.length).toBe(5000);
  });
});

describe('the language names of every public page', () => {
  test('are ASCII in the HTML, and the same names once the browser has read them', () => {
    const decode = (html: string) => html.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    for (const { name } of Object.values(LOCALES)) {
      const html = characterReferences(name);
      expect(html).toMatch(/^[\x20-\x7e]+$/);
      expect(decode(html)).toBe(name);
    }
    expect(characterReferences('A & <b>"')).toBe('A &#x26; &#x3c;b&#x3e;&#x22;');
  });
});
