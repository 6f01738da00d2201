import { alert, expect, expectAccessible, linkIn, offerHtml, test } from './fixtures';

// PRODUCT.md §2: the editor writes the credit listing, the partner comments, the editor revises, the
// partner approves, and the listing is on the public site exactly as previewed; then withdrawn.
test('the editorial loop of a credit listing, from first draft to publication and withdrawal', async ({
  newPage,
  loginAs,
  demo,
  inbox,
}) => {
  test.setTimeout(120_000); // the whole loop of two people: about 40 s on a quiet machine
  const editor = await newPage();
  const partner = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // The editor opens the partner from the dashboard's new partners: the form starts from the registration.
  await loginAs('editor', editor);
  const newPartners = editor.getByRole('region', { name: 'Nieuwe partners' });
  await expect(newPartners.getByText('wacht op redactie').first()).toBeVisible();
  await expectAccessible(editor, '/redactie (dashboard)');
  await newPartners.getByRole('link', { name: 'Zwembad De Wielen', exact: true }).click();
  await expect(editor.getByRole('heading', { name: 'Zwembad De Wielen', level: 1 })).toBeVisible();
  await expect(editor.getByLabel('Titel', { exact: true })).toHaveValue('Zwembad De Wielen');
  await expectAccessible(editor, '/redactie/partners/[id] (new listing)');

  await editor.getByLabel('Titel', { exact: true }).fill('Zwemmen bij De Wielen');
  await editor
    .getByLabel('Tekst voor de pashouder')
    .fill('Banenzwemmen, recreatief zwemmen en zwemles. Betaal je kaartje met je Dordtpas-tegoed.');
  await editor.getByLabel('Openingstijden en andere informatie').fill('Maandag tot en met zaterdag van 7.00 tot 21.00 uur.');
  await editor.getByLabel('Tonen aan pashouders: telefoonnummer').check();
  await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(editor.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(editor.getByRole('heading', { name: 'Zwemmen bij De Wielen', level: 2 })).toBeVisible(); // the preview
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await expectAccessible(editor, '/redactie/partners/[id] (sent, with preview and history)');

  // The partner is mailed, logs in, and sees the request on Home.
  const request = await inbox.waitFor(demo.partner.email, 'graag je akkoord');
  expect(linkIn(request, '/partner')).toContain('/partner');
  await loginAs('partner', partner);
  await expect(partner.getByText('Een akkoord is nodig op onderstaande inschrijving(en) tegoeden.')).toBeVisible();
  await expectAccessible(partner, '/partner (approval needed)');
  await partner.getByRole('link', { name: 'behandel: Zwemmen bij De Wielen' }).click();
  await expect(partner.getByRole('heading', { name: 'Zwemmen bij De Wielen' })).toBeVisible();
  await expectAccessible(partner, '/partner/aanbod/[id]');

  // "Ik ga nog niet akkoord en wil reageren op de inhoud": the text box is required.
  await partner.getByText('Ik ga nog niet akkoord en wil reageren op de inhoud').click();
  await partner.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(partner.locator('#comment-error')).toHaveText('Schrijf wat je aangepast wilt zien (minimaal 5 tekens).');
  await expectAccessible(partner, '/partner/aanbod/[id] (comment refused)');
  await partner.getByLabel('Wat wil je aangepast zien?').fill('Op zondag zijn we ook open, van 9.00 tot 17.00 uur.');
  const commentRequest = partner.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await partner.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(partner.getByText('Je reactie is naar de redactie gestuurd.')).toBeVisible();
  const crafted = await commentRequest;

  // Back at the editor: mail, status, the comment in the history; the editor revises and asks again.
  await inbox.waitFor('redactie@dordtpas.example', 'heeft gereageerd');
  await editor.reload();
  await expect(editor.getByText('Inschrijving tegoeden: Partner heeft gereageerd')).toBeVisible();
  await expect(
    editor.getByRole('region', { name: 'Reactie van de partner' }).getByText('Op zondag zijn we ook open, van 9.00 tot 17.00 uur.'),
  ).toBeVisible();
  await expect(
    editor.getByRole('region', { name: 'Geschiedenis' }).getByText('Op zondag zijn we ook open, van 9.00 tot 17.00 uur.'),
  ).toBeVisible();
  await editor
    .getByLabel('Openingstijden en andere informatie')
    .fill('Maandag tot en met zaterdag van 7.00 tot 21.00 uur. Zondag van 9.00 tot 17.00 uur.');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await expect(editor.getByText(/Gewijzigd: Openingstijden en andere informatie/)).toBeVisible();

  // The partner approves exactly what the preview shows.
  await partner.goto('/partner');
  await partner.getByRole('link', { name: 'behandel: Zwemmen bij De Wielen' }).click();
  await expect(partner.getByRole('region', { name: 'Voorbeeld' }).getByText(/Zondag van 9.00 tot 17.00 uur./)).toBeVisible();
  const previewed = await offerHtml(partner);
  const offerPath = new URL(partner.url()).pathname;
  await partner.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(partner.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();
  await partner.goto('/partner');
  await expect(partner.getByRole('link', { name: 'Zwemmen bij De Wielen', exact: true })).toBeVisible(); // online
  await expectAccessible(partner, '/partner (published)');
  const published = await inbox.waitFor(demo.partner.email, 'staat op de Dordtpas-website');

  // The public page is the preview, to the byte (heading levels aside).
  const publicUrl = linkIn(published, '/aanbod/');
  const visitor = await newPage();
  await visitor.goto(publicUrl);
  await expect(visitor.getByRole('heading', { name: 'Zwemmen bij De Wielen', level: 1 })).toBeVisible();
  expect(await offerHtml(visitor)).toBe(previewed);
  await expectAccessible(visitor, '/aanbod/[slug]');

  // Withdrawn by the editor, with a reason the partner is told: gone from the public site.
  await editor.reload();
  await editor.getByLabel('Reden (de partner krijgt deze te lezen)').fill('Het zwembad is in december gesloten voor onderhoud.');
  await editor.getByRole('button', { name: 'Offline halen' }).click();
  await expect(editor.getByText('Het aanbod is offline gehaald.')).toBeVisible();
  await expectAccessible(editor, '/redactie/partners/[id] (withdrawn)');
  const withdrawn = await inbox.waitFor(demo.partner.email, 'niet meer op de Dordtpas-website');
  expect(withdrawn.text).toContain('Het zwembad is in december gesloten voor onderhoud.');
  const gone = await visitor.goto(publicUrl);
  expect(gone?.status()).toBe(404);

  // Another partner cannot open this offer: not found.
  await demo.partner2.set({ password: 'een ander wachtwoord 2026' });
  const other = await loginAs({ username: demo.partner2.username, password: 'een ander wachtwoord 2026' }, await newPage());
  await expect(other).toHaveURL(/\/partner$/);
  const response = await other.goto(offerPath);
  expect(response?.status()).toBe(404);
  // The partner's own comment request, replayed from the other partner's session: refused by the
  // action itself, and nothing is added to the offer's history.
  await editor.reload();
  const historyBefore = await editor.locator('#history-title + ol > li').count();
  const h = crafted.headers();
  const replayed = await other.context().request.post(offerPath, {
    headers: { 'next-action': h['next-action'], 'content-type': h['content-type'], accept: h['accept'] ?? 'text/x-component' },
    data: crafted.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(await replayed.text()).toContain('Je hebt geen toegang tot dit aanbod.');
  await editor.reload();
  await expect(editor.locator('#history-title + ol > li')).toHaveCount(historyBefore);
});

test('two editors saving the same listing: the second is refused and keeps what was typed', async ({ newPage, loginAs }) => {
  const [first, second] = await Promise.all([newPage(), newPage()]);
  for (const page of [first, second]) {
    await loginAs('editor', page);
    await page.getByRole('link', { name: 'De Boekhoek Dordrecht B.V.' }).click();
  }
  await first.getByLabel('Titel', { exact: true }).fill('Boeken met je Dordtpas');
  await first.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(first.getByText('Het concept is opgeslagen.')).toBeVisible();

  await second.getByLabel('Titel', { exact: true }).fill('Lezen bij De Boekhoek');
  await second.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(alert(second)).toContainText('Iemand anders heeft dit intussen gewijzigd');
  await expect(second.getByLabel('Titel', { exact: true })).toHaveValue('Lezen bij De Boekhoek');
});
