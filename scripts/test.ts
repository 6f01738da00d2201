// `npm test`: every test, with real parts. Starts what it needs:
//  1. PostgreSQL: DATABASE_URL's server, or 127.0.0.1:5432 (started with pg_ctlcluster when installed but down),
//     and Redis on 127.0.0.1:6379 (started with redis-server likewise), for the shared-cache tests;
//  2. Debian's Chromium (apt-get install when missing and we are root);
//  3. (the whole run only) the format, lint and type checks, one test each;
//  4. unit/integration tests (vitest) against a fresh test database;
//  5. a production build, then the Playwright e2e suite against it with a real SMTP catcher.
// Ends with one summary line: "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensurePostgres } from './postgres';
import { ensureRedis } from './redis';
import { TEST_DIST_DIR, e2eServerEnv } from '../tests/support/e2e-env';

// `tsx scripts/test.ts` runs both halves; `unit` or `e2e` one of them (npm run test:unit / test:e2e),
// each with everything it needs, so that each also works as the first command after npm install.
const only = process.argv[2] as 'unit' | 'e2e' | undefined;
const started = Date.now();
const log = (line: string) => console.log(`\n[test] ${line}`);

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0)
    throw new Error('Chromium ontbreekt: installeer het Debian-pakket `chromium` (apt-get install -y chromium).');
  log('Chromium is missing: apt-get install -y chromium');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function counts(file: string, kind: 'vitest' | 'playwright'): { passed: number; failed: number } {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest')
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0),
    };
  const s = report.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

// Reports of an earlier run must never be counted for this one.
for (const f of ['test-results/vitest.json', 'test-results/playwright.json']) rmSync(f, { force: true });

await ensurePostgres();
await ensureRedis();
ensureChromium();
log('prisma generate');
if (run('npx', ['prisma', 'generate']) !== 0) process.exit(1);

// Static checks first, each counted as one test: formatting, lint, types (over the whole tree).
const checks = { passed: 0, failed: 0 };
// tsc just checked every file: the e2e build need not check the app's again (next.config.ts).
let typesChecked = false;
if (!only) {
  for (const [name, command, args] of [
    ['format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
    ['lint (eslint)', 'npx', ['eslint', '--max-warnings', '0', '.']],
    ['types (tsc --noEmit)', 'npx', ['tsc', '--noEmit']],
  ] as const) {
    log(name);
    if (run(command, [...args]) === 0) {
      checks.passed++;
      if (args[0] === 'tsc') typesChecked = true;
    } else {
      checks.failed++;
      log(`${name} failed`);
    }
  }
}

let unit = { passed: 0, failed: 0 };
if (only !== 'e2e') {
  log('unit and integration tests (vitest)');
  run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
  unit = counts('test-results/vitest.json', 'vitest');
}

let e2e = { passed: 0, failed: 0 };
if (only !== 'unit') {
  log(`production build for the e2e tests (${TEST_DIST_DIR})`);
  const buildStatus = run('npx', ['next', 'build'], { ...e2eServerEnv(), ...(typesChecked ? { NEXT_TYPES_CHECKED: '1' } : {}) });
  e2e = { passed: 0, failed: 1 };
  if (buildStatus === 0) {
    log('e2e tests (Playwright, Chromium)');
    const status = run('npx', ['playwright', 'test', ...process.argv.slice(3)], {});
    e2e = counts('test-results/playwright.json', 'playwright');
    // Playwright failing before any test (a server that did not start) is a failure too.
    if (status !== 0 && e2e.failed === 0) e2e.failed = 1;
  } else {
    log('build failed: e2e tests not run');
  }
}

const seconds = Math.round((Date.now() - started) / 1000);
log(
  `checks: ${checks.passed} passed, ${checks.failed} failed · unit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed · ${seconds} s`,
);
const passed = checks.passed + unit.passed + e2e.passed;
const failed = checks.failed + unit.failed + e2e.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
