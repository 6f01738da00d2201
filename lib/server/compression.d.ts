// The gzip middleware Next.js compresses its responses with (next/dist/compiled/compression, no types
// of its own): lib/server/whole-bodies.ts applies the same one for scripts/server.ts, in its place.
declare module 'next/dist/compiled/compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default function compression(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
