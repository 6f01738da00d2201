import { after } from 'next/server';
import { localeFor } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import { translateMessage } from '@/lib/i18n/translate';
import { logError } from '@/lib/log';
import { currentUser } from '@/lib/auth/session';
import { clientAddress } from '@/lib/limits/client-address';
import { counter } from '@/lib/limits/limiter';
import { ANONYMOUS_UNATTACHED_MAX_BYTES, ANONYMOUS_UPLOADS_PER_DAY, MAX_BYTES, UPLOADS_PER_HOUR } from '@/lib/photos/rules';
import { anonymousUnattachedBytes, cleanupUnusedPhotos, storeUpload } from '@/lib/photos/service';

export const dynamic = 'force-dynamic';

// Uploads are open to anonymous visitors (the registration form has a photo), so they are limited
// per client address (counted before the work, so parallel requests can't slip through), and
// anonymous ones also per day and by the space that unattached anonymous photos take together. An
// upload attaches to nothing until a form with its claim is sent; unused ones go after a day.
const perHour = counter('upload-hour', UPLOADS_PER_HOUR, 60 * 60);
const anonymousPerDay = counter('upload-anonymous-day', ANONYMOUS_UPLOADS_PER_DAY, 24 * 60 * 60);

const json = (status: number, body: object, headers: HeadersInit = {}) => Response.json(body, { status, headers });
const tooMany = (message: string, retryAfterMs: number) =>
  json(429, { error: message }, { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) });

/** POST the file itself as the body (Content-Type: the image type). Answers { id, claim, preview } or { error }. */
export async function POST(request: Request) {
  // Who uploads (read once), and so the messages' language (the account's, or the registration's
  // choice). Never in the way of the answer: without a readable session (the database away), nobody.
  const user = await currentUser().catch(() => null);
  const locale = await localeFor(user);
  const t = portalMessages(locale);
  try {
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) return json(413, { error: t.photo.errors.tooBig });
    const address = clientAddress(request.headers);
    const hour = await perHour.hit(address);
    if (hour.limited) return tooMany(t.photo.errors.tooMany, hour.retryAfterMs);
    if (!user) {
      const day = await anonymousPerDay.hit(address);
      if (day.limited) return tooMany(t.photo.errors.tooManyToday, day.retryAfterMs);
      if ((await anonymousUnattachedBytes()) >= ANONYMOUS_UNATTACHED_MAX_BYTES) {
        console.warn(`[photos] anonymous uploads refused: unattached anonymous photos reached ${ANONYMOUS_UNATTACHED_MAX_BYTES} bytes`);
        return tooMany(t.photo.errors.busy, 60 * 60 * 1000);
      }
    }

    const data = await readLimited(request, MAX_BYTES).catch(() => 'broken' as const);
    if (data === 'broken') return json(400, { error: t.photo.errors.notAnImage });
    if (data === 'too-big') return json(413, { error: t.photo.errors.tooBig });
    if (!data.length) return json(400, { error: t.photo.errors.notAnImage });
    const result = await storeUpload(data, user?.id ?? null);
    after(() => cleanupUnusedPhotos().catch((error) => console.error('[photos] cleanup', error)));
    if (!result.ok)
      return json(result.code === 'too-big' ? 413 : 422, { error: translateMessage(result.message, locale), code: result.code });
    return json(201, { id: result.id, claim: result.claim, preview: result.preview });
  } catch (error) {
    return json(500, { error: t.app.genericError(logError(error)) });
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
