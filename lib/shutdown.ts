// What a process does before it exits on SIGTERM/SIGINT, besides finishing its HTTP requests
// (scripts/server.ts, lib/server/serve.ts): the job worker finishes its running jobs, pools close.
// Each part registers itself; the server runs them all, in parallel, after it has stopped accepting
// requests and its requests have finished; those registered `last` (the database pool, which the
// others' work still needs) after the others (ADR 0033).

type Hook = { name: string; run: () => Promise<unknown> };

// On globalThis: scripts/server.ts and the app's bundled server code each load their own copy of
// this module in the one process.
type Registry = { hooks: Hook[]; last: Hook[]; stopping: boolean; running: Promise<void> | null };
const state = globalThis as unknown as { __dordtpasShutdown?: Registry };
const registry = (state.__dordtpasShutdown ??= { hooks: [], last: [], stopping: false, running: null });
registry.last ??= [];

/** Runs `run` when the process is asked to stop; with `last`, after every hook without it has finished. */
export function onShutdown(name: string, run: () => Promise<unknown>, { last = false }: { last?: boolean } = {}): void {
  (last ? registry.last : registry.hooks).push({ name, run });
}

/** True once the process is stopping: /api/health reports not ready, new background work is refused. */
export const stopping = (): boolean => registry.stopping;

/** The first step of a stop: from now on the process is not ready (before it refuses connections). */
export const markStopping = (): void => void (registry.stopping = true);

async function runAll(hooks: Hook[]): Promise<void> {
  await Promise.allSettled(
    hooks.map(async (hook) => {
      try {
        await hook.run();
      } catch (error) {
        console.error(`[shutdown] ${hook.name} failed`, error);
      }
    }),
  );
}

/** Runs every hook once (errors are logged, not thrown); later calls wait for the same run. */
export function runShutdown(): Promise<void> {
  registry.stopping = true;
  registry.running ??= runAll(registry.hooks).then(() => runAll(registry.last));
  return registry.running;
}
