import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { prisma } from '@/lib/db';
import { resetDb } from './db';

// Helpers for the photo tests (lib/photos, lib/storage).

/** For a photo test file: an empty database and uploads directory before each test, cleaned up after. */
export function setUpPhotoTests() {
  const uploads = setUpTempUploadsDir();
  beforeEach(async () => {
    await resetDb();
    uploads.empty();
  });
  afterAll(async () => {
    uploads.remove();
    await prisma.$disconnect();
  });
  return uploads;
}

/**
 * A fresh temporary uploads directory, set as UPLOADS_DIR (lib/storage/local.ts reads it at call
 * time). It lies inside a temporary `outside` directory of its own, for path traversal tests.
 */
export function setUpTempUploadsDir(prefix = 'dordtpas-uploads-') {
  const outside = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dir = path.join(outside, 'uploads');
  mkdirSync(dir);
  process.env.UPLOADS_DIR = dir;
  return {
    dir,
    outside,
    /** The names of the files in the directory ([] when it does not exist). */
    files: () => filesIn(dir),
    /** Removes every file, keeping the directory. */
    empty: () => {
      for (const name of filesIn(dir)) rmSync(path.join(dir, name), { force: true, recursive: true });
    },
    remove: () => rmSync(outside, { recursive: true, force: true }),
  };
}

export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Whether the bytes hold the GPS latitude of cameraJpeg() (51/1 48/1 0/1: three EXIF rationals),
 * in either byte order. Tag names are numbers in EXIF, so the position is searched by its values.
 */
export function hasCameraGpsLatitude(data: Buffer): boolean {
  const values = [51, 1, 48, 1, 0, 1];
  const be = Buffer.alloc(24);
  const le = Buffer.alloc(24);
  values.forEach((v, i) => {
    be.writeUInt32BE(v, i * 4);
    le.writeUInt32LE(v, i * 4);
  });
  return data.includes(be) || data.includes(le);
}

/** The strings cameraJpeg() puts into the EXIF block (Make, Model, Copyright) and the block's own markers. */
export const CAMERA_EXIF_STRINGS = ['Dordtcam', 'Testfoto', 'Exif\0\0'];
