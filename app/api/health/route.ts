import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** For load balancers and the test setup: is the app up and can it reach its database? */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
