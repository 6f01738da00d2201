import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { test, expect, type DemoRole, type LoginAs, type NewPage } from './fixtures';
import { TEST_DIST_DIR } from '../support/e2e-env';

// Junk input must get a 4xx, never a 500 (issue 15, point 5): malformed requests to every server
// action and every route handler of the build under test, anonymous and logged in as partner and
// as editor. The generator is seeded, so a failure names a request that can be sent again.

const SEED = 20261130;
const CONCURRENCY = 12;
const MIN_REQUESTS = 2_000;
/** Of each action's and each route's malformations, a seeded sample per role keeps the run under a minute. */
const PER_ACTION = 26;
const PER_ROUTE = 20;
/**
 * Non-empty uploads count against the per-address upload limits that the photo specs also use (all
 * specs come from 127.0.0.1); sent logged in, whose limit is the larger one.
 */
const PHOTO_UPLOADS = 2;

type Role = 'anonymous' | 'partner' | 'editor';
type Probe = { label: string; method: string; path: string; headers: Record<string, string>; body?: string | Buffer; role: Role };
type ActionInfo = { id: string; name: string; pages: string[] };

const dist = path.join(process.cwd(), TEST_DIST_DIR);

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A URL path for an app route, with junk in its dynamic segments ("app/(partner)/partner/[id]/page" → "/partner/fuzz"). */
function urlFor(appPath: string, fill = 'fuzz'): string {
  const segments = appPath
    .replace(/^app/, '')
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s) && s !== 'page' && s !== 'route')
    .map((s) => (s.startsWith('[') ? fill : s));
  return '/' + segments.join('/');
}

/** Every server action of the build, with one page that uses it (new actions are covered without editing this spec). */
function serverActions(): ActionInfo[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const pages = Object.keys(entry.workers)
      .filter((w) => w.endsWith('/page'))
      .map((w) => urlFor(w));
    return { id, name: entry.exportedName ?? id, pages: pages.length ? pages : ['/'] };
  });
}

/** Every route handler of the build ("/api/media/[name]/route", …). */
function routeHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'server/app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.keys(manifest).filter((p) => p.endsWith('/route') && !p.includes('/_'));
}

const STATE = { ok: false, fieldErrors: {}, values: {} };

/** A multipart body as a browser would send it, from (name, value, filename?) parts. */
function multipart(parts: [string, string, string?][], boundary = '----FuzzBoundary7MA4YWxkTrZu0gW'): { body: string; type: string } {
  const body =
    parts
      .map(([name, value, filename]) => {
        const disposition = `Content-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}`;
        return `--${boundary}\r\n${disposition}\r\n${filename ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n${value}\r\n`;
      })
      .join('') + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** The arguments React's encodeReply sends for `action(previousState, formData)`: the root row and the form's fields. */
function replyParts(root: unknown, fields: Record<string, string> = { junk: 'x' }): [string, string][] {
  return [...Object.entries(fields).map(([k, v]): [string, string] => [`_1_${k}`, v]), ['0', JSON.stringify(root)]];
}

// Values that are not what our actions take: React Flight reply references, wrong types, too many.
const FLIGHT_REFERENCES = [
  '$K1',
  '$Q1',
  '$@1',
  '$F1',
  '$h1',
  '$T',
  '$nabc',
  `$n${'9'.repeat(400)}`,
  '$Dgarbage',
  '$AAAA',
  '$i1',
  '$W1',
  '$B1',
  '$R1',
  '$r1',
  '$X1',
  '$l1',
  '$Y',
  '$Z',
  '$S',
  '$1',
  '$',
  '$1:a:b',
  '$K',
  '$undefined',
  '$-0',
  '$NaN',
  '$Infinity',
  '$E',
  '$P1',
  '$d1',
];
const ODD_ROOTS: unknown[] = [
  'hello',
  42,
  null,
  true,
  {},
  [],
  [1, 2],
  ['a', 'b'],
  [{}, 'x'],
  [null, null],
  [{}, {}],
  [[], '$K1'],
  ['$K1', '$K1'],
  [STATE, '$K1', '$K1'],
  { 0: '$K1' },
  [STATE, { a: '$K1' }],
];

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

function sample<T>(rng: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function junkString(rng: () => number, length: number): string {
  const alphabet = 'abcXYZ019$_:@[]{}"\\\'<>%&=;\r\n\t ️é€\u0000';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** A page with the action that the role may open, so that the request gets past proxy.ts to the action. */
function pageFor(action: ActionInfo, role: Role): string {
  const area = (p: string) => (p.startsWith('/partner') ? 'partner' : p.startsWith('/redactie') ? 'editor' : 'anonymous');
  return action.pages.find((p) => area(p) === role) ?? action.pages.find((p) => area(p) === 'anonymous') ?? action.pages[0];
}

/** Malformed calls of one server action, as `role`, with the Origin of this site unless the probe is about the Origin. */
function actionProbes(action: ActionInfo, role: Role, rng: () => number, origin: string): Probe[] {
  const probes: Probe[] = [];
  const page = pageFor(action, role);
  const add = (label: string, headers: Record<string, string>, body?: string | Buffer, pagePath = page) =>
    probes.push({
      label: `${action.name} ${label}`,
      method: 'POST',
      path: pagePath,
      headers: { origin, 'next-action': action.id, ...headers },
      body,
      role,
    });
  const form = (root: unknown, fields?: Record<string, string>) => multipart(replyParts(root, fields));

  // The shape our forms send, with junk in the fields: refused by the schema, not a crash.
  const ok = form([STATE, '$K1'], { [junkString(rng, 5)]: junkString(rng, 20) });
  add('junk fields', { 'content-type': ok.type }, ok.body);
  // Arguments that are no form.
  for (const root of ODD_ROOTS)
    add(`text root ${JSON.stringify(root)}`, { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify(root));
  const someRoots = [pick(rng, ODD_ROOTS), pick(rng, ODD_ROOTS)];
  for (const root of someRoots) {
    const m = form(root);
    add(`multipart root ${JSON.stringify(root)}`, { 'content-type': m.type }, m.body);
  }
  // Flight references where the state or the form should be.
  for (const ref of FLIGHT_REFERENCES) {
    const root = rng() < 0.5 ? [ref] : [STATE, ref];
    add(`reference ${JSON.stringify(root)}`, { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify(root));
  }
  const ref = pick(rng, FLIGHT_REFERENCES);
  const inState = form([{ ...STATE, values: { a: ref } }, '$K1']);
  add(`reference in state ${ref}`, { 'content-type': inState.type }, inState.body);
  // Too many arguments, too deep, not JSON, not UTF-8, empty.
  add('1500 arguments', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify(Array(1500).fill(0)));
  add('nested 5000 deep', { 'content-type': 'text/plain;charset=UTF-8' }, nested(5000));
  add('invalid JSON', { 'content-type': 'text/plain;charset=UTF-8' }, pick(rng, ['{', '[1,', '["a"', 'nul', ']', '"\\u12"']));
  add('invalid UTF-8', { 'content-type': 'text/plain;charset=UTF-8' }, Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x5d]));
  add('empty text body', { 'content-type': 'text/plain;charset=UTF-8' }, '');
  // Broken multipart.
  add('multipart without boundary', { 'content-type': 'multipart/form-data' }, ok.body);
  add('multipart with another boundary', { 'content-type': 'multipart/form-data; boundary=other' }, ok.body);
  add('multipart cut short', { 'content-type': ok.type }, ok.body.slice(0, Math.floor(ok.body.length * rng())));
  add('multipart garbage', { 'content-type': ok.type }, junkString(rng, 300));
  const noRoot = multipart([['_1_a', 'b']]);
  add('multipart without root', { 'content-type': noRoot.type }, noRoot.body);
  const fileRoot = multipart([['0', JSON.stringify([STATE, '$K1']), 'root.json']]);
  add('multipart root as file', { 'content-type': fileRoot.type }, fileRoot.body);
  const base64 = ok.body.replace(
    'Content-Disposition: form-data; name="0"',
    'Content-Disposition: form-data; name="_1_f"; filename="a.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\nYQ==\r\n--' +
      ok.type.split('=')[1] +
      '\r\nContent-Disposition: form-data; name="0"',
  );
  add('multipart base64 file', { 'content-type': ok.type }, base64);
  const badRoot = multipart([['0', junkString(rng, 40)]]);
  add('multipart root not JSON', { 'content-type': badRoot.type }, badRoot.body);
  const huge = form([STATE, '$K1'], { big: 'x'.repeat(1_200_000) });
  add('field over 1 MB', { 'content-type': huge.type }, huge.body);
  const many = multipart([
    ['0', JSON.stringify([STATE, '$K1'])],
    ...Array.from({ length: 1200 }, (_, i): [string, string] => [`_1_f${i}`, 'v']),
  ]);
  add('1200 fields', { 'content-type': many.type }, many.body);
  // Headers: foreign, null and broken Origin; wrong Content-Type; broken router state.
  for (const bad of ['https://evil.example', 'null', 'garbage', 'http://', `${origin}:1`, 'http://127.0.0.1.evil.example']) {
    add(`origin ${bad}`, { origin: bad, 'content-type': ok.type }, ok.body);
  }
  for (const type of [
    'application/json',
    'image/png',
    'text/html',
    'application/octet-stream',
    'multipart/mixed; boundary=x',
    ok.type.toUpperCase(),
    'text/plain; charset=utf-16',
    '',
  ]) {
    add(
      `content-type ${JSON.stringify(type)}`,
      { 'content-type': type },
      type.startsWith('MULTIPART') ? ok.body : JSON.stringify([STATE, '$K1']),
    );
  }
  for (const tree of [
    '%',
    '[',
    '{"a":1}',
    encodeURIComponent('["",{}]'),
    encodeURIComponent('[1,{}]'),
    'x'.repeat(50_000),
    encodeURIComponent(nested(2000)),
  ]) {
    add(`router state ${tree.slice(0, 20)}`, { 'next-router-state-tree': tree, 'content-type': ok.type }, ok.body);
  }
  // The same action posted to another page: Next.js forwards it to a page that has it.
  add(
    'on another page',
    { 'content-type': ok.type },
    ok.body,
    pick(rng, ['/', '/inloggen', '/partner', '/redactie', '/api/health', '/does-not-exist']),
  );
  // A form post without JavaScript (no Next-Action header), broken in several ways.
  const mpa = (parts: [string, string, string?][], label: string, headers: Record<string, string> = {}) => {
    const m = multipart(parts);
    probes.push({
      label: `${action.name} no-JS ${label}`,
      method: 'POST',
      path: page,
      headers: { origin, 'content-type': m.type, ...headers },
      body: m.body,
      role,
    });
  };
  mpa(
    [
      [`$ACTION_ID_${action.id}`, ''],
      ['junk', junkString(rng, 10)],
    ],
    'without state',
  );
  mpa(
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', JSON.stringify({ id: action.id, bound: '$@1' })],
      ['$ACTION_1:1', JSON.stringify([STATE])],
      ['$ACTION_KEY', 'k1'],
      ['a', 'b'],
    ],
    'with state',
    { origin: pick(rng, ['https://evil.example', 'null', 'garbage']) },
  );
  mpa(
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', JSON.stringify({ id: action.id, bound: '$@1' })],
      ['$ACTION_1:1', JSON.stringify([pick(rng, FLIGHT_REFERENCES)])],
      ['$ACTION_KEY', 'k1'],
    ],
    'with a reference as state',
  );
  mpa(
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', junkString(rng, 30)],
      ['$ACTION_KEY', 'k1'],
    ],
    'with a broken descriptor',
  );
  mpa(
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', JSON.stringify({ id: action.id, bound: pick(rng, ['$@2', '$Q1', 'x', 5]) })],
    ],
    'with broken bound arguments',
  );
  mpa(
    [
      [`$ACTION_ID_${action.id.slice(0, 20)}`, ''],
      ['a', 'b'],
    ],
    'with a short id',
  );
  return sample(rng, probes, PER_ACTION);
}

/** Requests with broken action ids, to the pages that have actions. */
function idProbes(pages: string[], role: Role, rng: () => number, origin: string, someId: string): Probe[] {
  const ok = multipart(replyParts([STATE, '$K1']));
  const ids = [
    '',
    'x',
    '0'.repeat(42),
    'g'.repeat(42),
    someId.slice(1),
    `${someId}0`,
    someId.toUpperCase(),
    `${someId},${someId}`,
    'a'.repeat(2000),
    'toString',
    '__proto__',
    junkString(rng, 42).replace(/[^\x21-\x7e]/g, 'q'),
  ];
  return ids.flatMap((id) =>
    [ok, { body: JSON.stringify([STATE, '$K1']), type: 'text/plain;charset=UTF-8' }].map((b) => ({
      label: `action id ${JSON.stringify(id.slice(0, 50))}`,
      method: 'POST',
      path: pick(rng, pages),
      headers: { origin, 'next-action': id, 'content-type': b.type },
      body: b.body,
      role,
    })),
  );
}

/** Malformed requests to one route handler. */
function routeProbes(route: string, role: Role, rng: () => number, origin: string, uploads: { left: number }): Probe[] {
  const probes: Probe[] = [];
  const fills = [
    'fuzz',
    '..%2F..%2Fetc%2Fpasswd',
    '..',
    '%00',
    '%2e%2e',
    'a'.repeat(300),
    '%ZZ',
    'x.webp',
    '....%2F%2Fx.jpg',
    'foo%5C..%5Cbar',
  ];
  const add = (label: string, method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer) =>
    probes.push({ label: `${route} ${label}`, method, path: target, headers: { origin, ...headers }, body, role });
  const at = (fill: string) => urlFor(route, fill);
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
    const isUpload = route === '/api/photos/route' && method === 'POST';
    add(
      `${method}`,
      method,
      at(pick(rng, fills)),
      isUpload ? { 'content-type': 'image/png' } : {},
      method === 'GET' || method === 'HEAD' || isUpload ? undefined : junkString(rng, 50),
    );
  }
  for (const fill of fills) add(`GET ${fill}`, 'GET', at(fill));
  for (const query of [
    '?%',
    '?a=%ZZ',
    '?' + 'a=1&'.repeat(500),
    '?callbackUrl=https://evil.example',
    '?token[]=1&token[]=2',
    '?\u00ff=\u00fe',
  ])
    add(`GET query ${query.slice(0, 20)}`, 'GET', at('fuzz') + query);
  for (const [type, body] of [
    ['application/json', '{"a":'],
    ['application/json', JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: {} } })],
    ['application/x-www-form-urlencoded', 'csrfToken=x&identifier=%ZZ&password=%'],
    ['text/plain', junkString(rng, 200)],
    ['multipart/form-data; boundary=x', '--x\r\nbroken'],
  ] as const) {
    add(`POST ${type}`, 'POST', at('fuzz'), { 'content-type': type }, body);
  }
  if (route === '/api/auth/[...nextauth]/route') {
    for (const sub of [
      'session',
      'csrf',
      'providers',
      'signin',
      'signout',
      'callback/credentials',
      'callback/evil',
      'signin/evil',
      'error?error=%ZZ',
      'verify-request',
      'webauthn-options/x',
      '%2e%2e/%2e%2e/x',
    ]) {
      add(`GET ${sub}`, 'GET', `/api/auth/${sub}`);
      add(
        `POST ${sub}`,
        'POST',
        `/api/auth/${sub}`,
        { 'content-type': 'application/x-www-form-urlencoded' },
        `csrfToken=${junkString(rng, 10)}&identifier=${encodeURIComponent(junkString(rng, 10))}&password=x`,
      );
    }
  }
  if (route === '/api/photos/route') {
    add('POST empty', 'POST', '/api/photos', { 'content-type': 'image/jpeg' }, '');
    while (role === 'editor' && uploads.left > 0) {
      uploads.left--;
      add(
        'POST junk bytes',
        'POST',
        '/api/photos',
        { 'content-type': pick(rng, ['image/jpeg', 'image/png', 'text/plain', '']) },
        Buffer.from(junkString(rng, 500)),
      );
    }
    return probes;
  }
  if (route === '/api/jobs/daily/route') {
    for (const auth of ['', 'Bearer', 'Bearer x', 'Basic %%%', `Bearer ${'a'.repeat(5000)}`])
      add(`POST authorization ${auth.slice(0, 12)}`, 'POST', '/api/jobs/daily', { authorization: auth });
  }
  return sample(rng, probes, route === '/api/auth/[...nextauth]/route' ? 2 * PER_ROUTE : PER_ROUTE);
}

async function loginCookie(
  { newPage, loginAs }: { newPage: NewPage; loginAs: LoginAs },
  who: DemoRole,
  home: string,
  captured: { request?: { headers: Record<string, string>; body: Buffer | null } },
): Promise<string> {
  const page = await newPage();
  const context = page.context();
  // The real request a browser sends for one of our forms: the spec's bodies follow its shape.
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'] && !captured.request)
      captured.request = { headers: request.headers(), body: request.postDataBuffer() };
  });
  await loginAs(who, page);
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** The status of the answer, or the client's error when there was none (a dropped connection counts as a failure). */
async function send(request: APIRequestContext, probe: Probe, cookies: Record<Role, string>, index: number): Promise<number | string> {
  // Each request is a client of its own (the e2e server trusts one proxy, which the spec plays):
  // the junk logins and uploads must not use up the limits of 127.0.0.1, which the other specs share.
  const headers: Record<string, string> = { 'x-forwarded-for': `198.18.${(index >> 8) & 255}.${index & 255}`, ...probe.headers };
  if (cookies[probe.role]) headers.cookie = cookies[probe.role];
  try {
    const response = await request.fetch(probe.path, { method: probe.method, headers, data: probe.body, maxRedirects: 0, timeout: 30_000 });
    await response.body().catch(() => undefined);
    return response.status();
  } catch (error) {
    return `no answer (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`;
  }
}

test('junk input to every server action and route handler gets a 4xx, never a 500', async ({ newPage, loginAs, request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const captured: { request?: { headers: Record<string, string>; body: Buffer | null } } = {};
  const cookies: Record<Role, string> = {
    anonymous: '',
    partner: await loginCookie({ newPage, loginAs }, 'partner', '/partner', captured),
    editor: await loginCookie({ newPage, loginAs }, 'editor', '/redactie', captured),
  };
  // What a real form sends is what this spec malforms: multipart, the form's fields "_1_…", then the root row "0".
  expect(captured.request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(captured.request?.body?.toString('latin1')).toMatch(/name="_1_identifier"[\s\S]*name="0"\r\n\r\n\[\{"ok":false,[^\r]*"\$K1"\]/);

  const actions = serverActions();
  const routes = routeHandlers();
  expect(actions.length).toBeGreaterThan(10);
  expect(routes).toContain('/api/photos/route');

  const rng = random(SEED);
  const uploads = { left: PHOTO_UPLOADS };
  const probes: Probe[] = [];
  for (const role of ['anonymous', 'partner', 'editor'] as const) {
    for (const action of actions) probes.push(...actionProbes(action, role, rng, origin));
    probes.push(...idProbes([...new Set(actions.map((a) => pageFor(a, role)))], role, rng, origin, actions[0].id));
    for (const route of routes) probes.push(...routeProbes(route, role, rng, origin, uploads));
  }
  // Logging out ends the session the other probes use: those go last.
  probes.sort((a, b) => Number(a.label.startsWith('logoutAction')) - Number(b.label.startsWith('logoutAction')));
  expect(probes.length).toBeGreaterThanOrEqual(MIN_REQUESTS);

  const started = Date.now();
  const statuses = new Map<number | string, number>();
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < probes.length) {
        const index = next++;
        const probe = probes[index];
        const status = await send(request, probe, cookies, index);
        const key = typeof status === 'number' ? status : 'no answer';
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (typeof status === 'string' || status >= 500)
          failures.push(`${status} ${probe.method} ${probe.path} as ${probe.role}: ${probe.label}`);
      }
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [...statuses]
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  console.log(`[fuzz] ${probes.length} requests in ${seconds} s: ${summary}`);
  expect(failures, `${failures.length} of ${probes.length} requests answered 5xx or not at all (${summary})`).toEqual([]);

  // And the server still answers normally afterwards: pages, and a login through the real form.
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get('/')).status()).toBe(200);
  expect(await loginCookie({ newPage, loginAs }, 'partner', '/partner', captured)).not.toBe('');
});
