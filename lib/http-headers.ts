// JSON, so that the benchmark's baseline (scripts/bench/baseline) can send the same headers.
import production from './security-headers.json';

/**
 * The security headers of every response. In development React and Next need eval (call stacks,
 * Fast Refresh), so only there script-src also allows 'unsafe-eval'. ADR 0011 explains script-src.
 */
export function securityHeaders(nodeEnv = process.env.NODE_ENV): { key: string; value: string }[] {
  if (nodeEnv === 'production') return production;
  return production.map((h) =>
    h.key === 'Content-Security-Policy' ? { ...h, value: h.value.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'") } : h,
  );
}
