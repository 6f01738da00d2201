import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http-headers';

const nextConfig: NextConfig = {
  // Native and Node-only packages stay outside the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'nodemailer', 'pg-boss'],
  poweredByHeader: false,
  // The dev-only badge sat over content at the bottom left on phones; build errors still show.
  devIndicators: false,
  // Tests and the dev runner may build into another folder so that a running dev server is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

export default nextConfig;
