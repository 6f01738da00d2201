// The multipart parser Next.js reads a server action's form with (next/dist/compiled/busboy, no types
// of its own): proxy.ts parses with the same one, so that what it lets through Next.js can read.
declare module 'next/dist/compiled/busboy' {
  import type { Readable, Writable } from 'node:stream';

  type Options = { headers: Record<string, string>; defParamCharset?: string; limits?: { fieldSize?: number } };
  type FileInfo = { filename?: string; encoding: string; mimeType: string };

  interface Busboy extends Writable {
    on(event: 'field', listener: (name: string, value: string) => void): this;
    on(event: 'file', listener: (name: string, stream: Readable, info: FileInfo) => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    on(event: 'close', listener: () => void): this;
  }

  export default function busboy(options: Options): Busboy;
}
