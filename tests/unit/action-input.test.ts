import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
// next-auth cannot be loaded under vitest ('next/server' without an extension); a public action asks
// who is logged in only for the language of its answer (issue 21): nobody here.
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => null }));

import { formAction } from '@/lib/auth/action';
import { checkActionRequest } from '@/lib/auth/action-request';
import { initialFormState } from '@/lib/forms';

// Junk sent to a server action is the client's mistake (issue 15): a 4xx and one log line, never a
// 500. tests/e2e/fuzz.spec.ts sends it over HTTP; these are the rules it relies on, one by one.

/** The HTTP status Next.js gives an error thrown by an action (404 for notFound(); anything else is a 500). */
async function statusOf(call: Promise<unknown>): Promise<number | 'answered'> {
  try {
    await call;
    return 'answered';
  } catch (error) {
    return isHTTPAccessFallbackError(error) ? getAccessFallbackHTTPStatus(error) : 500;
  }
}

describe('formAction with arguments that are no form', () => {
  const handler = vi.fn(async () => ({ ok: true, fieldErrors: {}, values: {} }));
  const action = formAction('public', z.object({ name: z.string().optional() }), handler);
  // What a handcrafted request can make React decode: the arguments are not checked by TypeScript.
  const call = (...args: unknown[]) => (action as (...a: unknown[]) => Promise<unknown>)(...args);

  test.each([
    ['a string for the form', [initialFormState, 'hello']],
    ['no form at all', [initialFormState]],
    ['a plain object for the form', [initialFormState, { name: 'x' }]],
    ['the form alone (a post without JavaScript of an action without state)', [new FormData()]],
    ['a number for the state', [42, new FormData()]],
    ['null for the state', [null, new FormData()]],
    ['a list for the state', [[], new FormData()]],
  ])('%s: refused with a 404 and one log line, the handler never runs', async (_label, args) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await statusOf(call(...args))).toBe(404);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[action\] 404: called with /);
    expect(error).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  test('a state and a form still reach the handler', async () => {
    const form = new FormData();
    form.set('name', 'Zwembad');
    expect(await call(initialFormState, form)).toEqual({ ok: true, fieldErrors: {}, values: {} });
    expect(handler).toHaveBeenCalledWith({ name: 'Zwembad' }, { user: null, values: { name: 'Zwembad' }, locale: { value: 'nl' } });
  });
});

describe('checkActionRequest (proxy.ts)', () => {
  const ID = 'a'.repeat(42);
  const request = (init: { headers?: Record<string, string>; body?: string }) =>
    new Request('http://127.0.0.1:3000/inloggen', {
      method: 'POST',
      headers: {
        host: '127.0.0.1:3000',
        origin: 'http://127.0.0.1:3000',
        'next-action': ID,
        'content-type': 'text/plain;charset=UTF-8',
        ...init.headers,
      },
      body: init.body ?? JSON.stringify([initialFormState, '$K1']),
    });
  const multipart = (fields: Record<string, string>) => {
    const parts = Object.entries(fields).map(([k, v]) => `--xyz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    return { headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body: `${parts.join('')}--xyz--\r\n` };
  };
  const form = (root: string, fields: Record<string, string> = {}) => multipart({ ...fields, 0: root });

  test('what our forms send passes', async () => {
    expect(await checkActionRequest(request({}))).toBeNull();
    expect(
      await checkActionRequest(request(form(JSON.stringify([initialFormState, '$K1']), { _1_name: 'Zwembad', _1_$ACTION_KEY: 'k1' }))),
    ).toBeNull();
    // Behind a reverse proxy Next.js compares the Origin with X-Forwarded-Host.
    expect(await checkActionRequest(request({ headers: { host: 'internal:3000', 'x-forwarded-host': '127.0.0.1:3000' } }))).toBeNull();
  });

  test.each([
    ['a foreign Origin', { headers: { origin: 'https://evil.example' } }, 403],
    ['Origin null', { headers: { origin: 'null' } }, 403],
    ['an Origin that is no URL', { headers: { origin: 'garbage' } }, 403],
    ['a malformed action id', { headers: { 'next-action': 'x' } }, 400],
    ['a JSON Content-Type', { headers: { 'content-type': 'application/json' } }, 400],
    ['a broken router state', { headers: { 'next-router-state-tree': '%' } }, 400],
    ['arguments that are no list', { body: '"hello"' }, 400],
    ['three arguments', { body: '[1,2,3]' }, 400],
    ['a Flight reference to a Map', { body: '["$Q1"]' }, 400],
    ['a BigInt that is none', { body: '["$nabc"]' }, 400],
    ['nested 100 deep', { body: '['.repeat(100) + ']'.repeat(100) }, 400],
    ['no JSON', { body: '[1,' }, 400],
    ['a body over 1 MB', { body: JSON.stringify(['x'.repeat(1_100_000)]) }, 413],
    ['a multipart body cut short', { ...form('[]'), body: form('[]').body.slice(0, 30) }, 400],
    ['a multipart part that is no form field', form('[]', { other: 'x' }), 400],
  ])('%s: %i', async (_label, init, status) => {
    expect((await checkActionRequest(request(init)))?.status).toBe(status);
  });

  test('a form post without JavaScript: its hidden descriptor and state are checked too', async () => {
    const noAction = (fields: Record<string, string>) => {
      const r = request(multipart(fields));
      r.headers.delete('next-action');
      return r;
    };
    const descriptor = JSON.stringify({ id: ID, bound: '$@1' });
    expect(
      await checkActionRequest(
        noAction({ $ACTION_REF_1: '', '$ACTION_1:0': descriptor, '$ACTION_1:1': JSON.stringify([initialFormState]), name: 'x' }),
      ),
    ).toBeNull();
    expect((await checkActionRequest(noAction({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":' })))?.status).toBe(400);
    expect((await checkActionRequest(noAction({ $ACTION_REF_1: '', '$ACTION_1:0': descriptor, '$ACTION_1:1': '["$Q2"]' })))?.status).toBe(
      400,
    );
    expect((await checkActionRequest(noAction({ $ACTION_REF_1: '', '$ACTION_1:0': descriptor })))?.status).toBe(400);
    expect(await checkActionRequest(noAction({ [`$ACTION_ID_${ID}`]: '', name: 'x' }))).toBeNull();
    expect((await checkActionRequest(noAction({ $ACTION_ID_abc: '' })))?.status).toBe(400);
  });
});
