import { PHONE, expect, expectAccessible, sql, test, uniq } from './fixtures';
import { credit } from '../support/content';

// Issue 17, "Wijziging voorstellen", on a phone: a partner proposes a change to its published credit
// listing; a wrong field is refused next to the field with what was typed kept; the editors are told
// and rewrite it; the public page keeps the published text until the partner approves the new one.

test('a partner changes its published listing on a phone; the old text stays online until the new one is approved', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const n = uniq();
  const partnerRow = await insertPartner({ legalName: `Zwembad Wijzig ${n}`, partnerType: 'CREDIT' });
  const offerId = `e2echange${n}`;
  const slug = `zwembad-wijzig-${n}`;
  const online = { ...credit(), title: `Zwemmen bij Wijzig ${n}` };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'PUBLISHED', $3, $4, $4, now() - interval '30 days', 4, now())`,
    [offerId, partnerRow.organisationId, slug, JSON.stringify(online)],
  );
  const visitor = await newPage();
  await visitor.goto(`/aanbod/${slug}`);
  await expect(visitor.getByRole('heading', { name: online.title, level: 1 })).toBeVisible();

  // Home: the listing is online, with the way to change it.
  const page = await loginAs(partnerRow, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await page.goto('/partner');
  const item = page.getByRole('listitem').filter({ hasText: online.title });
  await item.getByRole('link', { name: `Wijziging voorstellen: ${online.title}` }).click();
  await expect(page.getByRole('heading', { name: `Wijziging voorstellen: ${online.title}`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(online.title);
  await expect(page.getByLabel('Tekst voor de pashouder')).toHaveValue(online.body);
  await expectAccessible(page, '/partner/aanbod/[id]/wijzigen');

  // A text that is too short: the message next to the field, everything typed kept (also with the server's answer).
  const newTitle = `Zwemmen en sauna bij Wijzig ${n}`;
  await page.getByLabel('Titel', { exact: true }).fill(newTitle);
  await page.getByLabel('Tekst voor de pashouder').fill('Te kort');
  await page.getByLabel('Toelichting voor de redactie').fill('Vanaf januari hebben we ook een sauna.');
  await page.getByRole('button', { name: 'Wijziging indienen' }).click();
  const body = page.getByLabel('Tekst voor de pashouder');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#body-error')).toContainText('20 tot 2000 tekens');
  await expect(body).toHaveAttribute('aria-describedby', /body-error/);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(newTitle);
  await expectAccessible(page, '/partner/aanbod/[id]/wijzigen (refused)');

  const sentAt = new Date().toISOString();
  await body.fill('Banenzwemmen, recreatief zwemmen en de sauna. Betaal met je Dordtpas-tegoed.');
  await page.getByRole('button', { name: 'Wijziging indienen' }).click();
  await expect(page.getByText('Je wijziging is naar de redactie gestuurd.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: online.title })).toContainText('je wijziging ligt bij de redactie');
  await expect(page.getByRole('link', { name: /Wijziging voorstellen/ })).toHaveCount(0);
  await expectAccessible(page, '/partner with a change at the editors');

  // Online: still the published text; search does not know the new one.
  await visitor.reload();
  await expect(visitor.getByRole('heading', { name: online.title, level: 1 })).toBeVisible();
  const searchNew = `/?zoek=${encodeURIComponent(newTitle)}`;
  await visitor.goto(searchNew);
  await expect(visitor.getByRole('link', { name: newTitle })).toHaveCount(0);
  await visitor.goto(`/aanbod/${slug}`);

  // The editors are told, see the change and the note, and send it for approval.
  const mail = await inbox.waitFor('redactie@dordtpas.example', 'stelt een wijziging voor', sentAt);
  expect(mail.text).toContain('Vanaf januari hebben we ook een sauna.');
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/partners/${partnerRow.organisationId}`);
  await expect(editor.getByText('De partner stelt een wijziging voor van wat online staat.')).toBeVisible();
  await expect(editor.getByLabel('Titel', { exact: true })).toHaveValue(newTitle);
  await expect(editor.getByRole('region', { name: 'Geschiedenis' })).toContainText('heeft een wijziging voorgesteld');
  await expectAccessible(editor, '/redactie/partners/[id] with a proposed change');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('heading', { name: online.title, level: 1 })).toBeVisible();

  // The partner approves: the new text replaces the old one at the same address.
  await page.goto('/partner');
  await page.getByRole('link', { name: `behandel: ${newTitle}` }).click();
  await page.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(page.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('heading', { name: newTitle, level: 1 })).toBeVisible();
  await expect(visitor.getByText('de sauna')).toBeVisible();
  // Search finds the new version, and the old title is nowhere.
  await visitor.goto(searchNew);
  await expect(visitor.getByRole('link', { name: newTitle })).toBeVisible();
  await expect(visitor.getByRole('link', { name: online.title, exact: true })).toHaveCount(0);
});
