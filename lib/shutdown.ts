// What a process does before it exits on SIGTERM/SIGINT, besides finishing its HTTP requests
// (scripts/server.ts): the job worker finishes its running jobs, pools close. Each part registers
// itself; the server runs them all, in parallel, after it has stopped accepting requests.

type Hook = { name: string; run: () => Promise<unknown> };

// On globalThis: scripts/server.ts and the app's bundled server code each load their own copy of
// this module in the one process.
type Registry = { hooks: Hook[]; stopping: boolean; running: Promise<void> | null };
const state = globalThis as unknown as { __dordtpasShutdown?: Registry };
const registry = (state.__dordtpasShutdown ??= { hooks: [], stopping: false, running: null });

/** Runs `run` when the process is asked to stop. */
export function onShutdown(name: string, run: () => Promise<unknown>): void {
  registry.hooks.push({ name, run });
}

/** True once the process is stopping: /api/health reports not ready, new background work is refused. */
export const stopping = (): boolean => registry.stopping;

/** Runs every hook once (errors are logged, not thrown); later calls wait for the same run. */
export function runShutdown(): Promise<void> {
  registry.stopping = true;
  registry.running ??= Promise.allSettled(
    registry.hooks.map(async (hook) => {
      try {
        await hook.run();
      } catch (error) {
        console.error(`[shutdown] ${hook.name} failed`, error);
      }
    }),
  ).then(() => undefined);
  return registry.running;
}
