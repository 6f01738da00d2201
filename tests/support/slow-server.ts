// A server of lib/server/serve.ts with a request handler of its own, for tests/unit/server-shutdown.test.ts:
//   /slow?ms=N  answers after N ms;  /ready  503 once the stop has begun (as /api/health/ready);
//   /log        logs through console and logError, as the app's code does.
// Two shutdown hooks print when they run (one registered `last`, as lib/db.ts's pool). Logs are JSON.
// Env: DRAIN_MS, TIMEOUT_MS. Prints {"msg":"listening","port":…} when it accepts connections.
import { log, logError, logAsJson } from '../../lib/log';
import { serve, stopOnSignals } from '../../lib/server/serve';
import { onShutdown, stopping } from '../../lib/shutdown';

logAsJson();
onShutdown('database pool', async () => log('info', 'hook ran', { hook: 'pool' }), { last: true });
onShutdown('worker', async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  log('info', 'hook ran', { hook: 'worker' });
});

const serving = await serve(
  async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/slow') await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms'))));
    if (url.pathname === '/ready') response.statusCode = stopping() ? 503 : 200;
    if (url.pathname === '/log') {
      await Promise.resolve();
      console.log('inside the request', { partner: 7 });
      response.setHeader('x-error-id', logError(new TypeError('boom')));
    }
    if (url.pathname === '/fail') throw new Error('handler failed');
    response.end('done');
  },
  { port: 0, hostname: '127.0.0.1', drainMs: Number(process.env.DRAIN_MS), timeoutMs: Number(process.env.TIMEOUT_MS) },
);
stopOnSignals(serving);
log('info', 'listening', { port: serving.port });
