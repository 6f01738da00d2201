import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { formatWithOptions } from 'node:util';

// Logging. In production (scripts/server.ts calls logAsJson()) every line is one JSON object:
// time, level, msg, requestId and fields; every console.* of the process goes through it, Next.js's
// own messages included. Elsewhere (npm run dev, tests) console stays as it is, readable (ADR 0033).

export type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;
type Context = { requestId: string };

// On globalThis: scripts/server.ts and the app's bundled server code each load their own copy of
// this module in the one process, and must share the request's context and the format.
type State = { context: AsyncLocalStorage<Context>; json: boolean };
const holder = globalThis as unknown as { __dordtpasLog?: State };
const state = (holder.__dordtpasLog ??= { context: new AsyncLocalStorage<Context>(), json: false });

// nginx's $request_id is 32 hex digits; a UUID has 36 characters. Anything else (too long, other
// characters that could forge a log line) is replaced by an id of our own.
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The request id to use for an incoming X-Request-Id header: the caller's when it looks like one, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  // 32 hex digits, as nginx's; randomUUID draws from a cached pool, a quarter of randomBytes' cost a request.
  return given && REQUEST_ID.test(given) ? given : randomUUID().replaceAll('-', '');
}

/** Runs `fn` with `requestId` attached to every line it (and whatever it starts) logs. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return state.context.run({ requestId }, fn);
}

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => state.context.getStore()?.requestId;

/** An error as log fields: name, message, stack (and code, cause). Only ever logged, never shown to a user. */
export function errorFields(error: unknown): Fields {
  if (!(error instanceof Error)) return { error: { message: String(error) } };
  const fields: Fields = { name: error.name, message: error.message, stack: error.stack };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') fields.code = code;
  if (error.cause !== undefined) fields.cause = errorFields(error.cause).error;
  return { error: fields };
}

/** The JSON line for one entry, without a newline. */
export function jsonLine(level: Level, msg: string, fields: Fields = {}): string {
  const requestId = currentRequestId();
  const entry = { time: new Date().toISOString(), level, msg, ...(requestId ? { requestId } : {}), ...fields };
  try {
    return JSON.stringify(entry);
  } catch {
    // A field that cannot be serialised (a cycle, a BigInt): keep the line, lose the field.
    return JSON.stringify({ time: entry.time, level, msg, requestId, unserialisable: Object.keys(fields) });
  }
}

const write = (level: Level, line: string) => (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');

/** One log entry with fields. As JSON in production; as a plain console line elsewhere. */
export function log(level: Level, msg: string, fields?: Fields): void {
  if (state.json) return void write(level, jsonLine(level, msg, fields));
  const rest = fields && Object.keys(fields).length ? [fields] : [];
  console[level](msg, ...rest);
}

/** Logs an unexpected error with a short id that the user can quote. */
export function logError(error: unknown, msg = 'unexpected error'): string {
  const id = randomUUID().slice(0, 8);
  if (state.json) log('error', msg, { errorId: id, ...errorFields(error) });
  else console.error(`[error ${id}]`, error);
  return id;
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** A console call as an entry: the first Error becomes the error fields, the rest the message. */
export function consoleEntry(args: unknown[]): { msg: string; fields: Fields } {
  const error = args.find((a) => a instanceof Error);
  const rest = error ? args.filter((a) => a !== error) : args;
  const msg = formatWithOptions({ colors: false, breakLength: Infinity }, ...rest)
    .replace(ANSI, '')
    .trim();
  return { msg: msg || (error instanceof Error ? error.message : ''), fields: error ? errorFields(error) : {} };
}

/** From now on every log line of this process is one JSON object (scripts/server.ts, production). */
export function logAsJson(): void {
  if (state.json) return;
  state.json = true;
  const levels: [keyof Console, Level][] = [
    ['debug', 'debug'],
    ['log', 'info'],
    ['info', 'info'],
    ['warn', 'warn'],
    ['error', 'error'],
    ['trace', 'debug'],
  ];
  for (const [method, level] of levels) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      const { msg, fields } = consoleEntry(args);
      write(level, jsonLine(level, msg, fields));
    };
  }
}

/**
 * A JSON log line as a person reads it, for output that people watch (the e2e server, several
 * instances in one terminal): "level msg [requestId]" and the stack; null for an access-log line
 * of a request that went well. A line that is not JSON is returned as it is.
 */
export function readableLine(line: string): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.msg !== 'string') return line;
  const { time, level, msg, requestId, error, ...fields } = entry;
  void time;
  if (msg === 'request' && typeof fields.status === 'number' && fields.status < 500) return null;
  const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
  const id = requestId ? ` [${requestId}]` : '';
  const stack = (error as { stack?: string; message?: string } | undefined)?.stack ?? (error as { message?: string } | undefined)?.message;
  return `${level === 'info' ? '' : `${String(level).toUpperCase()} `}${msg}${extra}${id}${stack ? `\n${stack}` : ''}`;
}
