import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log, logError, requestIdFrom, withRequestId } from '@/lib/log';
import { markStopping, runShutdown } from '@/lib/shutdown';

// The HTTP side of the production server (scripts/server.ts), apart from Next.js so that a test can
// run it with a handler of its own: a request id and an access-log line for every request, and the
// stop that lets an instance leave a cluster without failing a request (ADR 0033):
//   1. not ready: /api/health/ready answers 503, while everything is still served (drainMs), so that
//      a load balancer that polls it takes the instance out before it refuses anything;
//   2. the listening socket closes (a new connection is refused), idle keep-alive connections close,
//      and a connection whose request finishes is closed after its response;
//   3. the requests in flight finish, for at most timeoutMs;
//   4. the shutdown hooks run (the job worker finishes its jobs, then the database pool closes), for
//      at most timeoutMs;
//   5. the exit code: 0, or 1 when a step had to be cut short.

export type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown;

export type ServeOptions = {
  port: number;
  hostname: string;
  /** How long the instance says "not ready" before it stops accepting connections. */
  drainMs: number;
  /** How long requests in flight, and then the shutdown hooks, may take before they are cut short. */
  timeoutMs: number;
};

export type Serving = {
  server: Server;
  /** The port listened on (when 0 was asked for: the one chosen). */
  port: number;
  /** Stops as above; resolves with the exit code. Calling it again returns the same stop. */
  stop: (reason: string) => Promise<number>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What the access log shows of a URL: the path, and the names of the query's parameters without their values (a search, a token). */
export function loggedPath(url: string | undefined): string {
  const raw = url ?? '/';
  const at = raw.indexOf('?');
  if (at < 0) return raw;
  const names = [...new URLSearchParams(raw.slice(at + 1)).keys()];
  return names.length ? `${raw.slice(0, at)}?${[...new Set(names)].join('&')}` : raw.slice(0, at);
}

/** The host name Next.js is given for a listening address: a loopback address as "localhost", as its proxy's URL has it. */
export function nextHostname(hostname: string): string {
  return /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i.test(hostname) ? 'localhost' : hostname;
}

export async function serve(handler: Handler, options: ServeOptions): Promise<Serving> {
  let closing = false;
  let inFlight = 0;

  const server = createServer((request, response) => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    const started = performance.now();
    // The app (and whatever it calls) sees the id as a request header too.
    request.headers['x-request-id'] = requestId;
    response.setHeader('x-request-id', requestId);
    if (closing) response.setHeader('connection', 'close');
    inFlight++;
    response.once('close', () => {
      inFlight--;
      withRequestId(requestId, () =>
        log('info', 'request', {
          method: request.method,
          path: loggedPath(request.url),
          status: response.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...(response.writableFinished ? {} : { aborted: true }),
        }),
      );
      // A keep-alive connection that was busy when the stop began closes now that it is idle.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    withRequestId(requestId, async () => {
      try {
        await handler(request, response);
      } catch (error) {
        logError(error, 'request failed');
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let stopped: Promise<number> | null = null;
  const stop = (reason: string) =>
    (stopped ??= (async () => {
      const began = performance.now();
      markStopping();
      log('info', 'stopping', { reason, drainMs: options.drainMs, inFlight });
      if (options.drainMs > 0) await sleep(options.drainMs);

      closing = true;
      const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
      server.closeIdleConnections();
      let code = 0;
      if (!(await Promise.race([closed, sleep(options.timeoutMs).then(() => false)]))) {
        log('warn', 'requests still running at the shutdown timeout: their connections are closed', { inFlight });
        server.closeAllConnections();
        code = 1;
      }
      if (!(await Promise.race([runShutdown().then(() => true), sleep(options.timeoutMs).then(() => false)]))) {
        log('warn', 'shutdown hooks still running at the shutdown timeout');
        code = 1;
      }
      log('info', 'stopped', { code, durationMs: Math.round(performance.now() - began) });
      return code;
    })());

  return { server, port: (server.address() as AddressInfo).port, stop };
}

/** SIGTERM and SIGINT stop the server (once: a repeated signal, as npm and tsx relay them, changes nothing) and end the process. */
export function stopOnSignals(serving: Serving): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => void serving.stop(signal).then((code) => process.exit(code)));
}
