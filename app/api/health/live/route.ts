import { livenessResponse } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** Liveness: the process runs (also while it stops); no database (lib/health.ts). */
export const GET = livenessResponse;
