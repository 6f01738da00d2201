import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FileStorage } from './types';

// Local disk: files under .data/uploads (or UPLOADS_DIR), served by app/api/media/[name]/route.ts.
// Names are content-hashed, so a URL never changes meaning and can be cached for a year.
export const SAFE_NAME = /^[a-f0-9]{16,64}-[0-9]{2,5}\.(webp|jpg)$/;

export function uploadsDir(): string {
  // turbopackIgnore: a runtime data folder, not part of the app to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR || '.data/uploads');
}

export function localStorage(dir = uploadsDir()): FileStorage & { read(name: string): Promise<Buffer | null> } {
  const file = (name: string) => {
    if (!SAFE_NAME.test(name)) throw new Error(`unsafe file name ${name}`);
    return path.join(/*turbopackIgnore: true*/ dir, name);
  };
  return {
    name: 'local',
    async put({ name, data }) {
      await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true });
      // Write beside, then rename: a reader never sees half a file.
      const tmp = `${file(name)}.${randomUUID()}.tmp`;
      await writeFile(/*turbopackIgnore: true*/ tmp, data);
      await rename(/*turbopackIgnore: true*/ tmp, file(name));
      return { key: name, url: `/api/media/${name}` };
    },
    async delete(keys) {
      await Promise.all(keys.filter((k) => SAFE_NAME.test(k)).map((k) => rm(/*turbopackIgnore: true*/ file(k), { force: true })));
    },
    async read(name) {
      if (!SAFE_NAME.test(name)) return null;
      try {
        return await readFile(/*turbopackIgnore: true*/ file(name));
      } catch {
        return null;
      }
    },
  };
}
