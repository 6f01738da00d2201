import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback';
// next-auth cannot be loaded under vitest ('next/server' without an extension); the public actions
// tested here never ask who is logged in.
vi.mock('@/lib/auth/session', () => ({
  currentUser: () => {
    throw new Error('a public action asked for the user');
  },
}));

import { formAction } from '@/lib/auth/action';
import { initialFormState } from '@/lib/forms';

// Junk sent to a server action is the client's mistake (issue 15): a 4xx and one log line, never a
// 500. tests/e2e/fuzz.spec.ts sends it over HTTP; this is the rule it relies on for the arguments.

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
    expect(handler).toHaveBeenCalledWith({ name: 'Zwembad' }, { user: null, values: { name: 'Zwembad' } });
  });
});
