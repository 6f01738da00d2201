import { UTApi, UTFile } from 'uploadthing/server';
import type { FileStorage } from './types';

// uploadthing's cloud, through its own server SDK. Used when UPLOADTHING_TOKEN is set.
// `ingestUrl`/`apiUrl` exist for the local stand-in in tests (the real service is not reachable there).
export function uploadthingStorage(options: { token: string; ingestUrl?: string; apiUrl?: string }): FileStorage {
  const api = new UTApi({ token: options.token, ingestUrl: options.ingestUrl, apiUrl: options.apiUrl, logLevel: 'Error' });
  return {
    name: 'uploadthing',
    async put({ name, data, contentType }) {
      const result = await api.uploadFiles(new UTFile([new Uint8Array(data)], name, { type: contentType }));
      if (result.error) throw new Error(`uploadthing: ${result.error.code} ${result.error.message}`);
      return { key: result.data.key, url: result.data.ufsUrl };
    },
    async delete(keys) {
      if (!keys.length) return;
      const result = await api.deleteFiles(keys);
      if (!result.success) throw new Error('uploadthing: deleteFiles failed');
    },
  };
}
