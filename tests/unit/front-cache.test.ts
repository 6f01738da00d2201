import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFront, type Front } from '../../scripts/nginx';
import { FRONT_LIST_PAGES, frontCacheable, keepFrontCacheExact, publicPageUrls, purgeFront } from '@/lib/cache/front';
import { appendSocketAddress, clientAddressFrom } from '@/lib/limits/client-address';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { PREFIXED_LOCALES } from '@/lib/i18n/locales';
import { FRONT_PORT } from '../support/e2e-env';

// deploy/nginx.conf in real nginx, in front of a small stand-in for the app that answers every URL with
// a counter (so a test sees whether nginx or the app answered), through the app's own server hooks.

describe('which URLs a front may keep: exactly those the purge knows', () => {
  test('the public pages as the app links them', () => {
    for (const url of ['/', '/voorwaarden', '/sitemap.xml', '/robots.txt', '/aanbod/zwembad-de-wielen', '/aanbod/x-2'])
      expect(frontCacheable(url), url).toBe(true);
    for (const url of ['/?categorie=sport', '/?categorie=sport&soort=korting&kinderen=1&pagina=2', `/?pagina=${FRONT_LIST_PAGES}`])
      expect(frontCacheable(url), url).toBe(true);
    expect(frontCacheable('/_next/static/chunks/a1b2.js')).toBe(true);
    expect(frontCacheable('/api/media/abc.webp')).toBe(true);
    // A query on a content-addressed file is someone filling the cache: each variant would be kept.
    expect(frontCacheable('/_next/static/chunks/a1b2.js?1')).toBe(false);
    expect(frontCacheable('/api/media/abc.webp?v=2')).toBe(false);
    // A slug no offer can have (lib/offers/review.ts makes them) is nothing to keep.
    expect(frontCacheable(`/aanbod/${'a'.repeat(80)}`)).toBe(true);
    expect(frontCacheable(`/aanbod/${'a'.repeat(81)}`)).toBe(false);
    expect(frontCacheable('/aanbod/Zwemmen_Bij')).toBe(false);
  });

  test('other spellings of a page, searches, deep list pages and everything private are not', () => {
    for (const url of [
      '/?soort=korting&categorie=sport', // another order
      '/?categorie=sport&utm_source=x', // an unknown parameter
      '/?categorie=bestaat-niet',
      '/?pagina=1',
      '/?',
      `/?pagina=${FRONT_LIST_PAGES + 1}`,
      '/?zoek=zwembad',
      '/aanbod/zwembad?x=1',
      '/aanbod/Zwembad',
      '/aanbod/zwembad?_rsc=1x2y',
      '/overzicht/sport',
      '/zoeken?zoek=a',
      '/partner',
      '/redactie/aanbod',
      '/api/health',
      '/dev/mail',
      '/inloggen',
    ])
      expect(frontCacheable(url), url).toBe(false);
  });

  test('every cacheable catalog URL is in the purge list, and the list is every combination', () => {
    const urls = publicPageUrls(['a', 'b-2']);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => u === '/' || u.startsWith('/?'))).toHaveLength((CATEGORY_SLUGS.length + 1) * 3 * 2 * FRONT_LIST_PAGES);
    for (const url of urls) expect(frontCacheable(url), url).toBe(true);
    expect(urls).toEqual(
      expect.arrayContaining(['/', '/sitemap.xml', '/aanbod/a', '/aanbod/b-2', '/?categorie=sport&kinderen=1&pagina=3']),
    );
  });

  test('the same pages in every language are kept and purged, exactly as the pages link them (issue 21)', () => {
    const urls = publicPageUrls(['a']);
    for (const locale of PREFIXED_LOCALES) {
      expect(urls).toEqual(expect.arrayContaining([`/${locale}`, `/${locale}/aanbod/a`, `/${locale}?categorie=sport&kinderen=1&pagina=3`]));
      expect(urls.filter((u) => u === `/${locale}` || u.startsWith(`/${locale}?`))).toHaveLength(
        (CATEGORY_SLUGS.length + 1) * 3 * 2 * FRONT_LIST_PAGES,
      );
    }
    // Not pages of their own: a search, a Dutch-only page, a language that is not there, Dutch with a prefix.
    for (const url of ['/en?zoek=zwembad', '/en/voorwaarden', '/en/kaart', '/de', '/nl', '/nl/aanbod/a', '/en/', '/en?pagina=1'])
      expect(frontCacheable(url), url).toBe(false);
  });
});

describe('deploy/nginx.conf in nginx', () => {
  let front: Front;
  let app: Server;
  let dir: string;
  let served = 0;
  const seen: { url: string; headers: IncomingHttpHeaders; method: string }[] = [];

  beforeAll(async () => {
    // The app's server: the same two hooks as scripts/server.ts, then a page that a shared cache may keep.
    app = createServer((request, response) => {
      appendSocketAddress(request);
      keepFrontCacheExact(request, response);
      seen.push({ url: request.url ?? '', headers: request.headers, method: request.method ?? '' });
      served++;
      const status = request.url?.startsWith('/aanbod/weg') ? 404 : 200;
      response.statusCode = status;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', request.url?.startsWith('/partner') ? 'private, no-cache, no-store' : 's-maxage=3600');
      response.setHeader('vary', 'RSC, Accept-Encoding');
      response.end(`<html><body>${'pagina '.repeat(100)} ${served} ${request.url}</body></html>`);
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(path.join(tmpdir(), 'dordtpas-front-'));
    front = await startFront({
      listen: `127.0.0.1:${FRONT_PORT + 2}`,
      purgeListen: `127.0.0.1:${FRONT_PORT + 3}`,
      upstreams: [`127.0.0.1:${(app.address() as AddressInfo).port}`],
      // 127.0.0.2 is the app's address; this test's own requests come from 127.0.0.1.
      allow: ['127.0.0.2'],
      runDir: dir,
    });
  });

  afterAll(async () => {
    await front?.stop();
    await new Promise((resolve) => app?.close(resolve));
    if (dir && !process.env.KEEP_FRONT_DIR) rmSync(dir, { recursive: true, force: true });
  });

  const get = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(`${front.url}${url}`, init);
    return { status: response.status, cache: response.headers.get('x-cache'), body: await response.text(), headers: response.headers };
  };
  const purge = (url: string, localAddress: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${front.purgeUrl}${url}`,
        { method: 'PURGE', localAddress },
        (res) => (res.resume(), resolve(res.statusCode ?? 0)),
      );
      req.on('error', reject).end();
    });

  test('a public page is served from the cache, one copy for every client', async () => {
    const first = await get('/aanbod/zwembad');
    expect(first.cache).toBe('MISS');
    const again = await get('/aanbod/zwembad', { headers: { 'accept-encoding': 'br' } });
    expect(again).toMatchObject({ status: 200, cache: 'HIT', body: first.body });
  });

  test('gzip for whoever asks; the app is asked without it', async () => {
    const response = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      httpRequest(`${front.url}/voorwaarden`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(response.encoding).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toContain('/voorwaarden');
    expect(seen.find((s) => s.url === '/voorwaarden')!.headers['accept-encoding']).toBeUndefined();
  });

  test('never from or into the cache: a session cookie, a POST, the client router, private paths, other spellings', async () => {
    await get('/'); // now cached
    const before = served;
    const cookie = { headers: { cookie: 'a=1; __Secure-authjs.session-token.0=xyz' } };
    expect((await get('/', cookie)).cache).toBe('BYPASS');
    expect((await get('/', { method: 'POST', body: 'x' })).cache).toBeNull();
    expect((await get('/', { headers: { rsc: '1' } })).cache).toBe('BYPASS');
    expect(served).toBe(before + 3);
    // The app's answers to the logged-in visitor, the POST and the router did not replace the cached page.
    expect((await get('/')).cache).toBe('HIT');

    for (const url of [
      '/partner/aanbod',
      '/api/health',
      '/dev/mail',
      '/inloggen',
      '/?soort=korting&categorie=sport',
      '/aanbod/zwembad?utm=1',
    ]) {
      await get(url);
      const second = await get(url);
      expect(second.cache, url).not.toBe('HIT');
    }
    // The app said `private` for the other spellings, whatever the page said.
    expect((await get('/aanbod/zwembad?utm=1')).headers.get('cache-control')).toBe('private, no-cache');
    expect((await get(`/?pagina=${FRONT_LIST_PAGES + 1}`)).headers.get('cache-control')).toBe('private, no-cache');
    // Except for the rewrite's inner request (proxy.ts → /overzicht/<key>): the outer `/?…` decides.
    expect((await get('/overzicht/sport')).headers.get('cache-control')).toBe('s-maxage=3600');
  });

  test('the client address as TRUSTED_PROXIES=1 reads it, the Host as sent, and a request id for the logs', async () => {
    await get('/inloggen?adres', { headers: { 'x-forwarded-for': '6.6.6.6' } });
    const request = seen.findLast((s) => s.url === '/inloggen?adres')!;
    // The client's made-up entry, then the address nginx saw, then nginx's own (appended by our server).
    expect(request.headers['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.1, 127.0.0.1');
    expect(clientAddressFrom(request.headers['x-forwarded-for'] as string, 1)).toBe('127.0.0.1');
    expect(request.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    // Server actions compare the browser's Origin with it: the port must stay.
    expect(request.headers.host).toBe(new URL(front.url).host);
  });

  test('purge: exact URLs, only from the app instances, answered before the next request', async () => {
    await get('/aanbod/weg');
    expect((await get('/aanbod/weg')).cache).toBe('HIT');
    expect(await purge('/aanbod/weg', '127.0.0.1')).toBe(403);
    expect((await get('/aanbod/weg')).cache).toBe('HIT');

    const [report] = await purgeFront(['/aanbod/weg', '/aanbod/nooit-bezocht'], [new URL(front.purgeUrl)]);
    // From 127.0.0.1 the entry point refuses: purgeFront reports it, and does not throw.
    expect(report).toMatchObject({ purged: 0, failed: 2 });
    expect(await purge('/aanbod/weg', '127.0.0.2')).toBe(200);
    expect((await get('/aanbod/weg')).cache).toBe('MISS');
    expect(await purge('/aanbod/nooit-bezocht', '127.0.0.2')).toBe(404);
  });

  test('a front that cannot be reached costs the action at most the timeout and no error', async () => {
    const started = Date.now();
    const [report] = await purgeFront(['/'], [new URL('http://127.0.0.1:9')]);
    expect(report).toMatchObject({ purged: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(3500);
  });
});
