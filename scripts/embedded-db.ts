// Embedded PostgreSQL for the quick start (STYLE.md § Databases): PGlite, persisted on disk,
// served over the PostgreSQL wire protocol so pg, @prisma/adapter-pg and the Wasm schema engine
// (scripts/db.ts) talk to it exactly as to a real server.
//
// Limits of @electric-sql/pglite-socket 0.1.3 + PGlite 0.4.3, found by reading and testing it:
// - PGlite is ONE PostgreSQL session. The socket server accepts several connections, but queues
//   their protocol messages into that single session, one at a time (a connection inside an
//   explicit transaction keeps it until COMMIT/ROLLBACK; the others wait). Nothing runs in
//   parallel, and session state is shared by every connection: SET, prepared-statement names,
//   temp tables, advisory locks, LISTEN. Fine for one dev server with a small pool; not a
//   substitute for PostgreSQL in tests or production.
// - Its default is maxConnections = 1 (the typings say 100): a second client is refused with
//   "Too many connections" and a pg pool fails with ECONNRESET. We raise it (MAX_CONNECTIONS).
// - No SSL negotiation: a client that asks for TLS first (libpq/psql default sslmode=prefer)
//   hangs, so the URL says sslmode=disable. Any user, password and database name is accepted,
//   and you always get user postgres in database postgres. CREATE DATABASE succeeds, but nobody
//   can connect to the result: deploy migrations here (migrateDeploy), but create them
//   (createMigration, which needs a shadow database) against PostgreSQL; db.ts refuses.
// - If the port is taken, PGLiteSocketServer.start() never settles; we check the port first.
// - PGlite does not lock its data directory: two processes on one dataDir would corrupt it.
//   The port check stops a second `npm run dev` before it opens the directory.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Connections the socket server accepts: the app pool plus scripts/db.ts, with room to spare. */
const MAX_CONNECTIONS = 20;

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number }): Promise<{ url: string; stop: () => Promise<void> }> {
  const host = '127.0.0.1';
  // Before opening the data directory: a second `npm run dev` must not open it concurrently.
  await assertPortFree(host, opts.port);
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  // pg_trgm for the catalog search (migration "catalog" creates the extension).
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });

  const server = new PGLiteSocketServer({ db, host, port: opts.port, maxConnections: MAX_CONNECTIONS });
  try {
    await new Promise<void>((resolve, reject) => {
      const onError = (event: Event) => {
        const error = (event as CustomEvent<NodeJS.ErrnoException>).detail;
        reject(error?.code === 'EADDRINUSE' ? portInUse(host, opts.port) : error);
      };
      server.addEventListener('error', onError, { once: true });
      server.start().then(() => {
        server.removeEventListener('error', onError);
        resolve();
      }, reject);
    });
  } catch (error) {
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }

  // The port actually bound (opts.port may be 0 for "any free port").
  const port = Number(server.getServerConn().split(':').pop());
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${host}:${port}/postgres?sslmode=disable`,
    // Closes client connections (rolling back an open transaction), the listener, then PGlite,
    // which flushes the data directory.
    stop: () =>
      (stopped ??= (async () => {
        await server.stop();
        await db.close();
      })()),
  };
}

function portInUse(host: string, port: number): Error {
  return new Error(`Embedded PostgreSQL: port ${port} on ${host} is already in use (another \`npm run dev\`?)`);
}

async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(host, port) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
