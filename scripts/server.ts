// The production server: Next.js's request handler behind a plain Node HTTP server (lib/server/serve.ts),
// for what `next start` cannot do:
//  - tell the app the socket's address in a way a client cannot forge. Next.js only fills
//    X-Forwarded-For when it is missing, so with `next start` a made-up header would be taken for the
//    client's address. Here the socket's address is always appended, as any proxy does, and
//    lib/limits/client-address.ts reads the header from the right;
//  - leave a cluster cleanly on SIGTERM/SIGINT: not ready first, then finish the requests and the
//    shutdown hooks (the job worker, the database pool), exit 0 (ADR 0033);
//  - log one JSON object a line, each with the request's id (LOG_FORMAT=text for plain lines).
//   tsx scripts/server.ts [-p port] [-H hostname]      (PORT / HOSTNAME work too)
import next from 'next';
import { env } from '../lib/env';
import { appendSocketAddress } from '../lib/limits/client-address';
import { log, logAsJson } from '../lib/log';
import { nextHostname, serve, stopOnSignals } from '../lib/server/serve';
import { keepFrontCacheExact } from '../lib/cache/front';
import { applyCacheControl } from '../lib/cache/cache-control';
import { finishResponses } from '../lib/server/whole-bodies';

function option(flags: string[], fallback: string | undefined): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => flags.includes(a));
  return at >= 0 ? args[at + 1] : fallback;
}

async function startServer(port: number, hostname: string) {
  const config = env();
  if (config.LOG_FORMAT === 'json') logAsJson();
  // instrumentation.ts sends the daily job to this port.
  process.env.PORT = String(port);
  // next.config.ts: Next.js neither compresses nor hashes its pages for an ETag; this server does (below).
  process.env.DORDTPAS_SERVER = '1';
  // Next.js builds the URL its proxy (proxy.ts) sees with this name, and its own with it too; the
  // proxy's URL turns a loopback address into "localhost" (NextURL), so with "127.0.0.1" the two
  // differ and every rewrite of proxy.ts (the filtered catalog) became an HTTP request of the server
  // to itself. The name is only used in URLs: serve() below listens on `hostname` itself.
  const app = next({ dev: false, dir: process.cwd(), hostname: nextHostname(hostname), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serving = await serve(
    (request, response) => {
      appendSocketAddress(request);
      // Both rewrite Cache-Control as the headers go out, the last one wrapped first: what shared
      // caches and browsers may keep, bounded, never a day (ADR 0031); then, of that, only URLs
      // the purge knows stay public for a front cache (ADR 0032).
      keepFrontCacheExact(request, response);
      applyCacheControl(request, response);
      // gzip, and a whole page's ETag and bytes kept from the last time (instead of Next.js's own).
      finishResponses(request, response);
      return handle(request, response);
    },
    { port, hostname, drainMs: config.SHUTDOWN_DRAIN_MS, timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
  );
  stopOnSignals(serving);
  log('info', `▲ Dordtpas ready on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`, { pid: process.pid });
}

const port = Number(option(['-p', '--port'], process.env.PORT) ?? 3000);
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME) ?? '0.0.0.0';
await startServer(port, hostname);
