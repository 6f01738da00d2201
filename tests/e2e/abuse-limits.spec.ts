import { plainImage } from '../support/images';
import { expect, expectAccessible, formAnswer, submitLogin, test } from './fixtures';

// Limits against abuse, over HTTP against the production server. The e2e server runs as behind one
// reverse proxy (TRUSTED_PROXIES=1): a test that sends X-Forwarded-For plays that proxy, so each
// context below is a client with an address of its own.

const asClient = (address: string) => ({ extraHTTPHeaders: { 'X-Forwarded-For': address } });

test("an attacker's wrong passwords for 'redactie' don't keep the editor out", async ({ newPage, loginAs, demo }) => {
  const page = await newPage(asClient('203.0.113.9'));
  for (let i = 0; i < 5; i++) {
    await submitLogin(page, demo.editor.username, `geraden-${i}`);
    await expect(formAnswer(page)).toHaveText('De gebruikersnaam, het e-mailadres of het wachtwoord klopt niet.');
  }
  // The sixth try from that address is not even checked; the answer says how long to wait.
  await submitLogin(page, demo.editor.username, demo.editor.password);
  await expect(formAnswer(page)).toContainText('Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.');
  await expect(page).toHaveURL(/\/inloggen/);
  await expectAccessible(page, '/inloggen throttled');
  // Other accounts from that address too: spraying is held to 5 tries a minute.
  await submitLogin(page, demo.partner.username, 'Welkom2026!');
  await expect(formAnswer(page)).toContainText('Te veel mislukte pogingen');

  // The editor, from their own address, logs in at once.
  const editorPage = await loginAs('editor', await newPage(asClient('198.51.100.9')));
  await expect(editorPage).toHaveURL(/\/redactie$/);
});

test('anonymous uploads are capped per client address per day; made-up X-Forwarded-For entries in front change nothing', async ({
  playwright,
}) => {
  const image = await plainImage(1200, 675);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const upload = (forwardedFor: string) =>
    api.post('/api/photos', { data: image, headers: { 'Content-Type': 'image/jpeg', 'X-Forwarded-For': forwardedFor } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The client makes up a new address every time; the proxy appends the one it really saw.
      const response = await upload(`10.${i}.${i}.${i}, 198.51.100.77`);
      statuses.push(response.status());
      if (response.status() === 429) {
        expect(response.headers()['retry-after']).toMatch(/^\d+$/);
        expect((await response.json()).error).toContain('Meld je aan zonder foto');
      }
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429]);
    // Another client is not affected.
    expect((await upload('198.51.100.78')).status()).toBe(201);
  } finally {
    await api.dispose();
  }
});
