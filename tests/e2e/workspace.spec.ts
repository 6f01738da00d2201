import { discount } from '../support/content';
import { expect, expectAccessible, PHONE, sql, test, uniq } from './fixtures';

// Issue 18, the editors' workspace: the lists of partners and of offers, filtered in the URL, the
// counts per status, finding a partner by its KvK number, the CSV export as filtered; a partner gets
// none of it. On a desktop (a table) and on a phone (a card per row).

const DESKTOP = { width: 1280, height: 800 };

test('an editor filters the partners by status, finds one by its KvK number and exports the list as filtered', async ({
  newPage,
  loginAs,
  insertPartner,
}) => {
  const kvk = `9${uniq()}12`;
  const waiting = await insertPartner({ legalName: `Fietsenmaker Jansen ${kvk}`, displayName: 'Jansen Fietsen', kvkNumber: kvk });
  // A proposal of it waits on the editors since five working days ago: overdue.
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "statusSince", "updatedAt")
     VALUES ($1, 'DISCOUNT_ACTION', $2, 'SUBMITTED', $3, $4::jsonb, now() - interval '10 days', now())`,
    [`offer-${kvk}`, waiting.organisationId, `jansen-${kvk}`, JSON.stringify(actionContent('Korting op een fietsbel'))],
  );

  const editor = await loginAs('editor', await newPage({ viewport: DESKTOP }));
  await expect(editor).toHaveURL(/\/redactie$/);
  // The dashboard: counts per bucket for both lists, what waits on the editors first.
  const offers = editor.getByRole('region', { name: 'Aanbod', exact: true });
  await expect(offers).toContainText('wacht op redactie');
  await expect(offers.getByRole('link', { name: /te laat/ }).first()).toBeVisible();
  await expectAccessible(editor, '/redactie (dashboard) at 1280');

  await editor.getByRole('banner').getByRole('link', { name: 'Partners' }).click();
  await expect(editor).toHaveURL(/\/redactie\/partners$/);
  await expect(editor.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();
  await expectAccessible(editor, '/redactie/partners at 1280');

  // Filter by status with the form: the URL keeps it, the partner is there, waiting on the editors, overdue.
  await editor.getByLabel('Status', { exact: true }).selectOption({ label: 'Nieuw' });
  await editor.getByRole('button', { name: 'Filteren' }).click();
  await expect(editor).toHaveURL(/\/redactie\/partners\?status=nieuw$/);
  await expect(editor.getByLabel('Status', { exact: true })).toHaveValue('nieuw');
  const counts = editor.getByRole('navigation', { name: 'Aantallen per status' });
  await expect(counts.getByRole('link', { name: /^Nieuw: / })).toHaveAttribute('aria-current', 'true');

  // Then by KvK number: exactly that partner, its row says on whom it waits and that it is late.
  await editor.getByLabel('Zoeken').fill(kvk);
  await editor.getByRole('button', { name: 'Filteren' }).click();
  await expect(editor).toHaveURL(new RegExp(`status=nieuw&zoek=${kvk}$`));
  await expect(editor.getByRole('heading', { name: '1 resultaat', level: 2 })).toBeVisible();
  const row = editor.getByRole('row', { name: /Jansen Fietsen/ });
  await expect(row).toContainText(kvk);
  await expect(row).toContainText('wacht op redactie');
  await expect(row).toContainText('Te laat');
  await expectAccessible(editor, '/redactie/partners?status=nieuw&zoek=… at 1280');

  // The export keeps the filters: the one partner, in Excel's Dutch form.
  const exportLink = editor.getByRole('link', { name: 'Exporteren (CSV)' });
  await expect(exportLink).toHaveAttribute('href', `/redactie/partners/export.csv?status=nieuw&zoek=${kvk}`);
  const [download] = await Promise.all([editor.waitForEvent('download'), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^dordtpas-partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await streamBytes(await download.createReadStream());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Naam;Statutaire naam;KvK-nummer;Plaats;Soort;Categorie;Status;Wacht op;Sinds;Werkdagen;Te laat');
  expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^Jansen Fietsen;Fietsenmaker Jansen ${kvk};${kvk};Dordrecht;`)), '']);
  expect(lines[1]).toMatch(/;Nieuw;redactie;\d{4}-\d{2}-\d{2};\d+;ja$/);

  // The offer list finds its proposal the same way and links to the action's page.
  await editor.goto(`/redactie/aanbod?status=nieuw&zoek=${kvk}`);
  await expect(editor.getByRole('link', { name: 'Korting op een fietsbel' })).toHaveAttribute('href', `/redactie/acties/offer-${kvk}`);
  await expectAccessible(editor, '/redactie/aanbod?status=nieuw&zoek=… at 1280');

  // "Filters wissen" and an empty result that says what to do.
  await editor.goto('/redactie/aanbod?zoek=bestaat-niet-xyz&status=onzin&pagina=abc');
  // Unknown values are dropped from the address too: what it says is what is applied.
  await expect(editor).toHaveURL(/\/redactie\/aanbod\?zoek=bestaat-niet-xyz$/);
  await expect(editor.getByText('Niets gevonden met deze filters.')).toBeVisible();
  await expect(editor.getByLabel('Status', { exact: true })).toHaveValue('');
  await editor.getByRole('link', { name: 'Filters wissen' }).click();
  await expect(editor).toHaveURL(/\/redactie\/aanbod$/);
  await sql('DELETE FROM "AuditEntry" WHERE action = $1', ['workspace.exported']);
});

test('on a phone each row is a card; the lists work without JavaScript', async ({ newPage, loginAs, insertPartner }) => {
  const kvk = `8${uniq()}34`;
  await insertPartner({ legalName: `Dansschool De Stap ${kvk}`, kvkNumber: kvk, category: 'muziek-dans' });
  const phone = await loginAs('editor', await newPage({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false }));
  await phone.goto('/redactie');
  await expectAccessible(phone, '/redactie (dashboard) at 390');
  await phone.goto('/redactie/partners');
  await phone.getByLabel('Zoeken').fill(kvk);
  await phone.getByLabel('Categorie').selectOption('muziek-dans');
  await phone.getByRole('button', { name: 'Filteren' }).click();
  await expect(phone).toHaveURL(new RegExp(`categorie=muziek-dans&zoek=${kvk}`));
  const row = phone.getByRole('row', { name: new RegExp(`Dansschool De Stap ${kvk}`) });
  await expect(row).toContainText(`KvK-nummer: ${kvk}`);
  // No wider than the screen: a card, not a table to scroll sideways.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(phone, '/redactie/partners (filtered) at 390');
  await phone.goto('/redactie/aanbod');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(phone, '/redactie/aanbod at 390');
});

test('a partner gets neither the lists nor the export', async ({ newPage, loginAs }) => {
  const partner = await loginAs('partner', await newPage());
  await partner.goto('/redactie/partners');
  await expect(partner).toHaveURL(/\/geen-toegang$/);
  const response = await partner.request.get('/redactie/aanbod/export.csv');
  expect(response.url()).toMatch(/\/geen-toegang$/);
  expect(await response.text()).not.toContain('KvK-nummer;');
});

/** A discount offer's content as the wizard submits it, valid from today for 90 days. */
function actionContent(title: string) {
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  return { ...discount({ subject: 'een fietsbel', validFrom: day(0), validUntil: day(90), percent: 50 }), title, category: 'winkel' };
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
