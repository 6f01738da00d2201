import { expect } from 'vitest';

/**
 * A GET of one of the registration form's lookups (app/api/adres, app/api/kvk) from client address
 * `from`: every answer is JSON that no cache keeps.
 */
export async function getLookup(GET: (request: Request) => Promise<Response>, path: string, from = '203.0.113.7') {
  const response = await GET(new Request(`http://localhost:3000${path}`, { headers: { 'x-forwarded-for': from } }));
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: await response.json(), headers: response.headers };
}
