// The front cache (deploy/nginx.conf) for `npm run stack`, the tests and the bench: Debian's nginx
// with the cache-purge module, installed with apt-get when missing (as root, as .ci/run does for
// Chromium), run in the foreground from a directory of its own — never the system's nginx service.
//   npx tsx scripts/nginx.ts --listen 80 --purge-listen 10.0.0.2:8081 --upstream 10.0.0.5:3000 \
//     --upstream 10.0.0.6:3000 --allow 10.0.0.0/24 --run-dir /var/lib/dordtpas-front
// prints deploy/nginx.conf filled in, for a server of your own (ADR 0032, deploy/README.md).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';
const TEMPLATE = path.resolve(import.meta.dirname, '../deploy/nginx.conf');

export type FrontOptions = {
  /** host:port or port where clients connect */
  listen: string;
  /** host:port of the purge entry point (FRONT_PURGE_URL of the apps) */
  purgeListen: string;
  /** host:port of each app instance */
  upstreams: string[];
  /** addresses or CIDRs that may purge: the app instances */
  allow: string[];
  /** nginx's own files: pid, error log, temporary files, and (unless cacheDir) the cache */
  runDir: string;
  cacheDir?: string;
};

/** deploy/nginx.conf with its placeholders filled in. */
export function frontConfig(o: FrontOptions): string {
  const runDir = path.resolve(o.runDir);
  const values: Record<string, string> = {
    RUN_DIR: runDir,
    CACHE_DIR: path.resolve(o.cacheDir ?? path.join(runDir, 'cache')),
    LISTEN: o.listen,
    PURGE_LISTEN: o.purgeListen,
    UPSTREAMS: o.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n'),
    PURGE_ALLOW: o.allow.map((a) => `    allow ${a};`).join('\n'),
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`deploy/nginx.conf: unknown placeholder {{${name}}}`);
    return values[name];
  });
}

/** nginx and the purge module from Debian, installed when missing (needs root). */
export function ensureNginx() {
  if (existsSync(NGINX) && existsSync(PURGE_MODULE)) return;
  if (process.getuid?.() !== 0)
    throw new Error('nginx ontbreekt: installeer de Debian-pakketten `nginx` en `libnginx-mod-http-cache-purge` (apt-get install -y …).');
  console.log('[nginx] nginx or its cache-purge module is missing: apt-get install -y nginx libnginx-mod-http-cache-purge');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx', 'libnginx-mod-http-cache-purge'], { stdio: 'inherit', env });
}

export type Front = { url: string; purgeUrl: string; process: ChildProcess; stop: () => Promise<void> };

const hostPort = (listen: string) => {
  const [host, port] = listen.includes(':')
    ? [listen.slice(0, listen.lastIndexOf(':')), listen.slice(listen.lastIndexOf(':') + 1)]
    : ['127.0.0.1', listen];
  return { host: host === '0.0.0.0' || host === '*' ? '127.0.0.1' : host, port: Number(port) };
};

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

export type Nginx = { process: ChildProcess; stop: () => Promise<void> };

/** nginx in the foreground with this configuration, from `runDir`; resolves when every `listen` accepts connections. */
export async function runNginx(config: string, runDir: string, listens: string[]): Promise<Nginx> {
  ensureNginx();
  mkdirSync(runDir, { recursive: true });
  // As root, nginx's workers run as another user (www-data, as Debian's own nginx): they must reach the directory.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(runDir, 0o755);
  const conf = path.join(runDir, 'nginx.conf');
  writeFileSync(conf, config);
  const child = spawn(NGINX, ['-p', runDir, '-c', conf, '-g', asRoot ? 'daemon off; user www-data;' : 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  const gone = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) child.kill('SIGTERM'); // nginx: fast shutdown
    await gone;
  };
  for (let i = 0; ; i++) {
    const open = await Promise.all(listens.map((l) => portOpen(hostPort(l).host, hostPort(l).port)));
    if (open.every(Boolean)) break;
    if (exited || i > 100) {
      const log = path.join(runDir, 'error.log');
      await stop();
      throw new Error(`nginx did not start (${conf}):\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, stop };
}

/** The front (deploy/nginx.conf) in the foreground with a fresh cache; resolves when it accepts connections. */
export async function startFront(o: FrontOptions, log: (line: string) => void = () => {}): Promise<Front> {
  const runDir = path.resolve(o.runDir);
  rmSync(o.cacheDir ?? path.join(runDir, 'cache'), { recursive: true, force: true });
  const nginx = await runNginx(frontConfig(o), runDir, [o.listen, o.purgeListen]);
  const { host, port } = hostPort(o.listen);
  const purge = hostPort(o.purgeListen);
  log(`[nginx] front cache on http://${host}:${port}, purge on http://${purge.host}:${purge.port}, for ${o.upstreams.join(' and ')}`);
  return { ...nginx, url: `http://${host}:${port}`, purgeUrl: `http://${purge.host}:${purge.port}` };
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const all = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []));
  const one = (flag: string) => all(flag).at(-1);
  if (args.includes('--help') || !one('--listen') || !all('--upstream').length) {
    console.log(
      'npx tsx scripts/nginx.ts --listen <[host:]port> --purge-listen <host:port> --upstream <host:port> … --allow <address/CIDR> … --run-dir <dir> [--cache-dir <dir>]',
    );
    process.exit(args.includes('--help') ? 0 : 1);
  }
  process.stdout.write(
    frontConfig({
      listen: one('--listen')!,
      purgeListen: one('--purge-listen') ?? '127.0.0.1:8081',
      upstreams: all('--upstream'),
      allow: all('--allow').length ? all('--allow') : ['127.0.0.1'],
      runDir: one('--run-dir') ?? '/var/lib/dordtpas-front',
      cacheDir: one('--cache-dir'),
    }),
  );
}
