import busboy from 'next/dist/compiled/busboy';
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';

// Checks of a server action request that Next.js 16 answers with a 500 when they fail, made in
// proxy.ts before Next.js reads the request (issue 15): a foreign or broken Origin, a body React
// cannot decode, more arguments than any of our actions takes. Whatever passes here Next.js can
// decode; what the arguments mean is formAction's business (lib/auth/action.ts).

export type Refusal = { status: 400 | 403 | 413; reason: string };

/** Next.js's own limit for an action's body (`serverActions.bodySizeLimit`, not set in next.config.ts). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Our actions take (previous state, form), (form) or nothing. */
const MAX_ARGUMENTS = 2;
/** A FormState is three levels deep; anything far deeper is no state of ours. */
const MAX_DEPTH = 16;
const ACTION_ID = /^[0-9a-f]{42}$/;
/** Flight reply strings that start with "$" and that our arguments use: an escaped "$…", undefined, a form. */
const KNOWN_REFERENCE = /^\$(\$|undefined$|K[0-9a-f]{1,8}$)/;
const FORM_FIELD = /^_[0-9a-f]{1,8}_/;

/**
 * Whether Next.js will take this request for a server action: a POST with a Next-Action header
 * (sent by the client router) or a multipart POST (a form without JavaScript). The matcher in
 * proxy.ts sends exactly these here; anything else passes untouched.
 */
export function isActionRequest(request: Request): boolean {
  // Route handlers read their own bodies; Next.js takes no action there.
  if (request.method !== 'POST' || new URL(request.url).pathname.startsWith('/api/')) return false;
  return request.headers.has('next-action') || (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
}

/** The host the Origin must name: Next.js compares it with X-Forwarded-Host, or else Host. */
function expectedHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

/** Refuses what Next.js would answer with a 500, with a status that says whose fault it is. */
export async function checkActionRequest(request: Request): Promise<Refusal | null> {
  const { headers } = request;
  const origin = headers.get('origin');
  // Browsers always send an Origin with a POST; without one (curl, a test) Next.js lets it pass, as we do.
  // next.config.ts sets no serverActions.allowedOrigins: should it ever, those must pass here too.
  if (origin !== null) {
    if (origin === 'null') return { status: 403, reason: 'Origin null' };
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return { status: 403, reason: `Origin is no URL: ${printable(origin)}` };
    }
    if (host !== expectedHost(headers)) return { status: 403, reason: `foreign Origin ${printable(origin)}` };
  }

  const actionId = headers.get('next-action');
  const type = headers.get('content-type') ?? '';
  const multipart = type.startsWith('multipart/form-data');
  if (actionId !== null) {
    if (!ACTION_ID.test(actionId)) return { status: 400, reason: `malformed action id ${printable(actionId)}` };
    // Next.js answers a form-urlencoded action itself (404); other types it would try to decode as Flight.
    if (!multipart && !type.startsWith('text/plain') && type !== 'application/x-www-form-urlencoded') {
      return { status: 400, reason: `Content-Type ${printable(type)}` };
    }
    const tree = headers.get('next-router-state-tree');
    if (tree !== null) {
      try {
        parseAndValidateFlightRouterState(tree);
      } catch {
        return { status: 400, reason: 'malformed Next-Router-State-Tree' };
      }
    }
  }
  if (multipart && !/;\s*boundary=/i.test(type)) return { status: 400, reason: 'multipart without boundary' };
  if (actionId === null && !multipart) return null;
  if (type === 'application/x-www-form-urlencoded') return null;

  if (Number(headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) return { status: 413, reason: 'body over 1 MB' };
  // Next.js buffers what the proxy sees anyway (to replay it), up to proxyClientMaxBodySize (10 MB).
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength > ACTION_BODY_LIMIT) return { status: 413, reason: 'body over 1 MB' };

  if (!multipart) return checkReplyRoot(new TextDecoder().decode(body));
  // Next.js reads a fetch action's form with busboy and a form post without JavaScript with
  // Request.formData(); each is parsed here as Next.js will, since they differ on broken input.
  if (actionId !== null) {
    const parts = await busboyParts(body, type);
    return parts === 'malformed' ? { status: 400, reason: 'malformed multipart body' } : checkReplyParts(parts);
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    return { status: 400, reason: 'malformed multipart body' };
  }
  return checkFormPost(form);
}

type Part = { name: string; value: string | null; base64: boolean };

function busboyParts(body: Uint8Array, type: string): Promise<Part[] | 'malformed'> {
  return new Promise((resolve) => {
    const parts: Part[] = [];
    try {
      const parser = busboy({ headers: { 'content-type': type }, defParamCharset: 'utf8', limits: { fieldSize: ACTION_BODY_LIMIT } });
      parser.on('field', (name, value) => parts.push({ name, value, base64: false }));
      parser.on('file', (name, stream, info) => {
        stream.resume();
        parts.push({ name, value: null, base64: info.encoding.toLowerCase() === 'base64' });
      });
      parser.on('error', () => resolve('malformed'));
      parser.on('close', () => resolve(parts));
      parser.end(body);
    } catch {
      resolve('malformed');
    }
  });
}

/** A fetch action's multipart body: the root row "0" and the fields of the forms it references. */
function checkReplyParts(parts: Part[]): Refusal | null {
  for (const part of parts) {
    if (part.name !== '0' && !FORM_FIELD.test(part.name)) return { status: 400, reason: `unexpected part ${printable(part.name)}` };
    // React refuses base64 file uploads by throwing.
    if (part.base64) return { status: 400, reason: 'base64 file part' };
  }
  const root = parts.filter((p) => p.name === '0');
  if (root.length !== 1 || root[0].value === null) return { status: 400, reason: 'no single root row' };
  return checkReplyRoot(root[0].value);
}

/** The arguments row: a list of at most MAX_ARGUMENTS plain values, forms and escaped strings. */
function checkReplyRoot(json: string): Refusal | null {
  const args = parseJson(json);
  if (!Array.isArray(args)) return { status: 400, reason: 'arguments are not a JSON list' };
  if (args.length > MAX_ARGUMENTS) return { status: 400, reason: `${args.length} arguments` };
  return checkValue(args, 0);
}

/**
 * A form sent without JavaScript: React decodes the action's descriptor ("$ACTION_1:0") and its
 * bound arguments (the state of useActionState, "$ACTION_1:1") from hidden fields.
 */
function checkFormPost(form: FormData): Refusal | null {
  for (const key of form.keys()) {
    // An action without bound arguments names itself in the field's name (Next.js logs a stack for a malformed one).
    if (key.startsWith('$ACTION_ID_') && !ACTION_ID.test(key.slice('$ACTION_ID_'.length)))
      return { status: 400, reason: `malformed action id ${printable(key)}` };
    if (!key.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const descriptor = form.getAll(`${prefix}0`);
    if (descriptor.length !== 1 || typeof descriptor[0] !== 'string') return { status: 400, reason: 'no single action descriptor' };
    const parsed = parseJson(descriptor[0]);
    if (!isDescriptor(parsed)) return { status: 400, reason: 'malformed action descriptor' };
    if (parsed.bound === null) continue;
    const bound = form.getAll(`${prefix}${parseInt(parsed.bound.slice(2), 16)}`);
    if (bound.length !== 1 || typeof bound[0] !== 'string') return { status: 400, reason: 'bound arguments missing' };
    const args = parseJson(bound[0]);
    // The form itself is appended to the bound arguments.
    if (!Array.isArray(args) || args.length > MAX_ARGUMENTS - 1) return { status: 400, reason: 'malformed bound arguments' };
    const problem = checkValue(args, 0);
    if (problem) return problem;
  }
  return null;
}

function isDescriptor(value: unknown): value is { id: string; bound: string | null } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { id, bound } = value as Record<string, unknown>;
  return (
    typeof id === 'string' && ACTION_ID.test(id) && (bound === null || (typeof bound === 'string' && /^\$@[0-9a-f]{1,8}$/.test(bound)))
  );
}

function checkValue(value: unknown, depth: number): Refusal | null {
  if (depth > MAX_DEPTH) return { status: 400, reason: 'arguments nested too deep' };
  if (typeof value === 'string') {
    return value.startsWith('$') && !KNOWN_REFERENCE.test(value) ? { status: 400, reason: `Flight reference ${printable(value)}` } : null;
  }
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const problem = checkValue(item, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A header value fit for one log line: short, without control characters. */
export function printable(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 60)}…` : clean);
}
