import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PRIVATE, PURGED_SHARED_SECONDS, SHARED_SECONDS, applyCacheControl, cacheControlFor } from '@/lib/cache/cache-control';

// What shared caches and browsers are told (ADR 0031): public cached pages briefly and never past
// Dordrecht's midnight, private things never.

const NEXT_ISR = 's-maxage=78489, stale-while-revalidate=31457511';
const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const NOON = new Date('2026-12-02T11:00:00Z'); // 12:00 in Dordrecht
const get = (path: string, overrides: Partial<Parameters<typeof cacheControlFor>[1]> = {}) => ({
  method: 'GET',
  path,
  setsCookie: false,
  purged: false,
  now: NOON,
  ...overrides,
});

describe('a public cached page', () => {
  test(`shared caches keep it ${SHARED_SECONDS} s without a purge target, ${PURGED_SHARED_SECONDS} s with one; browsers revalidate; nothing stale`, () => {
    expect(cacheControlFor(NEXT_ISR, get('/'))).toBe(`public, max-age=0, s-maxage=${SHARED_SECONDS}, must-revalidate`);
    expect(cacheControlFor(NEXT_ISR, get('/aanbod/zwemmen', { purged: true }))).toBe(
      `public, max-age=0, s-maxage=${PURGED_SHARED_SECONDS}, must-revalidate`,
    );
    expect(cacheControlFor('s-maxage=31536000', get('/overzicht/sport', { method: 'HEAD' }))).toContain(`s-maxage=${SHARED_SECONDS},`);
  });

  test('never past Dordrecht’s midnight (winter and summer time)', () => {
    const late = new Date('2026-12-02T22:59:30Z'); // 23:59:30 in Dordrecht
    expect(cacheControlFor(NEXT_ISR, get('/', { now: late }))).toContain('s-maxage=30,');
    expect(cacheControlFor(NEXT_ISR, get('/', { now: new Date('2026-07-01T21:30:00Z'), purged: true }))).toContain('s-maxage=1800,');
  });
});

describe('never stored by a shared cache', () => {
  test('the portal, the editors, the API, dev pages: private even when Next.js would call them public', () => {
    for (const path of [
      '/partner',
      '/partner/aanbod/x',
      '/redactie',
      '/redactie/partners',
      '/api/health',
      '/api/auth/session',
      '/dev/mail',
    ]) {
      expect(cacheControlFor(NEXT_ISR, get(path)), path).toBe(PRIVATE);
      expect(cacheControlFor(undefined, get(path)), path).toBe(PRIVATE);
      expect(cacheControlFor('no-store', get(path)), path).toBe('no-store');
    }
  });

  test('a POST (a server action), anything that sets a cookie', () => {
    expect(cacheControlFor(NEXT_ISR, get('/', { method: 'POST' }))).toBe(PRIVATE);
    expect(cacheControlFor(undefined, get('/aanmelden', { method: 'POST' }))).toBe(PRIVATE);
    expect(cacheControlFor(NEXT_ISR, get('/', { setsCookie: true }))).toBe(PRIVATE);
  });

  test('what Next.js already marks private or static stays as it is; photos stay cacheable for a year', () => {
    expect(cacheControlFor(NEXT_DYNAMIC, get('/zoeken'))).toBe(NEXT_DYNAMIC);
    expect(cacheControlFor(undefined, get('/zoeken'))).toBeUndefined();
    const immutable = 'public, max-age=31536000, immutable';
    expect(cacheControlFor(immutable, get('/_next/static/chunks/a.js'))).toBe(immutable);
    expect(cacheControlFor(immutable, get('/api/media/abc.webp'))).toBe(immutable);
    // A lookalike path is not the portal.
    expect(cacheControlFor(NEXT_ISR, get('/partners-van-dordtpas'))).toContain('public');
  });
});

describe('applyCacheControl on a real HTTP response', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      applyCacheControl(request, response, false);
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.searchParams.has('cookie')) response.setHeader('Set-Cookie', 'a=b');
      if (url.searchParams.has('writeHead')) response.writeHead(200, { 'Cache-Control': NEXT_ISR });
      else response.setHeader('Cache-Control', NEXT_ISR);
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the header set with setHeader or writeHead is the bounded one; a cookie or a private path makes it private', async () => {
    const header = async (path: string, init?: RequestInit) => (await fetch(base + path, init)).headers.get('cache-control');
    expect(await header('/')).toMatch(/^public, max-age=0, s-maxage=\d+, must-revalidate$/);
    expect(await header('/?writeHead=1')).toMatch(/^public, max-age=0, s-maxage=\d+, must-revalidate$/);
    expect(await header('/?cookie=1')).toBe(PRIVATE);
    expect(await header('/redactie?writeHead=1')).toBe(PRIVATE);
    expect(await header('/', { method: 'POST' })).toBe(PRIVATE);
  });
});
