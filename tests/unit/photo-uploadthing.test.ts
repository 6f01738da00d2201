import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { prisma } from '@/lib/db';
import { cleanupUnusedPhotos, storeUpload, type StoredVariant } from '@/lib/photos/service';
import { uploadthingStorage } from '@/lib/storage/uploadthing';
import { fileStorage, storageNamed, type FileStorage } from '@/lib/storage';
import { plainImage } from '../support/images';
import { resetDb } from '../support/db';
import { setUpTempUploadsDir } from '../support/photos';
import { STANDIN_API_KEY, STANDIN_APP_ID, startUploadthingStandIn, type StandIn } from '../support/uploadthing-standin';

// The uploadthing adapter (lib/storage/uploadthing.ts) with the real uploadthing server SDK (UTApi).
// The real uploadthing service cannot be reached from this machine (no network), so its ingest
// endpoint and REST API are stood in locally (tests/support/uploadthing-standin.ts: a node:http
// server on 127.0.0.1, random port); the adapter and the SDK are the real ones, unchanged, talking
// HTTP to it exactly as they would to uploadthing.

const uploads = setUpTempUploadsDir();
const HOUR = 60 * 60 * 1000;
let standIn: StandIn;
let storage: FileStorage;
const saved = { token: process.env.UPLOADTHING_TOKEN, ingest: process.env.UPLOADTHING_INGEST_URL, api: process.env.UPLOADTHING_API_URL };

beforeAll(async () => {
  standIn = await startUploadthingStandIn();
  storage = uploadthingStorage({ token: standIn.token, ingestUrl: standIn.ingestUrl, apiUrl: standIn.apiUrl });
});
beforeEach(async () => {
  await resetDb();
  uploads.empty();
  standIn.reset();
});
afterAll(async () => {
  for (const [name, value] of [
    ['UPLOADTHING_TOKEN', saved.token],
    ['UPLOADTHING_INGEST_URL', saved.ingest],
    ['UPLOADTHING_API_URL', saved.api],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await standIn?.close();
  uploads.remove();
  await prisma.$disconnect();
});

const NAME = 'abcdef0123456789abcd-960.webp';

describe('uploadthing adapter, against the local stand-in', () => {
  test('the token is base64 JSON { apiKey, appId, regions }', () => {
    expect(JSON.parse(Buffer.from(standIn.token, 'base64').toString('utf8'))).toEqual({
      apiKey: STANDIN_API_KEY,
      appId: STANDIN_APP_ID,
      regions: ['fra1'],
    });
  });

  test('put() PUTs the exact bytes and type as multipart field `file` to a signed ingest URL, and answers the key and ufsUrl', async () => {
    const data = await plainImage(960, 540, 'webp');
    const result = await storage.put({ name: NAME, data, contentType: 'image/webp' });

    expect(standIn.uploads).toHaveLength(1);
    const [received] = standIn.uploads;
    expect(result).toEqual({ key: received.key, url: received.ufsUrl });
    expect(result.url).toBe(`${standIn.base}/ufs/${STANDIN_APP_ID}/${result.key}`);
    expect(result.key).toMatch(/^[A-Za-z0-9]{20,}$/);
    expect(received.url.pathname).toBe(`/ingest/${result.key}`);

    expect(received.bytes.equals(data)).toBe(true);
    expect(received.contentType).toBe('image/webp');
    expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.headers['x-uploadthing-version']).toMatch(/^7\./);

    const q = received.url.searchParams;
    expect(q.get('signature')).toMatch(/^hmac-sha256=[0-9a-f]{64}$/);
    expect(received.signatureValid).toBe(true); // HMAC-SHA256 with the API key over the URL before it
    expect(Number(q.get('expires'))).toBeGreaterThan(Date.now());
    expect(q.get('x-ut-identifier')).toBe(STANDIN_APP_ID);
    expect(decodeURIComponent(q.get('x-ut-file-name') ?? '')).toBe(NAME);
    expect(q.get('x-ut-file-size')).toBe(String(data.length));
    expect(decodeURIComponent(q.get('x-ut-file-type') ?? '')).toBe('image/webp');
    // The API key itself never travels with an upload.
    expect(received.url.href).not.toContain(STANDIN_API_KEY);
    expect(JSON.stringify(received.headers)).not.toContain(STANDIN_API_KEY);
  });

  test('the stored bytes can be fetched back from the answered URL', async () => {
    const data = await plainImage(480, 270, 'jpeg');
    const { url } = await storage.put({ name: 'abcdef0123456789abcd-480.jpg', data, contentType: 'image/jpeg' });
    expect(standIn.uploads[0].contentType).toBe('image/jpeg');
    const fetched = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(fetched.equals(data)).toBe(true);
  });

  test('delete() POSTs { fileKeys } to /v6/deleteFiles with the API key header', async () => {
    const a = await storage.put({ name: NAME, data: Buffer.from('a'), contentType: 'image/webp' });
    const b = await storage.put({ name: 'abcdef0123456789abcd-960.jpg', data: Buffer.from('b'), contentType: 'image/jpeg' });
    await storage.delete([a.key, b.key]);
    expect(standIn.deletes).toHaveLength(1);
    expect(standIn.deletes[0].body).toEqual({ fileKeys: [a.key, b.key] });
    expect(standIn.deletes[0].headers['x-uploadthing-api-key']).toBe(STANDIN_API_KEY);
    expect(standIn.deletes[0].headers['content-type']).toMatch(/^application\/json/);
    expect(standIn.stored.size).toBe(0);
  });

  test('delete([]) sends nothing', async () => {
    await storage.delete([]);
    expect(standIn.deletes).toEqual([]);
  });

  test('an upload the service refuses makes put() throw', async () => {
    standIn.behaviour.failUploadNumber = 1;
    await expect(storage.put({ name: NAME, data: Buffer.from('x'), contentType: 'image/webp' })).rejects.toThrow(
      /uploadthing: UPLOAD_FAILED/,
    );
  });

  test('deleteFiles answering success: false makes delete() throw', async () => {
    standIn.behaviour.deleteAnswer = 'unsuccessful';
    await expect(storage.delete(['somekey'])).rejects.toThrow('uploadthing: deleteFiles failed');
  });

  test('a wrong API key is refused by the service and delete() throws', async () => {
    const wrong = uploadthingStorage({
      token: Buffer.from(JSON.stringify({ apiKey: 'sk_test_wrong', appId: STANDIN_APP_ID, regions: ['fra1'] })).toString('base64'),
      ingestUrl: standIn.ingestUrl,
      apiUrl: standIn.apiUrl,
    });
    await expect(wrong.delete(['somekey'])).rejects.toThrow();
    expect(standIn.deletes[0].headers['x-uploadthing-api-key']).toBe('sk_test_wrong');
  });
});

describe('storeUpload with the uploadthing adapter', () => {
  test('stores six files at the stand-in and a Photo with storage "uploadthing" and the stand-in URLs; nothing on local disk', async () => {
    const result = await storeUpload(await plainImage(1600, 900), null, storage);
    if (!result.ok) throw new Error(result.message);
    const row = await prisma.photo.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ storage: 'uploadthing', width: 1600, height: 900 });

    const variants = row.variants as StoredVariant[];
    expect(standIn.uploads).toHaveLength(6);
    expect(variants.map((v) => v.key)).toEqual(standIn.uploads.map((u) => u.key));
    expect(variants.map((v) => v.url)).toEqual(standIn.uploads.map((u) => u.ufsUrl));
    for (const [i, v] of variants.entries()) {
      const received = standIn.uploads[i];
      expect(v.url.startsWith(`${standIn.base}/ufs/${STANDIN_APP_ID}/`)).toBe(true);
      expect(received.contentType).toBe(v.format === 'webp' ? 'image/webp' : 'image/jpeg');
      expect(received.bytes.length).toBe(v.bytes);
      expect(received.signatureValid).toBe(true);
      const meta = await sharp(received.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([v.format, v.width, v.height]);
    }
    expect(result.preview.src).toBe(variants.find((v) => v.format === 'jpeg' && v.width === 960)!.url);
    expect(result.preview.webpSrcSet).toContain(`${variants[0].url} 480w`);
    expect(uploads.files()).toEqual([]);
  });

  test('when one file fails, the ones already stored are deleted again and no Photo row is written', async () => {
    standIn.behaviour.failUploadNumber = 3;
    await expect(storeUpload(await plainImage(1600, 900), null, storage)).rejects.toThrow(/uploadthing: UPLOAD_FAILED/);
    expect(await prisma.photo.count()).toBe(0);
    const storedKeys = standIn.uploads.slice(0, 2).map((u) => u.key);
    expect(standIn.deletes.map((d) => d.body)).toEqual([{ fileKeys: storedKeys }]);
    expect(standIn.stored.size).toBe(0);
  });

  test('a refused photo sends nothing to uploadthing', async () => {
    const result = await storeUpload(await plainImage(900, 1600), null, storage);
    expect(result).toMatchObject({ ok: false, code: 'not-landscape' });
    expect(standIn.uploads).toEqual([]);
    expect(await prisma.photo.count()).toBe(0);
  });
});

describe('configured by UPLOADTHING_TOKEN', () => {
  // Kept last: fileStorage() picks the storage once per process. The SDK reads the ingest and API
  // URLs from UPLOADTHING_INGEST_URL / UPLOADTHING_API_URL when the adapter is not given them.
  test("fileStorage() is uploadthing, and cleanupUnusedPhotos deletes an old unused photo's files there", async () => {
    process.env.UPLOADTHING_TOKEN = standIn.token;
    process.env.UPLOADTHING_INGEST_URL = standIn.ingestUrl;
    process.env.UPLOADTHING_API_URL = standIn.apiUrl;
    expect(fileStorage().name).toBe('uploadthing');
    expect(storageNamed('uploadthing')).toBe(fileStorage());
    expect(storageNamed('local').name).toBe('local');

    const old = await storeUpload(await plainImage(1600, 900), null);
    const young = await storeUpload(await plainImage(1600, 901), null);
    if (!old.ok || !young.ok) throw new Error('refused');
    expect(standIn.uploads).toHaveLength(12);
    const oldKeys = ((await prisma.photo.findUniqueOrThrow({ where: { id: old.id } })).variants as StoredVariant[]).map((v) => v.key);
    await prisma.photo.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 25 * HOUR) } });

    expect(await cleanupUnusedPhotos()).toBe(1);
    expect(standIn.deletes.map((d) => d.body)).toEqual([{ fileKeys: oldKeys }]);
    expect(await prisma.photo.findMany({ select: { id: true } })).toEqual([{ id: young.id }]);
    expect(standIn.stored.size).toBe(6);
    expect(uploads.files()).toEqual([]);
  });
});
