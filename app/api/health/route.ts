import { prisma } from '@/lib/db';
import { pagesFresh } from '@/lib/jobs';

export const dynamic = 'force-dynamic';

/** For load balancers and the test setup: is the app up, can it reach its database, are its pages fresh? */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    if (!pagesFresh()) return Response.json({ ok: false, status: 'starting' }, { status: 503 });
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
