import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { logError } from '@/lib/auth/action';
import { currentUser } from '@/lib/auth/session';
import { createLimiter } from '@/lib/rate-limit';
import { MAX_BYTES } from '@/lib/photos/rules';
import { cleanupUnusedPhotos, storeUpload } from '@/lib/photos/service';

export const dynamic = 'force-dynamic';

// Uploads are open to anonymous visitors (the registration form has a photo), so they are limited
// per address; an upload attaches to nothing until a form with its claim is sent.
const uploads = createLimiter(30, 60 * 60 * 1000);

const json = (status: number, body: object) => Response.json(body, { status });

/** POST the file itself as the body (Content-Type: the image type). Answers { id, claim, preview } or { error }. */
export async function POST(request: Request) {
  // The address the reverse proxy saw is the last one it appended; earlier ones come from the client.
  const ip = request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'local';
  if (uploads.isLimited(ip)) return json(429, { error: nl.photo.errors.tooMany });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) return json(413, { error: nl.photo.errors.tooBig });

  const data = await readLimited(request, MAX_BYTES);
  if (data === 'too-big') return json(413, { error: nl.photo.errors.tooBig });
  if (!data.length) return json(400, { error: nl.photo.errors.notAnImage });
  uploads.record(ip);
  try {
    const user = await currentUser().catch(() => null);
    const result = await storeUpload(data, user?.id ?? null);
    after(() => cleanupUnusedPhotos().catch((error) => console.error('[photos] cleanup', error)));
    if (!result.ok) return json(result.code === 'too-big' ? 413 : 422, { error: result.message, code: result.code });
    return json(201, { id: result.id, claim: result.claim, preview: result.preview });
  } catch (error) {
    return json(500, { error: nl.app.genericError(logError(error)) });
  }
}

/** Reads the body, giving up as soon as it passes `limit` bytes (a lying Content-Length included). */
async function readLimited(request: Request, limit: number): Promise<Buffer | 'too-big'> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return 'too-big';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
