import { readFile } from 'node:fs/promises';
import { PHONE, expect, expectAccessible, sql, submitLogin, test, uniq } from './fixtures';
import { credit } from '../support/content';

// Issue 17, "Samenwerking beëindigen" (ADR 0024), on a phone: the beheerder downloads the
// organisation's data, then closes the partnership (not without ticking the box); a colleague's open
// session ends at its next request, the published offer's page is gone, nobody logs in any more, and
// the editors are told.

const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true };

test('a beheerder downloads the data and closes the partnership; everything of the organisation is off and out', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
  demo,
}) => {
  test.setTimeout(90_000);
  const n = uniq();
  const name = `Zwembad Stop ${n}`;
  const partnerRow = await insertPartner({ legalName: name, partnerType: 'CREDIT', name: 'Sanne de Vries' });
  const [{ kvkNumber }] = await sql<{ kvkNumber: string }>('SELECT "kvkNumber" FROM "Organisation" WHERE id = $1', [
    partnerRow.organisationId,
  ]);

  // A medewerker of the same organisation (the fixture deletes every user of it afterwards).
  const { hashPassword } = await import('../../lib/accounts/passwords');
  const colleague = { username: `joost${n}`, password: 'een lang wachtwoord van joost' };
  await sql(
    `INSERT INTO "User" (id, email, username, "passwordHash", role, "orgRole", name, "emailConfirmedAt", "organisationId", "updatedAt")
     VALUES ($1, $2, $3, $4, 'PARTNER', 'MEMBER', 'Joost Jansen', now(), $5, now())`,
    [
      `user-${colleague.username}`,
      `${colleague.username}@partner.example`,
      colleague.username,
      await hashPassword(colleague.password),
      partnerRow.organisationId,
    ],
  );

  // A published listing, seen by a visitor.
  const slug = `zwembad-stop-${n}`;
  const online = { ...credit(), title: `Zwemmen bij Stop ${n}` };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'PUBLISHED', $3, $4, $4, now() - interval '30 days', 3, now())`,
    [`e2eclose${n}`, partnerRow.organisationId, slug, JSON.stringify(online)],
  );
  const visitor = await newPage();
  expect((await visitor.goto(`/aanbod/${slug}`))?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { name: online.title, level: 1 })).toBeVisible();

  // The colleague is logged in elsewhere, and sees neither the download nor the closing; the file is refused to them.
  const other = await loginAs(colleague, await newPage());
  await other.goto('/partner');
  await expect(other.getByRole('heading', { name: 'Welkom, Joost Jansen' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Gegevens downloaden (JSON)' })).toHaveCount(0);
  expect((await other.request.get('/partner/gegevens.json')).status()).toBe(403);
  // Without a session: the login page (proxy.ts), never the file.
  expect((await visitor.request.get('/partner/gegevens.json', { maxRedirects: 0 })).status()).toBe(307);

  // The beheerder, on a phone: the data first.
  const page = await loginAs(partnerRow, await newPage(PHONE_CONTEXT));
  await page.goto('/partner');
  const section = page.getByRole('region', { name: 'Gegevens en samenwerking' });
  await expect(section).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Gegevens downloaden (JSON)' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^dordtpas-${kvkNumber}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const file = await readFile((await download.path())!, 'utf8');
  const data = JSON.parse(file) as { organisation: { legalName: string }; users: { name: string }[]; offers: { slug: string }[] };
  expect(data.organisation.legalName).toBe(name);
  expect(data.users.map((u) => u.name).sort()).toEqual(['Joost Jansen', 'Sanne de Vries']);
  expect(data.offers.map((o) => o.slug)).toEqual([slug]);
  expect(file).not.toMatch(/passwordHash|tokenHash|\$argon2/);

  // Closing, behind its disclosure; without the box ticked, the message is next to it.
  await section.locator('summary', { hasText: 'Samenwerking beëindigen' }).click();
  await expect(section.getByText('Let op: dit kun je niet terugdraaien.')).toBeVisible();
  await expect(section.getByRole('link', { name: 'Gegevens downloaden (JSON)' })).toHaveCount(2);
  await expectAccessible(page, '/partner (closing open)');
  const submit = section.locator('button[type="submit"]', { hasText: 'Samenwerking beëindigen' });
  const confirm = section.getByLabel('Ik begrijp dat al ons aanbod van de website gaat en niemand van onze organisatie meer kan inloggen');
  await section.getByLabel('Waarom stoppen jullie? (niet verplicht)').fill('Het zwembad gaat dicht.');
  await submit.click();
  await expect(page.locator('#confirm-error')).toHaveText('Zet een vinkje als je zeker weet dat je de samenwerking wilt beëindigen.');
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAttribute('aria-describedby', /confirm-error/);
  await expectAccessible(page, '/partner (closing refused)');
  await expect(sql('SELECT status::text FROM "Organisation" WHERE id = $1', [partnerRow.organisationId])).resolves.toEqual([
    { status: 'CONFIRMED' },
  ]);

  await confirm.check();
  await submit.click();
  await expect(page).toHaveURL(/\/inloggen\?beeindigd=1$/);
  await expect(page.getByText('De samenwerking met Dordtpas is beëindigd.')).toBeVisible();
  await expectAccessible(page, '/inloggen?beeindigd=1');
  // This browser is logged out too.
  await page.goto('/partner');
  await expect(page).toHaveURL(/\/inloggen/);

  // The colleague's open session ends at its next request.
  await other.reload();
  await expect(other).toHaveURL(/\/inloggen/);

  // The public page is gone.
  expect((await visitor.goto(`/aanbod/${slug}`))?.status()).toBe(404);
  await expect(visitor.getByText('Dit aanbod is niet (meer) beschikbaar')).toBeVisible();

  // Nobody logs in any more: after the right password, they are told why.
  for (const who of [partnerRow, colleague]) {
    await submitLogin(page, who.username, who.password);
    await expect(page.getByText('De samenwerking van je organisatie met Dordtpas is beëindigd.')).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen/);
  }
  await expectAccessible(page, '/inloggen (partnership ended)');

  // The editors are told who closed it and why; the people get a confirmation.
  const mail = await inbox.waitFor(demo.editor.email, `${name} heeft de samenwerking met Dordtpas beëindigd`);
  expect(mail.text).toContain('Sanne de Vries heeft op');
  expect(mail.text).toContain('Het zwembad gaat dicht.');
  await inbox.waitFor(partnerRow.email, 'De samenwerking met Dordtpas is beëindigd');
  await inbox.waitFor(`${colleague.username}@partner.example`, 'De samenwerking met Dordtpas is beëindigd');
});
