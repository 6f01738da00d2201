// What `npm run dev` and `npm run stack` prepare on one machine with nothing installed but Node:
//  - DATABASE_URL unset → an embedded PostgreSQL (PGlite, data in embeddedDataDir()) on 127.0.0.1:54329;
//  - migrations applied and demo data seeded (idempotent);
//  - AUTH_SECRET unset → one is made and kept in .data/auth-secret.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { ensureDatabase, migrateDeploy } from './db';
import { startEmbeddedPostgres } from './embedded-db';

export type Local = { databaseUrl: string; embedded: boolean; authSecret: string; stopDatabase: () => Promise<void> };

/**
 * Where the embedded database keeps its files: outside the project. In it (it was .data/pglite),
 * every write of PostgreSQL's WAL was a file change to `next dev`'s watcher, which reloaded every open
 * page over and over (some forty reloads in six seconds). One folder per checkout, so two checkouts
 * never share one (PGlite does not lock it): $XDG_DATA_HOME (or ~/.local/share)/dordtpas/<name>-<hash>.
 * EMBEDDED_DB_DIR sets another.
 */
export function embeddedDataDir(root = process.cwd()): string {
  if (process.env.EMBEDDED_DB_DIR) return path.resolve(process.env.EMBEDDED_DB_DIR);
  const base = process.env.XDG_DATA_HOME || path.join(homedir(), '.local', 'share');
  const id = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 10);
  return path.join(base, 'dordtpas', `${path.basename(path.resolve(root))}-${id}`, 'pglite');
}

/** The data of a checkout from before, moved once to where it is kept now. */
function moveOldData(to: string) {
  const old = path.join('.data', 'pglite');
  if (!existsSync(old) || existsSync(to)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(old, to);
  } catch {
    // Another file system: copied, then removed.
    cpSync(old, to, { recursive: true });
    rmSync(old, { recursive: true, force: true });
  }
}

export async function prepareLocal(label: string): Promise<Local> {
  mkdirSync('.data', { recursive: true });
  let stopDatabase: () => Promise<void> = async () => {};
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    console.log(`${label}: database from DATABASE_URL (${new URL(databaseUrl).host})`);
    await ensureDatabase(databaseUrl);
  } else {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    const dataDir = embeddedDataDir();
    moveOldData(dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir, port: dbPort });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    console.log(
      `${label}: embedded database (PGlite) on 127.0.0.1:${dbPort}, data in ${dataDir} — set DATABASE_URL to use your own PostgreSQL`,
    );
  }
  const applied = await migrateDeploy(databaseUrl);
  console.log(applied.length ? `${label}: applied migrations ${applied.join(', ')}` : `${label}: database is up to date`);
  const { seed } = await import('../prisma/seed');
  await seed(databaseUrl, { demoCatalog: true });

  let authSecret = process.env.AUTH_SECRET;
  if (!authSecret) {
    const file = '.data/auth-secret';
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    authSecret = readFileSync(file, 'utf8').trim();
  }
  return { databaseUrl, embedded: !process.env.DATABASE_URL, authSecret, stopDatabase };
}
