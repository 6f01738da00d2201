// Where photo files live. Two adapters behind one interface: local disk (default) and uploadthing.
export type StoredFile = { key: string; url: string };

export interface FileStorage {
  readonly name: 'local' | 'uploadthing';
  /** Stores a file under a content-hashed name; returns its key and the URL to serve it from. */
  put(file: { name: string; data: Buffer; contentType: string }): Promise<StoredFile>;
  /** Removes files; keys that do not exist are ignored. */
  delete(keys: string[]): Promise<void>;
}
