import { expect, runDailyJob, sendListingToPartner, sql, test, type InsertPartner } from './fixtures';
import { E2E_BASE_URL, E2E_PORT, e2eServerEnv } from '../support/e2e-env';
import { ensureRedis, testRedisUrl } from '../../scripts/redis';
import { startInstance, type Instance } from '../../scripts/instances';
import { SHARED_SECONDS } from '../../lib/cache/cache-control';
import { RENDER_WINDOW_MS } from '../../lib/cache/redis-handler';
import { redisStore } from '../../lib/cache/redis-store';

// Issue 19, "every instance sees every change" (ADR 0031): two instances of our production server
// (scripts/server.ts) from the e2e build, on the e2e database and one Redis. An offer published
// through A is what B serves on its next request; withdrawn through B it is gone from A and B as
// soon as the action has returned. On the way: what shared caches are told, and a cached page's
// latency through Redis against the default cache of the e2e server.

// Apart from the lifecycle spec's instance (+ 4) and the front spec's (+ 5, + 6).
const A = `http://127.0.0.1:${E2E_PORT + 7}`;
const B = `http://127.0.0.1:${E2E_PORT + 8}`;
/** An instance whose Redis is not there. */
const C = `http://127.0.0.1:${E2E_PORT + 9}`;
const TITLE = 'Schaatsen op De Wielen';
const PARTNER = { username: 'ijsbaan', password: 'ijsbaan-demo-2026', name: 'IJsbaan De Wielen' };

const instances: Instance[] = [];

/** One more instance of the production server on `base`'s port, sharing Redis under `prefix`. */
async function start(base: string, prefix: string, redisUrl = testRedisUrl()) {
  const env = { ...e2eServerEnv(), APP_URL: base, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
  instances.push(await startInstance(Number(new URL(base).port), env));
}

const prefix = `e2e-${process.pid}-${Date.now()}:`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await ensureRedis();
  await Promise.all([start(A, prefix), start(B, prefix), start(C, prefix, 'redis://127.0.0.1:1')]);
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  // The run's entries would expire in two days; they go now.
  const store = redisStore(testRedisUrl());
  await store.run(async (c) => {
    const keys = await c.keys(`${prefix}*`);
    if (keys.length) await c.del(keys);
  });
  await store.close();
});

function createPartner(insertPartner: InsertPartner) {
  return insertPartner({
    username: PARTNER.username,
    password: PARTNER.password,
    displayName: PARTNER.name,
    legalName: 'Stichting IJsbaan De Wielen',
    partnerType: 'CREDIT',
    category: 'sport',
  });
}

const html = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-nextjs-cache') };
};

/** Never stored by a shared cache or the browser. */
const expectPrivate = (header: string | null | undefined, what: string) => {
  expect(header ?? '', what).toMatch(/\bno-store\b/);
  expect(header ?? '', what).not.toMatch(/public|s-maxage/);
};

/** Median and 95th percentile of `n` sequential GETs of `url`, in ms. */
async function latency(url: string, n = 200) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(n / 2)], p95: times[Math.floor(n * 0.95)] };
}

test('published through A it is what B serves next; withdrawn through B it is gone from A and B at once', async ({
  loginAs,
  newPage,
  insertPartner,
}) => {
  test.setTimeout(150_000);
  await createPartner(insertPartner);
  // Both instances have the catalog cached, without the offer.
  for (const base of [A, B]) {
    await html(`${base}/`);
    expect((await html(`${base}/`)).text).not.toContain(TITLE);
  }

  // The editorial loop through A (cookies are per host, not per port: the login on the e2e server holds).
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`${A}/redactie`);
  await sendListingToPartner(
    editor,
    PARTNER.name,
    TITLE,
    'Schaatsen op de ijsbaan van De Wielen. Betaal je kaartje met je Dordtpas-tegoed.',
  );
  const partner = await loginAs(PARTNER, await newPage());
  await partner.goto(`${A}/partner`);
  await partner.getByRole('link', { name: `behandel: ${TITLE}` }).click();
  await partner.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(partner.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();
  expect(new URL(partner.url()).origin).toBe(A);
  const published = Date.now();

  // B's next request has it: the catalog and the detail page.
  const [{ slug }] = await sql<{ slug: string }>('SELECT slug FROM "CatalogEntry" WHERE title = $1', [TITLE]);
  expect((await html(`${B}/`)).text).toContain(TITLE);
  const first = await html(`${B}/aanbod/${slug}`);
  expect(first.status).toBe(200);
  expect(first.text).toContain(TITLE);
  // What shared caches are told: the public pages briefly, the private ones never.
  for (const path of ['/', `/aanbod/${slug}`]) {
    const response = await fetch(A + path);
    expect(response.headers.get('cache-control'), path).toMatch(new RegExp(`^public, max-age=0, s-maxage=\\d+, must-revalidate$`));
    expect(Number(/s-maxage=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]), path).toBeLessThanOrEqual(SHARED_SECONDS);
  }
  for (const path of ['/redactie', '/redactie/partners', '/api/health', '/api/auth/session']) {
    const response = await editor.request.get(A + path);
    expect(response.status(), path).toBe(200);
    expectPrivate(response.headers()['cache-control'], path);
  }
  const anonymous = await fetch(`${A}/partner`, { redirect: 'manual' });
  expectPrivate(anonymous.headers.get('cache-control'), '/partner (anonymous)');
  const post = await fetch(`${A}/`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
  expectPrivate(post.headers.get('cache-control'), 'POST /');

  // Rendered by B, served to A from the shared cache. Renders in the first RENDER_WINDOW_MS after a
  // change are not kept (they may hold data from before it), so B renders it once more after that.
  await new Promise((r) => setTimeout(r, Math.max(0, published + RENDER_WINDOW_MS + 100 - Date.now())));
  await html(`${B}/aanbod/${slug}`);
  const onA = await html(`${A}/aanbod/${slug}`);
  expect([onA.status, onA.cache]).toEqual([200, 'HIT']);
  expect(onA.text).toContain(TITLE);

  // A cached page through Redis (A) and through the default in-process cache (the e2e server).
  await html(`${E2E_BASE_URL}/aanbod/${slug}`);
  const viaRedis = await latency(`${A}/aanbod/${slug}`);
  const viaDefault = await latency(`${E2E_BASE_URL}/aanbod/${slug}`);
  console.log(
    `[cache] cached detail page, 200 sequential GETs: Redis handler median ${viaRedis.median.toFixed(2)} ms, p95 ${viaRedis.p95.toFixed(2)} ms; ` +
      `default cache median ${viaDefault.median.toFixed(2)} ms, p95 ${viaDefault.p95.toFixed(2)} ms`,
  );

  // Withdrawn through B: the next request to either instance no longer has it.
  await editor.goto(editor.url().replace(A, B));
  expect(new URL(editor.url()).origin).toBe(B);
  await editor.getByLabel('Reden (de partner krijgt deze te lezen)').fill('De ijsbaan is dicht.');
  await editor.getByRole('button', { name: 'Offline halen' }).click();
  await expect(editor.getByText('Het aanbod is offline gehaald.')).toBeVisible();
  for (const base of [A, B]) {
    expect((await html(`${base}/aanbod/${slug}`)).status, base).toBe(404);
    expect((await html(`${base}/`)).text, base).not.toContain(TITLE);
  }
  // The e2e server cached the page for the measurement; it drops it as after midnight.
  await runDailyJob();
});

test('with its Redis away an instance serves every page from the database: no error, nothing stale', async () => {
  for (let i = 0; i < 3; i++) {
    expect((await html(`${C}/`)).status).toBe(200);
    expect((await html(`${C}/voorwaarden`)).status).toBe(200);
    const gone = await html(`${C}/aanbod/bestaat-niet`);
    expect(gone.status).toBe(404);
    expect(gone.text).toContain('Dit aanbod is niet (meer) beschikbaar');
  }
  // Nothing came from a cache: every cached page is a miss.
  expect((await html(`${C}/`)).cache).toBe('MISS');
});
