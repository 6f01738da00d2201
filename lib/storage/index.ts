import { localStorage } from './local';
import { uploadthingStorage } from './uploadthing';
import type { FileStorage } from './types';

export type { FileStorage, StoredFile } from './types';

let chosen: FileStorage | undefined;

/** The configured storage: uploadthing when UPLOADTHING_TOKEN is set, local disk otherwise. */
export function fileStorage(): FileStorage {
  chosen ??= process.env.UPLOADTHING_TOKEN ? uploadthingStorage({ token: process.env.UPLOADTHING_TOKEN }) : localStorage();
  return chosen;
}

/** The storage a photo was stored with (it may differ from today's configuration). */
export function storageNamed(name: string): FileStorage {
  const current = fileStorage();
  if (current.name === name) return current;
  if (name === 'local') return localStorage();
  throw new Error(`photo stored in ${name}, which is not configured`);
}
