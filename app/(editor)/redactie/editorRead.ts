import { cache } from 'react';
import { requireEditor } from '@/lib/auth/session';

/**
 * An editor page's read of the record its URL names: only for an editor (requireEditor(path)
 * before reading, so that generateMetadata cannot read it for anyone else either), and once per
 * request, shared by generateMetadata and the page.
 */
export function editorRead<T>(path: (id: string) => string, read: (id: string) => Promise<T>): (id: string) => Promise<T> {
  return cache(async (id: string) => {
    await requireEditor(path(id));
    return read(id);
  });
}
