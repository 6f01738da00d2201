// App instances (scripts/server.ts on a production build) for `npm run stack`, the front's e2e test and
// the bench: each its own process, ready when its readiness check answers (the first daily run done).
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type Instance = {
  port: number;
  url: string;
  process: ChildProcess;
  /** SIGTERM, as a platform stops an instance; resolves when it has exited. */
  stop: () => Promise<void>;
  /** SIGKILL: a crash. */
  kill: () => Promise<void>;
};

export async function startInstance(
  port: number,
  env: Record<string, string>,
  stdio: StdioOptions = ['ignore', 'ignore', 'inherit'],
): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio,
  });
  let exited = child.exitCode !== null;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const end = async (signal: NodeJS.Signals) => {
    if (!exited) child.kill(signal);
    await gone;
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (exited || i >= 240) {
      await end('SIGKILL');
      throw new Error(`app instance on port ${port} did not become ready`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { port, url, process: child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
