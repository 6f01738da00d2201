import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, Agent } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loggedPath } from '@/lib/server/serve';

// lib/server/serve.ts in a real process with a slow handler of its own (tests/support/slow-server.ts),
// stopped by a real signal: what an instance does when the platform takes it away (ADR 0033).
const root = path.resolve(__dirname, '../..');

type Line = Record<string, unknown> & { level: string; msg: string };
type Server = { child: ChildProcess; port: number; lines: Line[]; raw: string[]; exit: Promise<number | null> };
const started: ChildProcess[] = [];

async function startServer(env: { DRAIN_MS: number; TIMEOUT_MS: number }): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/slow-server.ts'], {
    cwd: root,
    env: { ...process.env, DRAIN_MS: String(env.DRAIN_MS), TIMEOUT_MS: String(env.TIMEOUT_MS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const raw: string[] = [];
  const lines: Line[] = [];
  let announce: (port: number) => void;
  const listening = new Promise<number>((resolve) => (announce = resolve));
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const part of parts.filter(Boolean)) {
        raw.push(part);
        const line = JSON.parse(part) as Line;
        lines.push(line);
        if (line.msg === 'listening') announce(line.port as number);
      }
    });
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await Promise.race([listening, exit.then((code) => Promise.reject(new Error(`exited ${code}: ${raw.join('\n')}`)))]);
  return { child, port, lines, raw, exit };
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };
function get(port: number, pathname: string, options: { agent?: Agent; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, agent: options.agent, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', () => {
  test('not ready during the drain, then new connections refused; the request in flight finishes, hooks run, exit 0', async () => {
    const server = await startServer({ DRAIN_MS: 800, TIMEOUT_MS: 5000 });
    // A keep-alive connection that is idle when the stop comes must not hold the exit up.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(server.port, '/ready', { agent })).status).toBe(200);
    const idleSocketClosed = new Promise<void>((resolve) => Object.values(agent.freeSockets)[0]![0]!.once('close', () => resolve()));

    const inFlight = get(server.port, '/slow?ms=1800');
    await sleep(150);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await sleep(200);
    // Draining: still accepting, but not ready.
    expect((await get(server.port, '/ready')).status).toBe(503);
    expect((await get(server.port, '/slow?ms=0')).body).toBe('done');

    await sleep(900);
    await expect(get(server.port, '/ready')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await idleSocketClosed;

    const answer = await inFlight;
    expect(answer).toMatchObject({ status: 200, body: 'done' });
    expect(await server.exit).toBe(0);
    // 800 ms drain, the slow request's rest (~1 s), the 100 ms hook: well under the 5 s timeout.
    expect(performance.now() - signalled).toBeLessThan(3500);

    const hooks = server.lines.filter((l) => l.msg === 'hook ran').map((l) => l.hook);
    expect(hooks).toEqual(['worker', 'pool']);
    const slow = server.lines.find((l) => l.msg === 'request' && l.requestId === answer.headers['x-request-id']);
    expect(slow).toMatchObject({ level: 'info', method: 'GET', path: '/slow?ms', status: 200 });
    expect(slow!.durationMs).toBeGreaterThanOrEqual(1800);
    expect(server.lines.at(-1)).toMatchObject({ msg: 'stopped', code: 0 });
    expect(server.lines.find((l) => l.msg === 'stopping')).toMatchObject({ reason: 'SIGTERM', inFlight: 1 });
    agent.destroy();
  });

  test('a request that outlasts SHUTDOWN_TIMEOUT_MS is cut off and the exit code says so', async () => {
    const server = await startServer({ DRAIN_MS: 0, TIMEOUT_MS: 400 });
    const hanging = get(server.port, '/slow?ms=20000');
    await sleep(150);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await expect(hanging).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(await server.exit).toBe(1);
    expect(performance.now() - signalled).toBeLessThan(2000);
    expect(server.lines.find((l) => l.level === 'warn')!.msg).toMatch(/shutdown timeout/);
    expect(server.lines.filter((l) => l.msg === 'hook ran')).toHaveLength(2);
  });

  test('a second signal (npm and tsx relay them) does not start a second stop', async () => {
    const server = await startServer({ DRAIN_MS: 300, TIMEOUT_MS: 2000 });
    server.child.kill('SIGINT');
    await sleep(50);
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.lines.filter((l) => l.msg === 'stopping')).toHaveLength(1);
    expect(server.lines.filter((l) => l.msg === 'hook ran')).toHaveLength(2);
  });
});

describe('logs: one JSON object a line, with the request id', () => {
  test('the id of the caller when it looks like one, else a new one; on every line of the request; echoed', async () => {
    const server = await startServer({ DRAIN_MS: 0, TIMEOUT_MS: 2000 });
    const nginxId = 'a3f1c2d4e5b60718293a4b5c6d7e8f90';
    const answer = await get(server.port, '/log?token=secret-value', { headers: { 'x-request-id': nginxId } });
    expect(answer.headers['x-request-id']).toBe(nginxId);
    for (const forged of ['short', 'x'.repeat(65), 'id with spaces and "quotes"', '../../etc']) {
      const id = (await get(server.port, '/slow?ms=0', { headers: { 'x-request-id': forged } })).headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
    const failed = await get(server.port, '/fail');
    expect(failed.status).toBe(500);
    expect(failed.body).toBe('');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    // Every line of the process parsed as JSON (startServer would have thrown otherwise) and has these.
    for (const line of server.lines) {
      expect(typeof line.time).toBe('string');
      expect(['debug', 'info', 'warn', 'error']).toContain(line.level);
    }
    const mine = server.lines.filter((l) => l.requestId === nginxId);
    // The error goes to stderr, the rest to stdout: between the two pipes the order of arrival is not
    // the order of writing (it once came in after the access log line), so only stdout's is checked.
    expect(mine.map((l) => l.msg).sort()).toEqual(['inside the request { partner: 7 }', 'request', 'unexpected error']);
    expect(mine.filter((l) => l.level !== 'error').map((l) => l.msg)).toEqual(['inside the request { partner: 7 }', 'request']);
    const error = mine.find((l) => l.msg === 'unexpected error')!;
    expect(error).toMatchObject({ level: 'error', errorId: answer.headers['x-error-id'], error: { name: 'TypeError', message: 'boom' } });
    expect((error.error as { stack: string }).stack).toContain('slow-server.ts');
    // The access log line: no query values (a token, a search for a name).
    expect(mine.find((l) => l.msg === 'request')).toMatchObject({ method: 'GET', path: '/log?token', status: 200 });
    expect(server.raw.join('\n')).not.toContain('secret-value');
    expect(server.lines.find((l) => l.msg === 'request failed')).toMatchObject({ level: 'error', error: { message: 'handler failed' } });
  });

  test('the access log keeps the path and the names of the query parameters', () => {
    expect(loggedPath('/zoeken?zoek=jan%20jansen&pagina=2&zoek=x')).toBe('/zoeken?zoek&pagina');
    expect(loggedPath('/aanbod/zwembad')).toBe('/aanbod/zwembad');
    expect(loggedPath('/?')).toBe('/');
    expect(loggedPath(undefined)).toBe('/');
  });
});
