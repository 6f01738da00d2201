import { describe, expect, test } from 'vitest';
import { securityHeaders } from '@/lib/http-headers';

// ADR 0011: scripts only from our own origin plus Next's inline bootstrap; eval only in development.

const csp = (nodeEnv: 'production' | 'development') => {
  const value = securityHeaders(nodeEnv).find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  return Object.fromEntries(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
};

describe('Content-Security-Policy', () => {
  test('production: script-src self and inline, no eval; inline event handler attributes never', () => {
    const policy = csp('production');
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
  });

  test('development: the same, plus eval for React and Fast Refresh', () => {
    const dev = csp('development');
    expect(dev['script-src']).toEqual(["'self'", "'unsafe-eval'", "'unsafe-inline'"]);
    expect({ ...dev, 'script-src': [] }).toEqual({ ...csp('production'), 'script-src': [] });
    // The other headers are the same in both.
    expect(securityHeaders('development').map((h) => h.key)).toEqual(securityHeaders('production').map((h) => h.key));
  });
});
