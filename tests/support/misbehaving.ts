import { afterAll } from 'vitest';
import type { Handler, StandIn } from './stand-in';

/**
 * Stand-ins a test file makes misbehave (never answering, answering 500 or half a body), each closed
 * after the file's tests. `that(handler)` starts one and gives its URL for the adapter.
 */
export function misbehaving(start: (handler: Handler) => Promise<StandIn>) {
  const servers: StandIn[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));
  return {
    async that(handler: Handler): Promise<string> {
      const server = await start(handler);
      servers.push(server);
      return server.url;
    },
    /** Closes the last one started: nobody listens at its URL any more. */
    closeLast: () => servers.pop()!.close(),
  };
}
