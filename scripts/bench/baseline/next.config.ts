import type { NextConfig } from 'next';
import securityHeaders from '../../../lib/security-headers.json';

// The benchmark's baseline: the same Next.js and the same settings as the app (security headers,
// no x-powered-by), serving bare static pages of the same HTML size (scripts/bench/run.ts).
const config: NextConfig = {
  poweredByHeader: false,
  distDir: '.next-baseline',
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default config;
