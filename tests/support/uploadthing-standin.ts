import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for uploadthing's ingest server and REST API, on 127.0.0.1 and a random port.
// The real service cannot be reached from the test machine (no network); the adapter
// (lib/storage/uploadthing.ts) and the uploadthing SDK (UTApi) that talk to it are the real ones.
//
// What the SDK does (uploadthing 7.x, server/index.js):
//   upload: PUT `${ingestUrl}/${key}?expires=…&x-ut-identifier=…&x-ut-file-name=…&…&signature=hmac-sha256=…`
//           with multipart form-data (field `file`), expecting JSON { url, ufsUrl, appUrl, fileHash };
//   delete: POST `${apiUrl}/v6/deleteFiles` with JSON { fileKeys: [...] } and header
//           x-uploadthing-api-key, expecting JSON { success, deletedCount }.

export const STANDIN_API_KEY = 'sk_test_dordtpas_standin_0123456789';
export const STANDIN_APP_ID = 'testapp';

/** A token in uploadthing's format: base64 of JSON { apiKey, appId, regions }. */
export const standInToken = (apiKey = STANDIN_API_KEY, appId = STANDIN_APP_ID) =>
  Buffer.from(JSON.stringify({ apiKey, appId, regions: ['fra1'] })).toString('base64');

export type ReceivedUpload = {
  key: string;
  /** The full URL the SDK sent the file to. */
  url: URL;
  headers: IncomingHttpHeaders;
  /** The bytes of the multipart `file` field, and that part's content type. */
  bytes: Buffer;
  contentType: string;
  /** Whether `signature` is the HMAC-SHA256 (with the API key) of the URL before it, as uploadthing checks it. */
  signatureValid: boolean;
  /** The URL the stand-in answered with as ufsUrl. */
  ufsUrl: string;
};

export type ReceivedDelete = { headers: IncomingHttpHeaders; body: { fileKeys?: string[]; customIds?: string[] } };

export type StandIn = Awaited<ReturnType<typeof startUploadthingStandIn>>;

export async function startUploadthingStandIn(apiKey = STANDIN_API_KEY) {
  const uploads: ReceivedUpload[] = [];
  const deletes: ReceivedDelete[] = [];
  /** Files the stand-in holds, by key. */
  const stored = new Map<string, Buffer>();
  const behaviour = { failUploadNumber: 0, deleteAnswer: 'ok' as 'ok' | 'unsuccessful' | 'error' };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    try {
      if (req.method === 'PUT' && url.pathname.startsWith('/ingest/')) {
        if (behaviour.failUploadNumber && uploads.length + 1 === behaviour.failUploadNumber) {
          uploads.push({ key: '', url, headers: req.headers, bytes: Buffer.alloc(0), contentType: '', signatureValid: false, ufsUrl: '' });
          return send(500, { error: 'stand-in: upload refused on purpose' });
        }
        const key = decodeURIComponent(url.pathname.slice('/ingest/'.length));
        const form = await new Request(url, {
          method: 'PUT',
          headers: { 'content-type': String(req.headers['content-type']) },
          body: new Uint8Array(body),
        }).formData();
        const file = form.get('file');
        if (!(file instanceof Blob)) return send(400, { error: 'no file field' });
        const bytes = Buffer.from(await file.arrayBuffer());
        const full = url.href;
        const at = full.indexOf('&signature=');
        const signature = url.searchParams.get('signature') ?? '';
        const expected = `hmac-sha256=${createHmac('sha256', apiKey).update(full.slice(0, at)).digest('hex')}`;
        const ufsUrl = `${base}/ufs/${STANDIN_APP_ID}/${key}`;
        stored.set(key, bytes);
        uploads.push({
          key,
          url,
          headers: req.headers,
          bytes,
          contentType: file.type,
          signatureValid: at > 0 && signature === expected,
          ufsUrl,
        });
        return send(200, {
          url: `${base}/f/${key}`,
          appUrl: `${base}/a/${STANDIN_APP_ID}/f/${key}`,
          ufsUrl,
          fileHash: createHash('md5').update(bytes).digest('hex'),
        });
      }
      if (req.method === 'POST' && url.pathname === '/api/v6/deleteFiles') {
        const parsed = JSON.parse(body.toString('utf8')) as ReceivedDelete['body'];
        deletes.push({ headers: req.headers, body: parsed });
        if (req.headers['x-uploadthing-api-key'] !== apiKey) return send(401, { error: 'invalid api key' });
        if (behaviour.deleteAnswer === 'error') return send(500, { error: 'stand-in: delete failed on purpose' });
        if (behaviour.deleteAnswer === 'unsuccessful') return send(200, { success: false, deletedCount: 0 });
        let deletedCount = 0;
        for (const key of parsed.fileKeys ?? []) if (stored.delete(key)) deletedCount++;
        return send(200, { success: true, deletedCount });
      }
      if (req.method === 'GET' && url.pathname.startsWith(`/ufs/${STANDIN_APP_ID}/`)) {
        const data = stored.get(decodeURIComponent(url.pathname.split('/').pop() ?? ''));
        if (!data) return send(404, { error: 'not found' });
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(data);
      }
      send(404, { error: `stand-in: no route ${req.method} ${url.pathname}` });
    } catch (error) {
      send(500, { error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    ingestUrl: `${base}/ingest`,
    apiUrl: `${base}/api`,
    token: standInToken(apiKey),
    uploads,
    deletes,
    stored,
    behaviour,
    reset() {
      uploads.length = 0;
      deletes.length = 0;
      stored.clear();
      behaviour.failUploadNumber = 0;
      behaviour.deleteAnswer = 'ok';
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
