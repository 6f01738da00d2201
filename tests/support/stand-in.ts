import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local HTTP server in the place of an outside service (PDOK, the KvK), so that the real adapters'
// HTTP code is what the tests run: the replays in pdok-replay.ts and kvk-replay.ts, or a service
// misbehaving in a test (never answering, answering 500 or half a body).

export type StandIn = {
  /** The base URL: http://127.0.0.1:<port><basePath>. */
  url: string;
  /** Every request it got, in order. */
  requests: URL[];
  /** The headers of each of those requests, in the same order. */
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
};

export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** A server on `port` (default: a free one) with this handler, its URL ending in `basePath`. */
export async function localServer(handler: Handler, options: { basePath: string; port?: number }): Promise<StandIn> {
  const requests: URL[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    requests.push(url);
    headers.push(request.headers);
    Promise.resolve(handler(request, response, url)).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${options.basePath}`,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        // A handler that never answers keeps its connection open; close() alone would wait for it.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers `body` with `status` as JSON (or `type`). */
export function send(response: ServerResponse, status: number, body: string, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}
