// `npm start`: the production server. Builds first when there is no build yet, so that it also works
// as the first command after `npm install` (the build needs no database; the server does:
// DATABASE_URL and AUTH_SECRET, checked at start-up by lib/env.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log(`start: no production build in ${distDir} yet: npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// scripts/server.ts rather than `next start`: it hands the app the socket's address (see there).
// Node itself with tsx's loader, not `npx tsx`: npx's `sh -c` dies on SIGTERM without passing it on,
// which left the server running, orphaned, instead of stopping it cleanly (ADR 0033).
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
