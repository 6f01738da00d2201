import type { Locator, Page } from '@playwright/test';
import { PHONE, expect, expectAccessible, sql, test, uniq, type DemoAccount } from './fixtures';
import { cameraJpeg } from '../support/images';

// Issue 14 items 8, 9 and 23: the editors write beside a live preview (the one OfferPage), see the
// partner's comment on top, the current photo as a thumbnail, and which photo a save will use; the
// history numbers the proposals sent to the partner; the pages' titles name the partner and offer.

const DESKTOP = { width: 1280, height: 800 };
const PREVIEW = 'Voorbeeld zoals de partner en de pashouder het zien';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * A discount offer of De Wielen as the wizard leaves it after submitting: status SUBMITTED at
 * version 39 (every autosave of the wizard raised it), with its "submitted" history entry.
 */
async function submittedAction(dewielen: DemoAccount): Promise<string> {
  const [partner] = await sql<{ organisationId: string; name: string }>('SELECT "organisationId", name FROM "User" WHERE username = $1', [
    dewielen.username,
  ]);
  const id = `e2eaction${uniq()}`;
  const content = {
    title: 'Toegang zwembad',
    body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
    category: 'sport',
    address: { street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' },
    openingInfo: '',
    contact: { phone: '078 123 4567', email: dewielen.email, website: '', showPhone: false, showEmail: false, showWebsite: false },
    photoId: null,
    discount: {
      subject: 'toegang zwembad',
      validFrom: isoDay(0),
      validUntil: isoDay(90),
      validityNote: '',
      editorsInfo: 'Zwemles doet niet mee.',
      tips: '',
      reservationRequired: false,
      discountType: 'PERCENT',
      percent: 50,
      usage: 'REPEATED',
      tariffs: [],
      contactName: partner.name,
    },
  };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, version, "updatedAt") VALUES ($1, 'DISCOUNT_ACTION', $2, 'SUBMITTED', $3, $4, 39, now())`,
    [id, partner.organisationId, `toegang-zwembad-${id}`, JSON.stringify(content)],
  );
  await sql(`INSERT INTO "OfferEvent" (id, "offerId", "actorName", action, version, content) VALUES ($1, $2, $3, 'submitted', 39, $4)`, [
    `${id}ev`,
    id,
    partner.name,
    JSON.stringify(content),
  ]);
  return id;
}

/** Other specs see De Wielen's offers: what this spec made goes again (its history with it). */
const removeAction = (id: string) => sql('DELETE FROM "Offer" WHERE id = $1', [id]);

const form = (page: Page) => page.getByRole('region', { name: /^(Kortingsactie|Inschrijving tegoeden)$/ });
const preview = (page: Page) => page.getByRole('region', { name: PREVIEW });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** Form and preview side by side at 1280 px, the form wide enough; one above the other on a phone. */
async function expectLayout(page: Page) {
  await page.setViewportSize(DESKTOP);
  const [f, p] = [await box(form(page)), await box(preview(page))];
  expect(p.x, 'preview beside the form').toBeGreaterThanOrEqual(f.x + f.width);
  expect(f.width, 'form column').toBeGreaterThan(500);
  // The demo partner has locations (issue 20): each choice is its name over its address, two lines, not wrapped further.
  const choice = await box(page.getByRole('group', { name: 'Waar geldt dit aanbod?' }).getByRole('checkbox').first().locator('..'));
  expect(choice.height, 'a location: name and address on a line each').toBeLessThan(60);
  await page.setViewportSize(PHONE);
  const [fp, pp] = [await box(form(page)), await box(preview(page))];
  expect(pp.y, 'preview below the form on a phone').toBeGreaterThanOrEqual(fp.y + fp.height);
  await page.setViewportSize(DESKTOP);
}

test("the editor writes a discount offer beside its live preview; the partner's comment is on top; proposals are numbered", async ({
  newPage,
  loginAs,
  demo,
}) => {
  const offerId = await submittedAction(demo.partner);
  const editor = await loginAs('editor', await newPage({ viewport: DESKTOP }));
  await expect(editor).toHaveURL(/\/redactie$/);
  await editor.goto(`/redactie/acties/${offerId}`);
  await expect(editor).toHaveTitle('Zwembad De Wielen: toegang zwembad — kortingsactie — redactie | Dordtpas');
  await expect(preview(editor).getByRole('heading', { name: 'Toegang zwembad', level: 2 })).toBeVisible();
  await expectLayout(editor);

  // Typing changes the preview at once, before anything is saved.
  await editor.getByLabel('Titel', { exact: true }).fill('Halve prijs in het buitenbad');
  await editor.getByLabel('Kortingspercentage').fill('40');
  await expect(preview(editor).getByRole('heading', { name: 'Halve prijs in het buitenbad', level: 2 })).toBeVisible();
  await expect(preview(editor).getByText('40% korting met je Dordtpas')).toBeVisible();
  await expect(editor.getByText('Het concept is opgeslagen.')).toHaveCount(0);
  await expectAccessible(editor, '/redactie/acties/[id] at 1280 (typed)');
  await editor.setViewportSize(PHONE);
  await expectAccessible(editor, '/redactie/acties/[id] at 390 (typed)');
  await editor.setViewportSize(DESKTOP);

  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();

  // The partner sees proposal 1 (not "versie 41") and comments on it.
  const partner = await loginAs('partner', await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await expect(partner).toHaveURL(/\/partner$/);
  await partner.goto(`/partner/aanbod/${offerId}`);
  await expect(partner).toHaveTitle('Halve prijs in het buitenbad — aanbod bekijken — partnerportaal | Dordtpas');
  await expect(partner.getByText(/^Voorstel 1 van de redactie, gestuurd op/)).toBeVisible();
  const partnerHistory = partner.getByRole('region', { name: 'Geschiedenis' });
  await expect(partnerHistory.getByText('Voorstel 1', { exact: true })).toBeVisible();
  await expect(partnerHistory).not.toContainText(/versie/i);
  await expectAccessible(partner, '/partner/aanbod/[id] (proposal 1)');
  await partner.getByText('Ik ga nog niet akkoord en wil reageren op de inhoud').click();
  await partner.getByLabel('Wat wil je aangepast zien?').fill('Zet er ook bij dat zwemles niet meedoet.');
  await partner.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(partner.getByText('Je reactie is naar de redactie gestuurd.')).toBeVisible();

  // The editor finds the comment on top of the page, not only in the history.
  await editor.reload();
  const callout = editor.getByRole('region', { name: 'Reactie van de partner' });
  await expect(callout).toContainText('Zet er ook bij dat zwemles niet meedoet.');
  await expect(callout).toContainText('op voorstel 1');
  const top = await box(callout);
  expect(top.y, 'the comment above the form').toBeLessThan((await box(form(editor))).y);
  const history = editor.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).not.toContainText(/versie/i);
  await expect(history.getByText('Voorstel 1', { exact: true })).toHaveCount(2); // sent, commented
  await expectAccessible(editor, '/redactie/acties/[id] at 1280 (comment)');
  await editor.setViewportSize(PHONE);
  await expectAccessible(editor, '/redactie/acties/[id] at 390 (comment)');
  await editor.setViewportSize(DESKTOP);

  // Sent again: the comment is answered and leaves the top; the history has proposal 2.
  await editor.getByLabel(/^Tips voor de pashouder/).fill('Zwemles doet niet mee.');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole('region', { name: 'Reactie van de partner' })).toHaveCount(0);
  await expect(history.getByText('Voorstel 2', { exact: true })).toBeVisible();
  await removeAction(offerId);
});

test('the current photo is a thumbnail; after a new upload the form and the preview show which photo a save will use', async ({
  newPage,
  loginAs,
  demo,
}) => {
  const offerId = await submittedAction(demo.partner);
  const editor = await loginAs('editor', await newPage({ viewport: DESKTOP }));
  await expect(editor).toHaveURL(/\/redactie$/);
  await editor.goto(`/redactie/acties/${offerId}`);
  // Uploaded and saved, it is the current photo, shown as a thumbnail; a newer upload is
  // the one a save will use, and the form says so.
  await editor
    .locator('input[type="file"]')
    .setInputFiles({ name: 'zwembad.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(1600, 900) });
  await expect(editor.getByText('De foto is toegevoegd.')).toBeVisible({ timeout: 20_000 });
  const uploaded = await editor.getByAltText('Voorbeeld van de gekozen foto').getAttribute('src');
  await expect(preview(editor).locator('[data-offer] img').first()).toHaveAttribute('src', uploaded!);
  await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(editor.getByText('Het concept is opgeslagen.')).toBeVisible();
  await editor.reload();
  await expect(editor.getByAltText('De huidige foto van dit aanbod')).toBeVisible();
  await expect(editor.getByLabel('Huidige foto houden')).toBeChecked();
  await expect(editor.getByText(/Je hebt een nieuwe foto toegevoegd/)).toHaveCount(0);
  await editor
    .locator('input[type="file"]')
    .setInputFiles({ name: 'zwembad-2.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(1800, 1000) });
  await expect(editor.getByText('De foto is toegevoegd.')).toBeVisible({ timeout: 20_000 });
  await expect(editor.getByText(/Je hebt een nieuwe foto toegevoegd. Na opslaan staat de nieuwe foto bij het aanbod/)).toBeVisible();
  await expect(editor.getByLabel('Huidige foto houden')).toBeDisabled();
  const newer = await editor.getByAltText('Voorbeeld van de gekozen foto').getAttribute('src');
  expect(newer).not.toBe(uploaded);
  await expect(preview(editor).locator('[data-offer] img').first()).toHaveAttribute('src', newer!);
  await expectAccessible(editor, '/redactie/acties/[id] (new photo)');
  // Without the new upload the current photo is used again; without the tick, the category's image.
  await editor.getByRole('button', { name: 'Foto verwijderen' }).click();
  await expect(editor.getByLabel('Huidige foto houden')).toBeEnabled();
  const current = await editor.getByAltText('De huidige foto van dit aanbod').getAttribute('src');
  await expect(preview(editor).locator('[data-offer] img').first()).toHaveAttribute('src', current!);
  await editor.getByLabel('Huidige foto houden').uncheck();
  await expect(preview(editor).getByAltText('Afbeelding bij Sport en bewegen')).toBeVisible();
  await removeAction(offerId);
});

test('a credit listing before its first save: the preview is there at once and follows the typing', async ({ newPage, loginAs }) => {
  const editor = await loginAs('editor', await newPage({ viewport: DESKTOP }));
  await editor.getByRole('link', { name: 'De Boekhoek Dordrecht B.V.' }).click();
  await expect(editor).toHaveTitle('De Boekhoek Dordrecht B.V. — inschrijving tegoeden — redactie | Dordtpas');
  await expect(
    preview(editor).getByRole('heading', { name: await editor.getByLabel('Titel', { exact: true }).inputValue(), level: 2 }),
  ).toBeVisible();
  await expectLayout(editor);
  await editor.getByLabel('Titel', { exact: true }).fill('Boeken kopen met je tegoed');
  await editor.getByLabel('Openingstijden en andere informatie').fill('Dinsdag tot en met zaterdag open.');
  await expect(preview(editor).getByRole('heading', { name: 'Boeken kopen met je tegoed', level: 2 })).toBeVisible();
  await expect(preview(editor).getByText('Dinsdag tot en met zaterdag open.')).toBeVisible();
  await expectAccessible(editor, '/redactie/partners/[id] (new listing) at 1280');
  await editor.setViewportSize(PHONE);
  await expectAccessible(editor, '/redactie/partners/[id] (new listing) at 390');
});

test("without JavaScript the editor's form still saves, and the preview shows the saved listing", async ({ newPage, loginAs }) => {
  const editor = await loginAs('editor', await newPage({ javaScriptEnabled: false, viewport: DESKTOP }));
  await expect(editor).toHaveURL(/\/redactie$/);
  await editor.getByRole('link', { name: 'De Boekhoek Dordrecht B.V.' }).click();
  await expect(preview(editor).locator('[data-offer] h2')).toHaveText(await editor.getByLabel('Titel', { exact: true }).inputValue());
  await editor.getByLabel('Titel', { exact: true }).fill('Lezen met je Dordtpas');
  await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(editor.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(preview(editor).getByRole('heading', { name: 'Lezen met je Dordtpas', level: 2 })).toBeVisible();
  await expectAccessible(editor, '/redactie/partners/[id] without JavaScript');
});
