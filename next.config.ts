import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { securityHeaders } from './lib/http-headers';

// With REDIS_URL the production server keeps Next.js's cache in Redis, shared by every instance
// (ADR 0031). Not at build time (a build needs no Redis) nor in development (which caches nothing):
// the handler is a TypeScript file that the server, run by tsx, imports unbundled.
const sharedCache = (phase: string): NextConfig =>
  phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL
    ? { cacheHandler: path.join(process.cwd(), 'lib/cache/redis-handler.ts'), cacheMaxMemorySize: 0 }
    : {};

export default function nextConfig(phase: string): NextConfig {
  return {
    // Native and Node-only packages stay outside the bundle.
    serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'nodemailer', 'pg-boss'],
    poweredByHeader: false,
    // The dev-only badge sat over content at the bottom left on phones; build errors still show.
    devIndicators: false,
    // One root layout per route group (the <html lang dir> of each language, ADR 0038): a URL that
    // is no route at all gets app/global-not-found.tsx.
    experimental: { globalNotFound: true },
    // Tests and the dev runner may build into another folder so that a running dev server is not disturbed.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders() }];
    },
    ...sharedCache(phase),
  };
}
