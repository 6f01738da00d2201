import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { prisma } from '@/lib/db';
import { registerPartner } from '@/lib/partners/service';
import {
  cleanupUnusedPhotos,
  photoSources,
  setOrganisationPhoto,
  storeUpload,
  UNUSED_PHOTO_TTL_MS,
  type StoredVariant,
} from '@/lib/photos/service';
import { localStorage, SAFE_NAME, uploadsDir } from '@/lib/storage/local';
import { fileStorage, storageNamed } from '@/lib/storage';
import { GET as mediaGET } from '@/app/api/media/[name]/route';
import { plainImage } from '../support/images';
import { filesIn, setUpPhotoTests } from '../support/photos';
import { registrationInput } from '../support/service-helpers';

// Local storage (lib/storage/local.ts), storeUpload/photoSources/cleanupUnusedPhotos
// (lib/photos/service.ts) and the media route (app/api/media/[name]/route.ts), against a real
// database and a temporary uploads directory.
//
// The upload route (app/api/photos/route.ts POST) is not called here: it imports currentUser()
// (next-auth) and after() from next/server, which cannot be loaded or run outside a Next request
// scope under vitest ("Cannot find module 'next/server' imported from next-auth/lib/env.js").
// The e2e tests cover it.

const uploads = setUpPhotoTests();
const HOUR = 60 * 60 * 1000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const NAME = 'abcdef0123456789abcd-480.webp';

/** A distinct landscape photo per n (different bytes, so different content-hashed names). */
const photo = (n = 0) => plainImage(1600, 900 + n, n % 2 ? 'png' : 'jpeg');

async function stored(n = 0, uploadedById: string | null = null) {
  const result = await storeUpload(await photo(n), uploadedById);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const variantsOf = async (id: string) => (await prisma.photo.findUniqueOrThrow({ where: { id } })).variants as StoredVariant[];

async function partner() {
  const result = await registerPartner(registrationInput());
  if (!result.ok || 'existingAccount' in result) throw new Error(JSON.stringify(result));
  return {
    organisationId: result.organisationId,
    actor: {
      id: result.userId,
      role: 'PARTNER' as const,
      name: 'Fatima Bakker',
      organisationId: result.organisationId,
      orgRole: 'ADMIN' as const,
      locale: 'nl' as const,
    },
  };
}

describe('local storage adapter', () => {
  test('put → read → delete round trip; put answers the key and the media URL', async () => {
    const storage = localStorage(uploads.dir);
    const data = Buffer.from('some webp bytes');
    expect(await storage.put({ name: NAME, data, contentType: 'image/webp' })).toEqual({ key: NAME, url: `/api/media/${NAME}` });
    expect(readFileSync(path.join(uploads.dir, NAME))).toEqual(data);
    expect(uploads.files()).toEqual([NAME]); // no temporary file left behind
    expect(await storage.read(NAME)).toEqual(data);
    await storage.delete([NAME]);
    expect(await storage.read(NAME)).toBeNull();
    expect(uploads.files()).toEqual([]);
  });

  test('put replaces a file of the same name; delete of a missing key is fine', async () => {
    const storage = localStorage(uploads.dir);
    await storage.put({ name: NAME, data: Buffer.from('one'), contentType: 'image/webp' });
    await storage.put({ name: NAME, data: Buffer.from('two'), contentType: 'image/webp' });
    expect((await storage.read(NAME))?.toString()).toBe('two');
    await expect(storage.delete(['0000000000000000aaaa-960.jpg'])).resolves.toBeUndefined();
    expect(await storage.read('0000000000000000aaaa-960.jpg')).toBeNull();
  });

  test('creates the directory when it does not exist yet', async () => {
    const dir = path.join(uploads.dir, 'nested', 'deeper');
    await localStorage(dir).put({ name: NAME, data: Buffer.from('x'), contentType: 'image/webp' });
    expect(filesIn(dir)).toEqual([NAME]);
    rmSync(path.join(uploads.dir, 'nested'), { recursive: true });
  });

  test.each([
    '../x',
    '../../etc/passwd',
    `../${NAME}`,
    `sub/${NAME}`,
    'x.webp',
    'ABCDEF0123456789ABCD-480.webp',
    'abcdef0123456789abcd-480.png',
    `${NAME}\0`,
    '',
  ])('refuses the unsafe name %j: put throws, read answers null, delete leaves it alone', async (name) => {
    const storage = localStorage(uploads.dir);
    const outside = path.join(uploads.outside, 'x');
    writeFileSync(outside, 'not yours');
    try {
      await expect(storage.put({ name, data: Buffer.from('evil'), contentType: 'image/webp' })).rejects.toThrow(/unsafe file name/);
      expect(await storage.read(name)).toBeNull();
      await storage.delete([name, '../x']);
      expect(readFileSync(outside, 'utf8')).toBe('not yours');
      expect(uploads.files()).toEqual([]);
    } finally {
      rmSync(outside, { force: true });
    }
  });

  test('SAFE_NAME: a hex hash of 16 to 64 digits, a width, .webp or .jpg', () => {
    expect(SAFE_NAME.test('0123456789abcdef-480.webp')).toBe(true);
    expect(SAFE_NAME.test(`${'a'.repeat(64)}-1600.jpg`)).toBe(true);
    expect(SAFE_NAME.test('0123456789abcde-480.webp')).toBe(false);
    expect(SAFE_NAME.test(`${'a'.repeat(65)}-1600.jpg`)).toBe(false);
    expect(SAFE_NAME.test('0123456789abcdef-480.jpeg')).toBe(false);
  });

  test('UPLOADS_DIR is read when the adapter is made, not at import', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'dordtpas-uploads-other-'));
    process.env.UPLOADS_DIR = other;
    try {
      expect(uploadsDir()).toBe(other);
      await localStorage().put({ name: NAME, data: Buffer.from('x'), contentType: 'image/webp' });
      expect(filesIn(other)).toEqual([NAME]);
      expect(uploads.files()).toEqual([]);
    } finally {
      process.env.UPLOADS_DIR = uploads.dir;
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('without UPLOADTHING_TOKEN the configured storage is local, and storageNamed finds it', () => {
    expect(process.env.UPLOADTHING_TOKEN).toBeFalsy();
    expect(fileStorage().name).toBe('local');
    expect(storageNamed('local').name).toBe('local');
    expect(() => storageNamed('uploadthing')).toThrow(/not configured/);
  });

  // Each put writes its own temporary file: simultaneous puts of one name must not trip over each other.
  test('simultaneous puts of the same name all succeed', async () => {
    const storage = localStorage(uploads.dir);
    const data = Buffer.alloc(2_000_000, 3);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => storage.put({ name: NAME, data, contentType: 'image/webp' })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('fulfilled'));
    expect(await storage.read(NAME)).toEqual(data);
  });
});

describe('storeUpload (local storage)', () => {
  test('writes the six files and a Photo row; the row holds sha256(claim), never the claim', async () => {
    const { organisationId, actor } = await partner();
    const result = await stored(0, actor.id);
    expect(result).toEqual({
      ok: true,
      id: expect.any(String),
      claim: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      preview: expect.any(Object),
    });
    if (!result.ok) return;

    const row = await prisma.photo.findUniqueOrThrow({ where: { id: result.id }, include: { organisations: true } });
    expect(row).toMatchObject({
      claimHash: sha256(result.claim),
      width: 1600,
      height: 900,
      storage: 'local',
      uploadedById: actor.id,
      organisations: [],
    });
    expect(row.claimHash).not.toBe(result.claim);
    expect(JSON.stringify(row)).not.toContain(result.claim);

    const variants = row.variants as StoredVariant[];
    expect(variants.map((v) => [v.format, v.width, v.height])).toEqual([
      ['webp', 480, 270],
      ['jpeg', 480, 270],
      ['webp', 960, 540],
      ['jpeg', 960, 540],
      ['webp', 1600, 900],
      ['jpeg', 1600, 900],
    ]);
    for (const v of variants) {
      expect(v.key).toMatch(SAFE_NAME);
      expect(v.key.endsWith(v.format === 'webp' ? '.webp' : '.jpg')).toBe(true);
      expect(v.url).toBe(`/api/media/${v.key}`);
      const file = readFileSync(path.join(uploads.dir, v.key));
      expect(file.length).toBe(v.bytes);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([v.format, v.width, v.height]);
    }
    expect(uploads.files()).toEqual(variants.map((v) => v.key).sort());
    // Nothing is attached by uploading.
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).photoId).toBeNull();
  });

  test('the preview is photoSources of the stored row: JPEG 960 as src, srcsets of both formats', async () => {
    const result = await stored();
    if (!result.ok) return;
    const row = await prisma.photo.findUniqueOrThrow({ where: { id: result.id } });
    const name = (w: number, ext: string) => (row.variants as StoredVariant[]).find((v) => v.width === w && v.key.endsWith(ext))!.url;
    expect(result.preview).toEqual(photoSources(row));
    expect(result.preview).toEqual({
      src: name(960, '.jpg'),
      webpSrcSet: `${name(480, '.webp')} 480w, ${name(960, '.webp')} 960w, ${name(1600, '.webp')} 1600w`,
      jpegSrcSet: `${name(480, '.jpg')} 480w, ${name(960, '.jpg')} 960w, ${name(1600, '.jpg')} 1600w`,
      width: 1600,
      height: 900,
    });
  });

  test('each upload gets its own claim', async () => {
    const a = await stored(1);
    const b = await stored(2);
    if (!a.ok || !b.ok) return;
    expect(a.claim).not.toBe(b.claim);
    expect(a.id).not.toBe(b.id);
  });
});

describe('photoSources', () => {
  const v = (width: number, format: 'webp' | 'jpeg'): StoredVariant => ({
    width,
    height: Math.round(width * 0.5625),
    format,
    key: `k${width}.${format}`,
    url: `https://cdn.example/${width}.${format}`,
    bytes: 1,
  });

  test('falls back to the widest JPEG when there is no 960 one', () => {
    expect(photoSources({ variants: [v(480, 'webp'), v(480, 'jpeg')], width: 1200, height: 675 })).toEqual({
      src: 'https://cdn.example/480.jpeg',
      webpSrcSet: 'https://cdn.example/480.webp 480w',
      jpegSrcSet: 'https://cdn.example/480.jpeg 480w',
      width: 1200,
      height: 675,
    });
  });

  test('no variants: empty src and srcsets', () => {
    expect(photoSources({ variants: [], width: 1, height: 1 })).toEqual({ src: '', webpSrcSet: '', jpegSrcSet: '', width: 1, height: 1 });
  });
});

describe('GET /api/media/[name]', () => {
  const get = (name: string) =>
    mediaGET(new Request(`http://x/api/media/${encodeURIComponent(name)}`), { params: Promise.resolve({ name }) });

  test('serves each stored variant with its type, a year of immutable caching and the exact bytes', async () => {
    const result = await stored();
    if (!result.ok) return;
    for (const variant of await variantsOf(result.id)) {
      const response = await get(variant.key);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(variant.format === 'webp' ? 'image/webp' : 'image/jpeg');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-length')).toBe(String(variant.bytes));
      expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(uploads.dir, variant.key)));
    }
  });

  test.each(['0123456789abcdef0123-480.webp', '0123456789abcdef0123-960.jpg'])('an unknown name %s → 404', async (name) => {
    const response = await get(name);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBeNull();
  });

  test('unsafe names → 404, even when the file exists outside the uploads dir', async () => {
    const outside = path.join(uploads.outside, '0123456789abcdef0123-480.webp');
    writeFileSync(outside, 'secret');
    writeFileSync(path.join(uploads.dir, 'notes.txt'), 'not a photo');
    try {
      for (const name of ['../0123456789abcdef0123-480.webp', '../x', '..%2F..%2Fetc%2Fpasswd', '/etc/passwd', 'notes.txt', 'foto.png']) {
        const response = await get(name);
        expect(response.status, name).toBe(404);
        expect(await response.text()).toBe('Niet gevonden');
      }
    } finally {
      rmSync(outside, { force: true });
    }
  });

  test('a removed photo is no longer served', async () => {
    const result = await stored();
    if (!result.ok) return;
    const [first] = await variantsOf(result.id);
    expect((await get(first.key)).status).toBe(200);
    await localStorage().delete([first.key]);
    expect((await get(first.key)).status).toBe(404);
  });
});

describe('cleanupUnusedPhotos', () => {
  const now = new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const setCreatedAt = (id: string, at: Date) => prisma.photo.update({ where: { id }, data: { createdAt: at } });
  const filesOf = async (id: string) => (await variantsOf(id)).map((v) => v.key);
  const present = (keys: string[]) => keys.map((k) => existsSync(path.join(uploads.dir, k)));

  test('the time to live is a day', () => {
    expect(UNUSED_PHOTO_TTL_MS).toBe(24 * HOUR);
  });

  test('removes unattached photos older than 24 h (row and files); keeps younger ones and attached ones, old or not', async () => {
    const { organisationId, actor } = await partner();
    const old = await stored(1);
    const young = await stored(2);
    const oldAttached = await stored(3);
    if (!old.ok || !young.ok || !oldAttached.ok) return;
    const [oldFiles, youngFiles, attachedFiles] = [await filesOf(old.id), await filesOf(young.id), await filesOf(oldAttached.id)];
    expect(await setOrganisationPhoto(actor, organisationId, { id: oldAttached.id, claim: oldAttached.claim }, 1)).toEqual({ ok: true });
    await setCreatedAt(old.id, ago(25 * HOUR));
    await setCreatedAt(young.id, ago(23 * HOUR));
    await setCreatedAt(oldAttached.id, ago(30 * 24 * HOUR));

    expect(await cleanupUnusedPhotos(now)).toBe(1);
    expect(await prisma.photo.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).toEqual(
      [{ id: young.id }, { id: oldAttached.id }].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(present(oldFiles)).toEqual(Array(6).fill(false));
    expect(present(youngFiles)).toEqual(Array(6).fill(true));
    expect(present(attachedFiles)).toEqual(Array(6).fill(true));
    expect(uploads.files()).toEqual([...youngFiles, ...attachedFiles].sort());

    // Nothing more to do the second time.
    expect(await cleanupUnusedPhotos(now)).toBe(0);
    expect(await prisma.photo.count()).toBe(2);
  });

  test('exactly 24 h old is kept; just over is removed', async () => {
    const a = await stored(4);
    if (!a.ok) return;
    await setCreatedAt(a.id, ago(UNUSED_PHOTO_TTL_MS));
    expect(await cleanupUnusedPhotos(now)).toBe(0);
    expect(await cleanupUnusedPhotos(new Date(now.getTime() + 1))).toBe(1);
    expect(await prisma.photo.count()).toBe(0);
    expect(uploads.files()).toEqual([]);
  });

  test('a replaced photo is kept until it is 24 h old, then removed; the new one stays', async () => {
    const { organisationId, actor } = await partner();
    const first = await stored(5);
    const second = await stored(6);
    if (!first.ok || !second.ok) return;
    await setCreatedAt(first.id, ago(2 * HOUR));
    expect(await setOrganisationPhoto(actor, organisationId, { id: first.id, claim: first.claim }, 1)).toEqual({ ok: true });
    expect(await setOrganisationPhoto(actor, organisationId, { id: second.id, claim: second.claim }, 2)).toEqual({ ok: true });
    const firstFiles = await filesOf(first.id);

    expect(await cleanupUnusedPhotos(now)).toBe(0);
    expect(await cleanupUnusedPhotos(new Date(now.getTime() + 21 * HOUR))).toBe(0);
    expect(present(firstFiles)).toEqual(Array(6).fill(true));

    expect(await cleanupUnusedPhotos(new Date(now.getTime() + 23 * HOUR))).toBe(1);
    expect(await prisma.photo.findUnique({ where: { id: first.id } })).toBeNull();
    expect(present(firstFiles)).toEqual(Array(6).fill(false));
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).photoId).toBe(second.id);
    expect(present(await filesOf(second.id))).toEqual(Array(6).fill(true));
  });

  test('a removed organisation photo (photoId set to null) is cleaned up like any unused photo', async () => {
    const { organisationId, actor } = await partner();
    const p = await stored(7);
    if (!p.ok) return;
    expect(await setOrganisationPhoto(actor, organisationId, { id: p.id, claim: p.claim }, 1)).toEqual({ ok: true });
    expect(await setOrganisationPhoto(actor, organisationId, null, 2)).toEqual({ ok: true });
    expect(await cleanupUnusedPhotos(new Date(now.getTime() + 25 * HOUR))).toBe(1);
    expect(uploads.files()).toEqual([]);
  });

  // Uploading the same photo twice (a retry, a second form) gives two Photo rows; removing the unused
  // one must not remove the files of the attached one.
  test('cleaning up an unused duplicate upload keeps the files of the attached one', async () => {
    const { organisationId, actor } = await partner();
    const image = await photo(8);
    const firstTry = await storeUpload(image, null);
    const secondTry = await storeUpload(image, null);
    if (!firstTry.ok || !secondTry.ok) throw new Error('refused');
    expect(await setOrganisationPhoto(actor, organisationId, { id: secondTry.id, claim: secondTry.claim }, 1)).toEqual({ ok: true });
    await prisma.photo.updateMany({ data: { createdAt: ago(25 * HOUR) } });

    expect(await cleanupUnusedPhotos(now)).toBe(1);
    const attached = await variantsOf(secondTry.id);
    expect(present(attached.map((v) => v.key))).toEqual(Array(6).fill(true));
    expect((await get960(attached)).status).toBe(200);
  });
});

const get960 = (variants: StoredVariant[]) => {
  const name = variants.find((v) => v.width === 960 && v.format === 'jpeg')!.key;
  return mediaGET(new Request(`http://x/api/media/${name}`), { params: Promise.resolve({ name }) });
};
