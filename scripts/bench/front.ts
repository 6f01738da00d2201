// `npm run bench`, the front cache (issue 19): deploy/nginx.conf in front of two app instances, next to
// nginx serving the same bytes as static files with the same compression; and how long after a
// withdrawal has answered the front still serves the page (the target is 0: purged before it answers).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { runNginx, startFront } from '../nginx';
import { startInstance } from '../instances';
import { editorCookie } from './workspace';

const root = path.resolve(import.meta.dirname, '../..');

/** A static nginx with deploy/nginx.conf's own gzip settings, serving `files` (name → HTML) from runDir/www. */
export async function staticNginx(port: number, files: Record<string, string>, runDir = path.join(root, '.next-bench/static')) {
  const gzip = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8').match(/^\s*gzip[ _].*;$/gm) ?? [];
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(path.join(runDir, 'www'), { recursive: true });
  for (const [name, html] of Object.entries(files)) writeFileSync(path.join(runDir, 'www', name), html);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${runDir}/${t};`).join(' ');
  const config = `worker_processes auto; pid ${runDir}/nginx.pid; error_log ${runDir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types; default_type text/html; server_tokens off; sendfile on; tcp_nopush on;
  keepalive_timeout 65s; keepalive_requests 10000; access_log off; ${temp}
${gzip.join('\n')}
  server { listen 127.0.0.1:${port} reuseport; root ${runDir}/www; }
}
`;
  return runNginx(config, runDir, [`127.0.0.1:${port}`]);
}

export type FrontBench = {
  frontUrl: string;
  /** Takes the withdrawal through the front as an editor in a browser; ms from its answer until the front answers 404 (0: the first request after it). */
  withdrawDelay: (slug: string, editorPath: string) => Promise<{ ms: number; firstStatus: number }>;
  stop: () => Promise<void>;
};

export async function startFrontBench(opts: {
  env: Record<string, string>;
  ports: { instances: [number, number]; front: number };
  redisUrl?: string;
  log: (line: string) => void;
}): Promise<FrontBench> {
  const runDir = path.join(root, '.next-bench/front');
  const front = await startFront({
    listen: `127.0.0.1:${opts.ports.front}`,
    purgeListen: `127.0.0.1:${opts.ports.front + 1}`,
    upstreams: opts.ports.instances.map((p) => `127.0.0.1:${p}`),
    allow: ['127.0.0.1'],
    runDir,
  });
  const env = {
    ...opts.env,
    APP_URL: front.url,
    TRUSTED_PROXIES: '1',
    FRONT_PURGE_URL: front.purgeUrl,
    ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl, REDIS_KEY_PREFIX: 'dordtpas-bench:' } : {}),
  };
  opts.log(`front: nginx on ${front.url}, two instances${opts.redisUrl ? ` sharing ${opts.redisUrl}` : ' (no REDIS_URL: each its own cache)'}`);
  const instances = await Promise.all(opts.ports.instances.map((port) => startInstance(port, env)));

  const withdrawDelay = async (slug: string, editorPath: string) => {
    const detail = `${front.url}/aanbod/${slug}`;
    for (let i = 0; i < 3; i++) await (await fetch(detail)).text();
    if ((await fetch(detail)).headers.get('x-cache') !== 'HIT') throw new Error(`${detail} is not served from the front's cache`);
    const [name, value] = (await editorCookie(front.url)).split('=');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext();
      await context.addCookies([{ name, value, url: front.url }]);
      const page = await context.newPage();
      await page.goto(`${front.url}${editorPath}`);
      await page.getByLabel('Reden (de partner krijgt deze te lezen)').fill('Voor de meting van npm run bench.');
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === editorPath);
      await page.getByRole('button', { name: 'Offline halen' }).click();
      const response = await answered;
      const at = performance.now();
      if (response.status() !== 200) throw new Error(`the withdrawal answered HTTP ${response.status()}`);
      let firstStatus = 0;
      for (;;) {
        const status = (await fetch(detail).then((r) => (r.body?.cancel(), r.status))) as number;
        firstStatus ||= status;
        if (status === 404) return { ms: firstStatus === 404 ? 0 : Math.round(performance.now() - at), firstStatus };
        if (performance.now() - at > 30_000) return { ms: Infinity, firstStatus };
        await new Promise((r) => setTimeout(r, 10));
      }
    } finally {
      await browser.close();
    }
  };

  return {
    frontUrl: front.url,
    withdrawDelay,
    stop: async () => {
      await Promise.all(instances.map((i) => i.stop()));
      await front.stop();
    },
  };
}
