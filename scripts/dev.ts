// `npm run dev`: the whole app on one machine with nothing installed but Node.
//  - DATABASE_URL unset → an embedded PostgreSQL (PGlite, data outside the project: scripts/local.ts) on 127.0.0.1:54329;
//  - migrations applied and demo data seeded (idempotent);
//  - SMTP_URL unset → mail stays in the outbox, readable at /dev/mail;
//  - AUTH_SECRET unset → one is made and kept in .data/auth-secret.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { prepareLocal } from './local';

if (existsSync('.env')) process.loadEnvFile('.env');
const port = process.env.PORT ?? '3000';
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

const generate = spawnSync('npx', ['prisma', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (generate.status !== 0) process.exit(generate.status ?? 1);

const { databaseUrl, authSecret, stopDatabase } = await prepareLocal('dev');
const { DEMO_ACCOUNTS } = await import('../prisma/seed');

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
