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

// scripts/server.ts compresses and ends whole pages itself, with an ETag worked out once per page
// instead of on every request (lib/server/whole-bodies.ts, ADR 0041); `next dev` and `next start` as ever.
const ownFinish = (): NextConfig => (process.env.DORDTPAS_SERVER === '1' ? { compress: false, generateEtags: false } : {});

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
    // `npm test` builds for the e2e tests right after `tsc --noEmit` passed over the whole tree: the
    // build's own type check (the same files, half a minute) is then skipped. Every other build checks.
    typescript: { ignoreBuildErrors: process.env.NEXT_TYPES_CHECKED === '1' },
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders() }];
    },
    ...ownFinish(),
    ...sharedCache(phase),
  };
}
