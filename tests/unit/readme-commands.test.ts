import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dropDatabase } from '../../scripts/db';
import { databaseUrl } from '../support/databases';

// Issue 14 §17: every README command works as the first command after `npm install` in a fresh
// clone — where lib/generated (not in git) does not exist yet. A copy of the tracked files with
// this checkout's node_modules stands in for the clone and its `npm install`.
const root = path.resolve(__dirname, '../..');
const url = databaseUrl(`${process.env.TEST_DB_PREFIX ?? 'dordtpas_test'}_readme`);
let clone: string;

beforeAll(() => {
  clone = mkdtempSync(path.join(tmpdir(), 'dordtpas-clone-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue; // deleted in the work tree, not yet committed (new files are taken as committed)
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(clone, file));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
});

afterAll(async () => {
  await dropDatabase(url);
  rmSync(clone, { recursive: true, force: true });
});

const npmRun = (script: string) =>
  spawnSync('npm', ['run', script], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'development' },
    timeout: 240_000,
  });

describe('README commands on a fresh clone', () => {
  test('npm run db:reset works first: it generates the Prisma client, migrates and seeds', { timeout: 250_000 }, () => {
    expect(existsSync(path.join(clone, 'lib/generated'))).toBe(false);
    const result = npmRun('db:reset');
    expect(result.stderr).not.toContain('Cannot find module');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('db: seeded');
  });

  test('npm run db:migrate then finds nothing left to do', { timeout: 250_000 }, () => {
    const result = npmRun('db:migrate');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('db: no pending migrations');
  });
});
