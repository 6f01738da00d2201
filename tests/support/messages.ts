// Walking a language's texts (tests/unit/i18n-messages.test.ts, portal-messages.test.ts): every text
// as [path, text], a function called with numbers and with words; and the shape, keys only.

/** Every text of a messages object as [path, text]; a function is called with numbers (3, 4, …) and with words. */
export function texts(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const numbers = Array.from({ length: fn.length }, (_, i) => i + 3);
    const words = Array.from({ length: fn.length }, () => 'X');
    const results: [string, string][] = [];
    for (const [kind, args] of [
      ['n', numbers],
      ['s', words],
    ] as const) {
      try {
        results.push([`${at}(${kind})`, String(fn(...args))]);
      } catch {
        // a function that needs a value of its own kind (a date) for this sample
      }
    }
    return results;
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, at ? `${at}.${k}` : k));
  throw new Error(`${at}: not a text (${typeof value})`);
}

/** The same shape, keys only (functions as their parameter count). */
export function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}
