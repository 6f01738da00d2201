import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { processPhoto, sniffImage } from '@/lib/photos/process';
import { MAX_BYTES, MAX_PIXELS } from '@/lib/photos/rules';
import { storeUpload } from '@/lib/photos/service';
import { SAFE_NAME } from '@/lib/storage/local';
import { bombPng, cameraJpeg, exeFile, oversizeFile, pdfFile, plainImage, svgFile } from '../support/images';
import { CAMERA_EXIF_STRINGS, hasCameraGpsLatitude, setUpPhotoTests } from '../support/photos';

// lib/photos/process.ts (sniffImage, processPhoto) and what storeUpload does with a refused file.
// Everything is real: sharp decodes and encodes, PostgreSQL stores, files go to a temporary dir.

const uploads = setUpPhotoTests();
const errors = nl.photo.errors;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

type Accepted = Extract<Awaited<ReturnType<typeof processPhoto>>, { ok: true }>;

async function accepted(data: Buffer): Promise<Accepted> {
  const result = await processPhoto(data);
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result;
}

/** An AVIF-coded HEIF file (sharp's prebuilt libvips cannot write HEVC-coded HEIC). */
const heifImage = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#a05030' } })
    .heif({ compression: 'av1' })
    .toBuffer();

/** An ISO-BMFF header: size, 'ftyp', the major brand. */
const ftypHeader = (brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`, 'latin1'), Buffer.alloc(12)]);

describe('sniffImage: the kind by the first bytes, not by name or declared type', () => {
  test('JPEG, PNG and WebP by their magic bytes', async () => {
    expect(sniffImage(await plainImage(20, 10, 'jpeg'))).toBe('jpeg');
    expect(sniffImage(await plainImage(20, 10, 'png'))).toBe('png');
    expect(sniffImage(await plainImage(20, 10, 'webp'))).toBe('webp');
  });

  test('HEIC/HEIF (and AVIF) by the ftyp brand', async () => {
    for (const brand of ['heic', 'heix', 'hevc', 'mif1', 'msf1', 'avif']) expect(sniffImage(ftypHeader(brand)), brand).toBe('heif');
    expect(sniffImage(await heifImage(32, 18))).toBe('heif');
  });

  test('SVG, PDF, a program, an MP4 video, empty and too-short data are not images', () => {
    expect(sniffImage(svgFile())).toBeNull();
    expect(sniffImage(pdfFile())).toBeNull();
    expect(sniffImage(exeFile())).toBeNull();
    expect(sniffImage(ftypHeader('isom'))).toBeNull();
    expect(sniffImage(ftypHeader('qt  '))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
    expect(sniffImage(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImage(Buffer.from('\x89PNG\r\n', 'binary'))).toBeNull();
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WAVE', 'binary'))).toBeNull();
  });
});

describe('processPhoto accepts JPEG, PNG, WebP and HEIF', () => {
  test.each(['jpeg', 'png', 'webp'] as const)('a landscape %s of 1600 × 900', async (format) => {
    const result = await accepted(await plainImage(1600, 900, format));
    expect(result).toMatchObject({ width: 1600, height: 900 });
    expect(result.variants.map((v) => `${v.format} ${v.width}×${v.height}`)).toEqual([
      'webp 480×270',
      'jpeg 480×270',
      'webp 960×540',
      'jpeg 960×540',
      'webp 1600×900',
      'jpeg 1600×900',
    ]);
  });

  test('a HEIF file (ftyp brand avif, as sharp writes it) is accepted and re-encoded', async () => {
    const heif = await heifImage(1600, 900);
    expect(heif.subarray(4, 12).toString('latin1')).toBe('ftypavif');
    const result = await accepted(heif);
    expect(result).toMatchObject({ width: 1600, height: 900 });
    expect((await sharp(result.variants[0].data).metadata()).format).toBe('webp');
  });

  test('the same HEIF file with the brand heic (as an iPhone writes) is accepted too', async () => {
    const heic = Buffer.from(await heifImage(1600, 900));
    heic.write('heic', 8, 'latin1');
    expect(sniffImage(heic)).toBe('heif');
    expect(await accepted(heic)).toMatchObject({ width: 1600, height: 900 });
  });

  test('the smallest allowed size, 1200 × 675, is accepted with the widths 480 and 960 only', async () => {
    const result = await accepted(await plainImage(1200, 675));
    expect(result.variants.map((v) => `${v.format} ${v.width}×${v.height}`)).toEqual([
      'webp 480×270',
      'jpeg 480×270',
      'webp 960×540',
      'jpeg 960×540',
    ]);
  });

  test('a PNG with transparency: the WebP keeps the alpha channel, the JPEG is flattened onto white', async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const result = await accepted(png);
    const webp = result.variants.find((v) => v.format === 'webp' && v.width === 480)!;
    const jpeg = result.variants.find((v) => v.format === 'jpeg' && v.width === 480)!;
    expect((await sharp(webp.data).metadata()).hasAlpha).toBe(true);
    const { data, info } = await sharp(jpeg.data).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect([data[0], data[1], data[2]].every((c) => c >= 250)).toBe(true);
  });
});

describe('refused by content, with the exact Dutch message, and nothing stored', () => {
  async function refusedUpload(data: Buffer) {
    const result = await storeUpload(data, null);
    expect(result.ok).toBe(false);
    expect(await prisma.photo.count()).toBe(0);
    expect(uploads.files()).toEqual([]);
    if (result.ok) throw new Error('accepted');
    return result;
  }

  test('an SVG drawing (text, even though it describes a 1600 × 900 image)', async () => {
    expect(await refusedUpload(svgFile())).toEqual({ ok: false, code: 'not-an-image', message: errors.notAnImage });
  });

  test('a PDF', async () => {
    expect(await refusedUpload(pdfFile())).toEqual({ ok: false, code: 'not-an-image', message: errors.notAnImage });
  });

  test('a Windows program renamed to foto.jpg: only the bytes count', async () => {
    expect(await refusedUpload(exeFile())).toEqual({ ok: false, code: 'not-an-image', message: errors.notAnImage });
  });

  test('a decompression bomb: a PNG of a few hundred bytes that claims 100 000 × 100 000 pixels', async () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusedUpload(bomb)).toEqual({ ok: false, code: 'too-many-pixels', message: errors.tooManyPixels });
  });

  test('the pixel limit is 50 megapixels: a 7072 × 7072 header is refused for pixels, 7071 × 7071 passes on to the next check', async () => {
    expect(7072 * 7072).toBeGreaterThan(MAX_PIXELS);
    expect(7071 * 7071).toBeLessThanOrEqual(MAX_PIXELS);
    expect(await refusedUpload(bombPng(7072))).toEqual({ ok: false, code: 'too-many-pixels', message: errors.tooManyPixels });
    expect(await refusedUpload(bombPng(7071))).toEqual({ ok: false, code: 'not-landscape', message: errors.notLandscape(7071, 7071) });
  });

  test('a file over 10 MB, even one that starts like a JPEG', async () => {
    const big = oversizeFile();
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    expect(await refusedUpload(big)).toEqual({ ok: false, code: 'too-big', message: errors.tooBig });
  });

  test('a portrait photo, with its size in the message', async () => {
    expect(await refusedUpload(await plainImage(900, 1600))).toEqual({
      ok: false,
      code: 'not-landscape',
      message: errors.notLandscape(900, 1600),
    });
    expect(errors.notLandscape(900, 1600)).toContain('900 × 1600');
  });

  test('a square photo', async () => {
    expect(await refusedUpload(await plainImage(1500, 1500, 'png'))).toEqual({
      ok: false,
      code: 'not-landscape',
      message: errors.notLandscape(1500, 1500),
    });
  });

  test('a camera photo stored landscape but shot upright (EXIF orientation 6) counts as portrait', async () => {
    expect(await refusedUpload(await cameraJpeg(1600, 1200, 6))).toEqual({
      ok: false,
      code: 'not-landscape',
      message: errors.notLandscape(1200, 1600),
    });
  });

  test('too small: 1000 × 600, and 1300 × 650 (wide enough, not high enough)', async () => {
    expect(await refusedUpload(await plainImage(1000, 600))).toEqual({ ok: false, code: 'too-small', message: errors.tooSmall(1000, 600) });
    expect(errors.tooSmall(1000, 600)).toContain('1000 × 600');
    expect(await refusedUpload(await plainImage(1300, 650, 'webp'))).toEqual({
      ok: false,
      code: 'too-small',
      message: errors.tooSmall(1300, 650),
    });
  });

  test('a corrupt JPEG: valid magic bytes, garbage after', async () => {
    const corrupt = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 0x37)]);
    expect(sniffImage(corrupt)).toBe('jpeg');
    expect(await refusedUpload(corrupt)).toEqual({ ok: false, code: 'unreadable', message: errors.unreadable });
  });

  test('a truncated JPEG: a real header and half the picture', async () => {
    const photo = await cameraJpeg(1600, 900);
    expect(await refusedUpload(photo.subarray(0, photo.length >> 1))).toEqual({
      ok: false,
      code: 'unreadable',
      message: errors.unreadable,
    });
  });

  test('a HEIC that cannot be decoded gets the HEIC advice', async () => {
    const broken = Buffer.concat([ftypHeader('heic'), Buffer.alloc(400, 0x11)]);
    expect(await refusedUpload(broken)).toEqual({ ok: false, code: 'unreadable', message: errors.heif });
  });
});

describe('every accepted photo is re-encoded', () => {
  let camera: Buffer;
  let processed: Accepted;
  beforeAll(async () => {
    camera = await cameraJpeg(4000, 3000);
    const started = performance.now();
    processed = await accepted(camera);
    const ms = performance.now() - started;
    console.log(
      `[photos] processPhoto(cameraJpeg(4000, 3000), ${(camera.length / 1024).toFixed(0)} KB) took ${ms.toFixed(0)} ms; variants:\n` +
        processed.variants.map((v) => `  ${v.name}  ${v.width}×${v.height}  ${(v.data.length / 1024).toFixed(1)} KB`).join('\n'),
    );
  }, 60_000);

  test('the camera fixture does carry EXIF, a camera make and a GPS position (so the next tests mean something)', async () => {
    expect((await sharp(camera).metadata()).exif).toBeInstanceOf(Buffer);
    for (const s of CAMERA_EXIF_STRINGS) expect(camera.includes(s), s).toBe(true);
    expect(hasCameraGpsLatitude(camera)).toBe(true);
  });

  test('480, 960 and 1600 wide, in WebP and JPEG, and the files really are those sizes and formats', async () => {
    expect(processed).toMatchObject({ width: 4000, height: 3000 });
    expect(processed.variants.map((v) => [v.format, v.width, v.height])).toEqual([
      ['webp', 480, 360],
      ['jpeg', 480, 360],
      ['webp', 960, 720],
      ['jpeg', 960, 720],
      ['webp', 1600, 1200],
      ['jpeg', 1600, 1200],
    ]);
    for (const v of processed.variants) {
      const meta = await sharp(v.data).metadata();
      expect([meta.format, meta.width, meta.height], v.name).toEqual([v.format, v.width, v.height]);
    }
  });

  test('no EXIF, no GPS, no camera make and no XMP in any variant', async () => {
    for (const v of processed.variants) {
      const meta = await sharp(v.data).metadata();
      expect(meta.exif, v.name).toBeUndefined();
      expect(meta.xmp, v.name).toBeUndefined();
      expect(meta.orientation, v.name).toBeUndefined();
      for (const s of CAMERA_EXIF_STRINGS) expect(v.data.includes(s), `${v.name} contains ${JSON.stringify(s)}`).toBe(false);
      expect(v.data.includes('EXIF'), `${v.name} has a WebP EXIF chunk`).toBe(false);
      expect(hasCameraGpsLatitude(v.data), `${v.name} contains the GPS latitude`).toBe(false);
    }
  });

  test("names start with the upload's SHA-256 (16 hex digits), then a part of their own, then the width", () => {
    const hash = sha256(camera).slice(0, 16);
    const [first] = processed.variants;
    const own = first.name.slice(16, 26);
    expect(own).toMatch(/^[a-f0-9]{10}$/);
    expect(processed.variants.map((v) => v.name)).toEqual([
      `${hash}${own}-480.webp`,
      `${hash}${own}-480.jpg`,
      `${hash}${own}-960.webp`,
      `${hash}${own}-960.jpg`,
      `${hash}${own}-1600.webp`,
      `${hash}${own}-1600.jpg`,
    ]);
    for (const v of processed.variants) expect(v.name).toMatch(SAFE_NAME);
  });

  test('uploading the same photo again gives new names (no shared files); another photo another hash', async () => {
    const again = await accepted(Buffer.from(camera));
    const names = new Set(processed.variants.map((v) => v.name));
    expect(again.variants.some((v) => names.has(v.name))).toBe(false);
    expect(again.variants[0].name.slice(0, 16)).toBe(processed.variants[0].name.slice(0, 16));
    const other = await accepted(await plainImage(4000, 3000));
    expect(other.variants[0].name.slice(0, 16)).not.toBe(processed.variants[0].name.slice(0, 16));
  });

  test('a 1400 wide photo gets only the 480 and 960 widths (never enlarged)', async () => {
    const result = await accepted(await plainImage(1400, 800));
    expect(result.variants.map((v) => [v.format, v.width, v.height])).toEqual([
      ['webp', 480, 274],
      ['jpeg', 480, 274],
      ['webp', 960, 549],
      ['jpeg', 960, 549],
    ]);
  });
});

describe('orientation is applied', () => {
  test('cameraJpeg(3000, 4000, 6): stored 3000 × 4000 and turned, it becomes a 4000 × 3000 landscape photo', async () => {
    const upright = await cameraJpeg(3000, 4000, 6);
    const meta = await sharp(upright).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([3000, 4000, 6]);
    const result = await accepted(upright);
    expect(result).toMatchObject({ width: 4000, height: 3000 });
    for (const v of result.variants) {
      const m = await sharp(v.data).metadata();
      expect([m.width, m.height, m.orientation], v.name).toEqual([v.width, v.height, undefined]);
      expect(v.width).toBeGreaterThan(v.height);
      for (const s of CAMERA_EXIF_STRINGS) expect(v.data.includes(s), `${v.name} contains ${JSON.stringify(s)}`).toBe(false);
    }
    expect(result.variants.map((v) => `${v.width}×${v.height}`)).toEqual([
      '480×360',
      '480×360',
      '960×720',
      '960×720',
      '1600×1200',
      '1600×1200',
    ]);
  }, 30_000);

  test('the pixels are turned, not only the size: orientation 6 moves the stored top-left corner to the top right', async () => {
    // Stored 900 wide × 1600 high, red in the stored top-left corner, grey elsewhere; orientation 6
    // means "turn 90° clockwise to view", which puts that corner at the top right.
    const w = 900;
    const h = 1600;
    const pixels = Buffer.alloc(w * h * 3, 0x80);
    for (let y = 0; y < 200; y++) for (let x = 0; x < 200; x++) pixels.set([255, 0, 0], (y * w + x) * 3);
    const stored = await sharp(pixels, { raw: { width: w, height: h, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toBuffer();
    const result = await accepted(stored);
    expect(result).toMatchObject({ width: 1600, height: 900 });
    const jpeg = result.variants.find((v) => v.format === 'jpeg' && v.width === 960)!;
    const { data, info } = await sharp(jpeg.data).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const isRed = ([r, g, b]: number[]) => r > 200 && g < 60 && b < 60;
    expect(isRed(at(info.width - 20, 20)), 'top right is red').toBe(true);
    expect(isRed(at(20, 20)), 'top left is not red').toBe(false);
    expect(isRed(at(info.width - 20, info.height - 20)), 'bottom right is not red').toBe(false);
  });
});
