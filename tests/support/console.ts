import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * For a test file that breaks rows on purpose: console.error is muted in every test and what it
 * was given kept, to check the one line an unreadable row is logged with.
 */
export function recordConsoleErrors() {
  let spy: MockInstance<typeof console.error> | null = null;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => spy?.mockRestore());
  return {
    /** What was logged since the test began (or since clear()), one line per call. */
    lines: () => (spy?.mock.calls ?? []).map((args) => args.map(String).join(' ')),
    clear: () => spy?.mockClear(),
  };
}
