import { readinessResponse } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Readiness: database reachable, migrations current, pages fresh, not stopping (lib/health.ts). */
export const GET = readinessResponse;
