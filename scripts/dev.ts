// `npm run dev`: the whole app on one machine with nothing installed but Node.
//  - DATABASE_URL unset → an embedded PostgreSQL (PGlite, data in .data/pglite) on 127.0.0.1:54329;
//  - migrations applied and demo data seeded (idempotent);
//  - SMTP_URL unset → mail stays in the outbox, readable at /dev/mail;
//  - AUTH_SECRET unset → one is made and kept in .data/auth-secret.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureDatabase, migrateDeploy } from './db';
import { startEmbeddedPostgres } from './embedded-db';

if (existsSync('.env')) process.loadEnvFile('.env');
const port = process.env.PORT ?? '3000';
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
mkdirSync('.data', { recursive: true });

const generate = spawnSync('npx', ['prisma', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (generate.status !== 0) process.exit(generate.status ?? 1);

let stopDatabase: () => Promise<void> = async () => {};
let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  console.log(`dev: database from DATABASE_URL (${new URL(databaseUrl).host})`);
  await ensureDatabase(databaseUrl);
} else {
  const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const embedded = await startEmbeddedPostgres({ dataDir: '.data/pglite', port: dbPort });
  databaseUrl = embedded.url;
  stopDatabase = embedded.stop;
  console.log(`dev: embedded database (PGlite) on 127.0.0.1:${dbPort}, data in .data/pglite — set DATABASE_URL to use your own PostgreSQL`);
}
const applied = await migrateDeploy(databaseUrl);
console.log(applied.length ? `dev: applied migrations ${applied.join(', ')}` : 'dev: database is up to date');
const { seed, DEMO_ACCOUNTS } = await import('../prisma/seed');
await seed(databaseUrl, { demoCatalog: true });

let authSecret = process.env.AUTH_SECRET;
if (!authSecret) {
  const file = '.data/auth-secret';
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  authSecret = readFileSync(file, 'utf8').trim();
}

console.log('\nDordtpas partner portal');
console.log(`  app:          ${appUrl}`);
console.log(`  register:     ${appUrl}/aanmelden`);
console.log(`  log in:       ${appUrl}/inloggen`);
console.log(
  process.env.SMTP_URL
    ? '  mail:         sent over SMTP_URL'
    : `  mail outbox:  ${appUrl}/dev/mail (no SMTP_URL: nothing leaves this machine)`,
);
console.log('  demo accounts (username / password):');
for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(8)} ${a.username.padEnd(10)} ${a.password}`);
console.log('');

const next = spawn('npx', ['next', 'dev', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // PGlite is a single session: keep the pool at one connection unless told otherwise.
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (process.env.DATABASE_URL ? '5' : '1'),
    AUTH_SECRET: authSecret,
    APP_URL: appUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill('SIGTERM');
  await stopDatabase().catch(() => {});
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
next.on('exit', (code) => void shutdown(code ?? 0));
