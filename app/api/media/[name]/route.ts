import { localStorage } from '@/lib/storage/local';

// Serves photo files from local disk. Names are content-hashed: a name always means the same bytes,
// so browsers and proxies may keep them for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const data = await localStorage().read(name);
  if (!data) return new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': name.endsWith('.webp') ? 'image/webp' : 'image/jpeg',
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
