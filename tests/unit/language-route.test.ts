import { describe, expect, test } from 'vitest';
import { NextRequest } from 'next/server';
import { GET } from '@/app/taal/[taal]/route';
import { safeNext } from '@/lib/auth/config';

// Issue 21 (ADR 0040): `/taal/en?terug=…` keeps the language chosen before logging in and goes back,
// only ever to a page of this site.

const choose = (taal: string, query = '', headers: Record<string, string> = {}) =>
  GET(new NextRequest(`http://127.0.0.1:3000/taal/${taal}${query}`, { headers }), { params: Promise.resolve({ taal }) });

describe('safeNext: only a path on this site', () => {
  // `/%0a` stays encoded, so it is harmless: only the decoded characters are refused.
  test.each(['/aanmelden', '/partner?x=1#top', '/zoeken?zoek=zwembad%20oost', '/%0a'])('%s is kept', (path) => {
    expect(safeNext(path)).toBe(path);
  });

  test.each(['https://evil.example/', '//evil.example/', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'aanmelden', '', null])(
    '%j is refused',
    (path) => {
      expect(safeNext(path)).toBeNull();
    },
  );
});

describe('/taal/[taal]', () => {
  test('sets the cookie for a year and goes back to the page it names', async () => {
    const response = await choose('en', '?terug=/aanmelden');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/aanmelden');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^taal=en;/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  test('without `terug`: the path of the page the link was on, else the login page', async () => {
    expect((await choose('nl', '', { referer: 'http://proxy.example/wachtwoord-vergeten' })).headers.get('location')).toBe(
      '/wachtwoord-vergeten',
    );
    expect((await choose('nl')).headers.get('location')).toBe('/inloggen');
  });

  test('never to another site, and a path with other characters is sent encoded', async () => {
    for (const away of ['//evil.example/', '/%09/evil.example', 'https://evil.example/', '/%5Cevil.example'])
      expect((await choose('en', `?terug=${away}`)).headers.get('location')).toBe('/inloggen');
    expect((await choose('en', `?terug=${encodeURIComponent('/aanbod/café-€')}`)).headers.get('location')).toBe(
      '/aanbod/caf%C3%A9-%E2%82%AC',
    );
  });

  test('a language the portal does not have: 404, and no cookie', async () => {
    for (const taal of ['xx', 'ar', 'EN']) {
      const response = await choose(taal, '?terug=/aanmelden');
      expect(response.status).toBe(404);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });
});
