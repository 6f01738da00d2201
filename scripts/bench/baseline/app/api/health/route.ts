// Like the app's /api/health: a dynamic route that the bench asks whether the server is up. It is
// there so that both servers have answered one dynamic request before they are measured, as every
// real server has: Node.js 20 turns its async hooks on at the first one, for good (ADR 0009).
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true });
}
