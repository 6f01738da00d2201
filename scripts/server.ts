// The production server: Next.js's request handler behind a plain Node HTTP server, so that we can
// do the one thing `next start` cannot: tell the app the socket's address in a way a client cannot
// forge. Next.js only fills X-Forwarded-For when it is missing, so with `next start` a made-up header
// would be taken for the client's address. Here the socket's address is always appended, as any
// proxy does, and lib/limits/client-address.ts reads the header from the right.
//   tsx scripts/server.ts [-p port] [-H hostname]      (PORT / HOSTNAME work too)
import { createServer } from 'node:http';
import next from 'next';
import { appendSocketAddress } from '../lib/limits/client-address';
import { applyCacheControl } from '../lib/cache/cache-control';

function option(flags: string[], fallback: string | undefined): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => flags.includes(a));
  return at >= 0 ? args[at + 1] : fallback;
}

async function startServer(port: number, hostname: string) {
  // instrumentation.ts sends the daily job to this port.
  process.env.PORT = String(port);
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    appendSocketAddress(request);
    // What shared caches and browsers may keep (ADR 0031): bounded, never a day.
    applyCacheControl(request, response);
    handle(request, response).catch((error) => {
      console.error('[server] request failed', error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`▲ Dordtpas ready on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; don't wait on them for long.
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

const port = Number(option(['-p', '--port'], process.env.PORT) ?? 3000);
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME) ?? '0.0.0.0';
await startServer(port, hostname);
