import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

// Test images made on the spot (nothing downloaded): a phone-like landscape JPEG with EXIF and GPS,
// and everything the upload must refuse.

/** A JPEG with some detail, like a photo, carrying camera EXIF and a GPS position. */
export async function cameraJpeg(width = 4000, height = 3000, orientation?: number): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = seed >> 23;
  }
  const image = sharp(noise, { raw: { width, height, channels: 3 } })
    .blur(2)
    .withExif({
      IFD0: { Make: 'Dordtcam', Model: 'Test 1', Copyright: 'Testfoto', ...(orientation ? {} : {}) },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 40/1 0/1' },
    });
  const jpeg = await image.jpeg({ quality: 90 }).toBuffer();
  return orientation ? sharp(jpeg).keepExif().withMetadata({ orientation }).jpeg({ quality: 90 }).toBuffer() : jpeg;
}

export const plainImage = (width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg') =>
  sharp({ create: { width, height, channels: 3, background: '#2a8a7a' } })
    [format]()
    .toBuffer();

export const svgFile = () =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900"/></svg>',
  );

export const pdfFile = () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A Windows program ("MZ" header), e.g. renamed to foto.jpg. */
export const exeFile = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(2000, 0)]);

/** More than 10 MB, starting like a JPEG. */
export const oversizeFile = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024 + 10, 1)]);

/** A decompression bomb: a valid PNG of a few hundred bytes that claims 100 000 × 100 000 pixels. */
export function bombPng(side = 100_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'binary'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(side + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
