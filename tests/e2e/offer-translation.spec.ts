import { expect, expectAccessible, sql, test, uniq } from './fixtures';

// Issue 21 (ADR 0040): the editors may add a translation of an offer's title and text for a
// language of the public site. The preview shows the page in every language exactly as it will be
// published; the partner approves it with the translations; a pass holder reading that language
// gets the translation, the other languages the Dutch with the note that it is Dutch.

const TITLE = 'Zwemmen in het Sportfondsenbad';
const TEXT = 'Met je Dordtpas betaal je een kaartje voor het zwembad met je tegoed. Ook voor zwemles.';
const ENGLISH_TITLE = 'Swimming at the Sportfondsenbad';
const ENGLISH_TEXT = 'With your Dordtpas you pay for a swimming pool ticket with your credit. Swimming lessons too.';

test('an editor adds an English translation: previewed, approved by the partner, and published in English only', async ({
  newPage,
  loginAs,
  insertPartner,
}) => {
  test.setTimeout(90_000);
  const n = uniq();
  const name = `Sportfondsenbad ${n}`;
  const partnerRow = await insertPartner({ displayName: name, legalName: `Stichting ${name}`, partnerType: 'CREDIT', category: 'sport' });

  const editor = await loginAs('editor', await newPage({ viewport: { width: 1280, height: 900 } }));
  await editor.getByRole('link', { name, exact: true }).click();
  await editor.getByLabel('Titel', { exact: true }).fill(TITLE);
  await editor.getByLabel('Tekst voor de pashouder').fill(TEXT);
  await editor.locator('summary', { hasText: 'Vertalingen (niet verplicht)' }).click();
  const englishTitle = editor.getByLabel('Titel in het Engels');
  await expect(englishTitle).toHaveAttribute('lang', 'en');
  await expect(editor.getByLabel('Tekst in het Arabisch')).toHaveAttribute('dir', 'rtl');

  // Half a translation is refused next to the missing field; everything typed stays.
  await englishTitle.fill(ENGLISH_TITLE);
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.locator('#body_en-error')).toHaveText('Vul ook de tekst in deze taal in, of maak de titel leeg.');
  await expect(englishTitle).toHaveValue(ENGLISH_TITLE);
  await expect(editor.getByLabel('Titel', { exact: true })).toHaveValue(TITLE);

  // The preview in English shows the translation, without "(in Dutch)"; in Turkish the Dutch, with the note.
  await editor.getByLabel('Tekst in het Engels').fill(ENGLISH_TEXT);
  const preview = editor.getByRole('region', { name: 'Voorbeeld zoals de partner en de pashouder het zien' });
  const languages = editor.getByRole('group', { name: 'Voorbeeld in' });
  await languages.getByRole('button', { name: 'English' }).click();
  await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.getByRole('heading', { name: ENGLISH_TITLE, level: 2 })).toBeVisible();
  await expect(preview.getByText(ENGLISH_TEXT)).toBeVisible();
  await expect(preview.getByText('(in Dutch)')).toHaveCount(0);
  await languages.getByRole('button', { name: 'Türkçe' }).click();
  await expect(preview.getByRole('heading', { name: new RegExp(TITLE), level: 2 })).toContainText('(Felemenkçe)');
  await expectAccessible(editor, 'the editor’s form with a translation');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  // Saved: the form shows the translation again.
  await expect(editor.getByLabel('Titel in het Engels')).toHaveValue(ENGLISH_TITLE);

  // The partner sees the translation before approving it.
  const partner = await loginAs(partnerRow, await newPage());
  await partner.getByRole('link', { name: `behandel: ${TITLE}` }).click();
  await partner.locator('summary', { hasText: 'Voorbeeld in' }).click();
  await expect(partner.getByRole('heading', { name: ENGLISH_TITLE, level: 2 })).toBeVisible();
  await expectAccessible(partner, 'the partner’s preview with a translation');
  await partner.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(partner.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();

  // Published: in English the translation, marked English; in Turkish and Dutch the Dutch text.
  const [{ slug }] = await sql<{ slug: string }>('SELECT slug FROM "Offer" WHERE "organisationId" = $1', [partnerRow.organisationId]);
  const visitor = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await visitor.goto(`/en/aanbod/${slug}`);
  const heading = visitor.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(ENGLISH_TITLE);
  await expect(heading.locator('[lang="nl"]')).toHaveCount(0);
  await expect(visitor.getByText(ENGLISH_TEXT)).toBeVisible();
  await expect(visitor).toHaveTitle(new RegExp(ENGLISH_TITLE));
  await expectAccessible(visitor, `/en/aanbod/${slug}`);
  await visitor.goto(`/tr/aanbod/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('(Felemenkçe)');
  await visitor.goto(`/aanbod/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
