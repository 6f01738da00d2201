import { createHash, randomBytes } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { nl } from '@/lib/i18n/nl';
import { MAX_BYTES, MAX_PIXELS, MIN_HEIGHT, MIN_WIDTH, VARIANT_WIDTHS } from './rules';

// The server never trusts the browser: the type is read from the file's first bytes, the image is
// decoded with limits, and what is stored is a fresh encoding without any metadata (EXIF, GPS).

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'heif';

/** The kind of image by its magic bytes, or null for anything else (SVG, PDF, programs, …). */
export function sniffImage(data: Uint8Array): ImageKind | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (data.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  // ISO base media file with an image brand: HEIC/HEIF from phones (and AVIF).
  if (data.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(8, 12))) return 'heif';
  return null;
}

export type Variant = { width: number; height: number; format: 'webp' | 'jpeg'; name: string; data: Buffer };
export type ProcessedPhoto = { width: number; height: number; variants: Variant[] };
export type PhotoError = {
  ok: false;
  code: 'too-big' | 'not-an-image' | 'unreadable' | 'too-many-pixels' | 'not-landscape' | 'too-small';
  message: string;
};

const m = () => nl.photo.errors;

/** Checks and re-encodes an uploaded photo into VARIANT_WIDTHS × (WebP, JPEG). */
export async function processPhoto(data: Buffer): Promise<({ ok: true } & ProcessedPhoto) | PhotoError> {
  if (data.length > MAX_BYTES) return { ok: false, code: 'too-big', message: m().tooBig };
  const kind = sniffImage(data);
  if (!kind) return { ok: false, code: 'not-an-image', message: m().notAnImage };

  const input = () => sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error', sequentialRead: true });
  let meta: Metadata;
  try {
    meta = await input().metadata();
  } catch (error) {
    if (/pixel limit/i.test(String(error))) return { ok: false, code: 'too-many-pixels', message: m().tooManyPixels };
    return { ok: false, code: 'unreadable', message: kind === 'heif' ? m().heif : m().unreadable };
  }
  if (!meta.width || !meta.height) return { ok: false, code: 'unreadable', message: m().unreadable };
  if (meta.width * meta.height > MAX_PIXELS) return { ok: false, code: 'too-many-pixels', message: m().tooManyPixels };
  // EXIF orientation 5–8 means the camera stored the picture turned a quarter.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  if (width <= height) return { ok: false, code: 'not-landscape', message: m().notLandscape(width, height) };
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return { ok: false, code: 'too-small', message: m().tooSmall(width, height) };

  try {
    // Decode once, upright and in sRGB; every variant is encoded from that, with no metadata kept.
    const { data: pixels, info } = await input().rotate().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const upright = () => sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
    // Content hash plus a part of its own per upload: a name always means the same bytes (cacheable
    // for a year), and two uploads of the same photo never share files (removing one keeps the other's).
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 16) + randomBytes(5).toString('hex');
    const widths = VARIANT_WIDTHS.filter((w) => w <= width);
    const variants: Variant[] = [];
    for (const w of widths) {
      const h = Math.round((w / width) * height);
      const resized = () => upright().resize({ width: w, height: h, fit: 'fill' });
      const [webp, jpeg] = await Promise.all([
        resized().webp({ quality: 72, effort: 4 }).toBuffer(),
        resized().flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true, progressive: true }).toBuffer(),
      ]);
      variants.push({ width: w, height: h, format: 'webp', name: `${hash}-${w}.webp`, data: webp });
      variants.push({ width: w, height: h, format: 'jpeg', name: `${hash}-${w}.jpg`, data: jpeg });
    }
    return { ok: true, width, height, variants };
  } catch {
    return { ok: false, code: 'unreadable', message: m().unreadable };
  }
}
