import { randomUUID } from 'node:crypto';

/** Logs an unexpected error with a short id that the user can quote. */
export function logError(error: unknown): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  return id;
}
