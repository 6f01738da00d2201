import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** The rendered HTML of one outbox message, for the iframe on /dev/mail. Only in development. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (process.env.NODE_ENV !== 'development') return new Response('Niet gevonden', { status: 404 });
  const { id } = await params;
  const message = await prisma.outboxMessage.findUnique({ where: { id }, select: { html: true } });
  if (!message) return new Response('Niet gevonden', { status: 404 });
  return new Response(message.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "script-src 'none'",
      'X-Frame-Options': 'SAMEORIGIN',
    },
  });
}
