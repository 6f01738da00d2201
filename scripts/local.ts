// What `npm run dev` and `npm run stack` prepare on one machine with nothing installed but Node:
//  - DATABASE_URL unset → an embedded PostgreSQL (PGlite, data in .data/pglite) on 127.0.0.1:54329;
//  - migrations applied and demo data seeded (idempotent);
//  - AUTH_SECRET unset → one is made and kept in .data/auth-secret.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureDatabase, migrateDeploy } from './db';
import { startEmbeddedPostgres } from './embedded-db';

export type Local = { databaseUrl: string; embedded: boolean; authSecret: string; stopDatabase: () => Promise<void> };

export async function prepareLocal(label: string): Promise<Local> {
  mkdirSync('.data', { recursive: true });
  let stopDatabase: () => Promise<void> = async () => {};
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    console.log(`${label}: database from DATABASE_URL (${new URL(databaseUrl).host})`);
    await ensureDatabase(databaseUrl);
  } else {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    const embedded = await startEmbeddedPostgres({ dataDir: '.data/pglite', port: dbPort });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    console.log(
      `${label}: embedded database (PGlite) on 127.0.0.1:${dbPort}, data in .data/pglite — set DATABASE_URL to use your own PostgreSQL`,
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
