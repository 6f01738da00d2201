import { createClient } from '@redis/client';

// The shared store of Next.js's cache (ADR 0031): one Redis connection per process and URL. Redis down
// or slow is never an error to a visitor: a command that fails or takes longer than the timeout
// answers `null` (a read is a miss, the page is rendered from the database). That is said once
// when it starts and once when Redis is back, not per request.

const makeClient = (url: string) =>
  createClient({
    url,
    // A command while disconnected fails at once instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
type Client = ReturnType<typeof makeClient>;

export type RedisStore = {
  /** `command`'s answer, or null when Redis is unreachable, failed or slower than the timeout. */
  run<T>(command: (client: Client) => Promise<T>): Promise<T | null>;
  close(): Promise<void>;
};

const stores = new Map<string, RedisStore>();

/** The store for `url`, made (and connected in the background) on first use. */
export function redisStore(url: string, timeoutMs = 500): RedisStore {
  let store = stores.get(url);
  if (!store) {
    store = connect(url, timeoutMs);
    stores.set(url, store);
  }
  return store;
}

function connect(url: string, timeoutMs: number): RedisStore {
  const where = new URL(url).host;
  let down = false;
  const failed = (error: unknown) => {
    if (down) return;
    down = true;
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[cache] Redis at ${where} unreachable (${reason}): pages are rendered from the database until it is back`);
  };
  const client = makeClient(url);
  client.on('error', failed);
  client.on('ready', () => {
    if (down) console.log(`[cache] Redis at ${where} reachable again`);
    down = false;
  });
  // The first commands wait for the connection (within the timeout); later ones never do.
  const connected = client.connect().catch(failed);

  const withTimeout = <T>(promise: Promise<T>) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };

  return {
    async run(command) {
      try {
        // Down: a miss at once, no waiting per request; the client reconnects in the background.
        if (!client.isReady) {
          if (down) return null;
          await withTimeout(connected);
        }
        return await withTimeout(command(client));
      } catch (error) {
        failed(error);
        return null;
      }
    },
    async close() {
      stores.delete(url);
      try {
        if (client.isReady) await client.close();
        else client.destroy();
      } catch {
        // Already closed.
      }
    },
  };
}
