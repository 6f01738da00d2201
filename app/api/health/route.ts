import { readinessResponse } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Readiness, for load balancers and the test setup (the same as /api/health/ready; lib/health.ts). */
export const GET = readinessResponse;
