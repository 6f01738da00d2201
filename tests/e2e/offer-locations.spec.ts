import { expect, expectAccessible, sql, test, uniq, type InsertedPartner } from './fixtures';
import { credit } from '../support/content';

// Issue 20: "a partner with two locations shows both on the detail page" — an offer applies to all of
// its partner's locations or to chosen ones, and its page lists them, each with a link that opens it
// in the phone's map app; the editors choose them in the listing form, the partner approves them.

const hours = { ma: [{ from: '09:00', to: '17:00' }], di: [], wo: [], do: [], vr: [], za: [{ from: '10:00', to: '12:30' }], zo: [] };

/** Two locations of the partner, as the migration and the editors make them (the first one is the visiting address). */
async function twoLocations(partner: InsertedPartner) {
  const n = uniq();
  const main = { id: `loc-main-${n}`, name: `Bibliotheek Centrum ${n}` };
  const branch = { id: `loc-branch-${n}`, name: `Bibliotheek Sterrenburg ${n}` };
  await sql(
    `INSERT INTO "Location" (id, "organisationId", position, name, street, "houseNumber", postcode, city, "updatedAt")
     VALUES ($1, $2, 0, $3, 'Voorstraat', '1', '3311 AB', 'Dordrecht', now())`,
    [main.id, partner.organisationId, main.name],
  );
  await sql(
    `INSERT INTO "Location" (id, "organisationId", position, name, street, "houseNumber", postcode, city, phone, "openingHours", "hoursRemark", latitude, longitude, "updatedAt")
     VALUES ($1, $2, 1, $3, 'Galileïstraat', '20', '3318 AB', 'Dordrecht', '0787654321', $4, 'In de schoolvakanties gesloten.', 51.79, 4.69, now())`,
    [branch.id, partner.organisationId, branch.name, JSON.stringify(hours)],
  );
  return { main, branch };
}

/** A published credit listing of the partner with this choice of locations, as an approval leaves it. */
async function publishedListing(partner: InsertedPartner, title: string, locations: 'all' | string[]) {
  const id = `e2elisting${uniq()}`;
  const slug = `aanbod-${id}`;
  const content = { ...credit(), title, locations };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'PUBLISHED', $3, $4, $4, now(), 3, now())`,
    [id, partner.organisationId, slug, JSON.stringify(content)],
  );
  return slug;
}

test('a partner with two locations shows both on the detail page; an offer for one of them shows only that one', async ({
  page,
  insertPartner,
  newPage,
}) => {
  const partner = await insertPartner({ partnerType: 'CREDIT', category: 'cultuur' });
  const { main, branch } = await twoLocations(partner);

  const everywhere = await publishedListing(partner, 'Boeken lenen met je Dordtpas', 'all');
  await page.goto(`/aanbod/${everywhere}`);
  const places = page.locator('[data-places]');
  await expect(places.getByRole('heading', { name: 'Locaties', level: 2 })).toBeVisible();
  await expect(places.locator('[data-place]')).toHaveCount(2);
  const first = places.locator('[data-place]').filter({ hasText: main.name });
  const second = places.locator('[data-place]').filter({ hasText: branch.name });
  await expect(first).toContainText('Voorstraat 1, 3311 AB Dordrecht');
  await expect(second).toContainText('Galileïstraat 20, 3318 AB Dordrecht');
  await expect(second.getByRole('link', { name: '078 765 4321' })).toHaveAttribute('href', 'tel:+31787654321');
  await expect(second).toContainText('maandag09:00–17:00');
  await expect(second).toContainText('dinsdaggesloten');
  await expect(second).toContainText('In de schoolvakanties gesloten.');
  // Each place its map: the web map by its coordinates, or by its address while it has none.
  await expect(second.getByRole('link', { name: new RegExp(`^Open in je kaarten-app\\s+\\(${branch.name}\\)$`) })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/?mlat=51.79&mlon=4.69#map=18/51.79/4.69',
  );
  await expect(first.getByRole('link', { name: new RegExp(`^Open in je kaarten-app\\s+\\(${main.name}\\)$`) })).toHaveAttribute(
    'href',
    `https://www.openstreetmap.org/search?query=${encodeURIComponent('Voorstraat 1, 3311 AB Dordrecht')}`,
  );
  await expectAccessible(page, '/aanbod/[slug] (two locations)');

  // On an Android phone the link opens its map app (geo:), on an iPhone Apple's Maps.
  const android = await newPage({
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
    viewport: { width: 390, height: 844 },
  });
  await android.goto(`/aanbod/${everywhere}`);
  await expect(android.locator('[data-place]').filter({ hasText: branch.name }).locator('[data-map-link]')).toHaveAttribute(
    'href',
    `geo:51.79,4.69?q=51.79,4.69(${encodeURIComponent(branch.name)})`,
  );
  const iphone = await newPage({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    viewport: { width: 390, height: 844 },
  });
  await iphone.goto(`/aanbod/${everywhere}`);
  await expect(iphone.locator('[data-place]').filter({ hasText: main.name }).locator('[data-map-link]')).toHaveAttribute(
    'href',
    `https://maps.apple.com/?q=${encodeURIComponent(main.name)}&address=${encodeURIComponent('Voorstraat 1, 3311 AB Dordrecht')}`,
  );

  const onlyBranch = await publishedListing(partner, 'Voorlezen in Sterrenburg', [branch.id]);
  await page.goto(`/aanbod/${onlyBranch}`);
  await expect(page.locator('[data-places]').getByRole('heading', { name: 'Adres', level: 2 })).toBeVisible();
  await expect(page.locator('[data-place]')).toHaveCount(1);
  await expect(page.locator('[data-place]')).toContainText(branch.name);
  await expect(page.locator('[data-places]')).not.toContainText(main.name);
  await expectAccessible(page, '/aanbod/[slug] (one location)');
});

test('the editor chooses one location in the listing form, the partner approves the preview, the page shows only that one', async ({
  loginAs,
  newPage,
  insertPartner,
}) => {
  test.setTimeout(120_000);
  const partner = await insertPartner({ partnerType: 'CREDIT', category: 'cultuur', displayName: `Bibliotheek ${uniq()}` });
  const { main, branch } = await twoLocations(partner);
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/partners/${partner.organisationId}`);
  await editor.getByLabel('Titel', { exact: true }).fill('Boeken lenen in Sterrenburg');
  await editor.getByLabel('Tekst voor de pashouder').fill('Leen boeken, strips en luisterboeken met je Dordtpas-tegoed.');

  // No address to type: "Alle locaties" is chosen; "Alleen deze locaties" with none ticked is refused on the field.
  const choice = editor.getByRole('group', { name: 'Waar geldt dit aanbod?' });
  await expect(choice.getByRole('radio', { name: /Alle locaties/ })).toBeChecked();
  await expect(editor.getByLabel('Straat', { exact: true })).toHaveCount(0);
  await choice.getByRole('radio', { name: 'Alleen deze locaties:' }).check();
  await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(editor.locator('#locations-error')).toHaveText('Kies minstens één locatie, of kies "Alle locaties".');
  await expectAccessible(editor, '/redactie/partners/[id] (location choice refused)');

  // Ticking one picks "Alleen deze locaties"; the live preview shows it.
  await choice.getByRole('radio', { name: /Alle locaties/ }).check();
  await choice.getByRole('checkbox', { name: new RegExp(branch.name) }).check();
  await expect(choice.getByRole('radio', { name: 'Alleen deze locaties:' })).toBeChecked();
  const preview = editor.locator('[data-offer]');
  await expect(preview.locator('[data-place]')).toHaveCount(1);
  await expect(preview.locator('[data-place]')).toContainText(branch.name);
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
  await expectAccessible(editor, '/redactie/partners/[id] (sent with one location)');

  // The partner approves what the preview shows: that one location; the history names it.
  const own = await loginAs({ username: partner.username, password: partner.password }, await newPage());
  await own.goto('/partner');
  await own.getByRole('link', { name: 'behandel: Boeken lenen in Sterrenburg' }).click();
  const ownPreview = own.getByRole('region', { name: 'Voorbeeld' });
  await expect(ownPreview.locator('[data-place]')).toHaveCount(1);
  await expect(ownPreview.getByRole('heading', { name: branch.name })).toBeVisible();
  await expect(own.getByRole('region', { name: 'Geschiedenis' })).toContainText(branch.name);
  await own.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(own.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();

  const [{ slug }] = await sql<{ slug: string }>(`SELECT slug FROM "Offer" WHERE "organisationId" = $1`, [partner.organisationId]);
  const visitor = await newPage();
  await visitor.goto(`/aanbod/${slug}`);
  await expect(visitor.getByRole('heading', { name: 'Boeken lenen in Sterrenburg', level: 1 })).toBeVisible();
  await expect(visitor.locator('[data-places]').getByRole('heading', { name: 'Adres', level: 2 })).toBeVisible();
  await expect(visitor.locator('[data-place]')).toHaveCount(1);
  await expect(visitor.locator('[data-place]')).toContainText('Galileïstraat 20, 3318 AB Dordrecht');
  await expect(visitor.locator('[data-places]')).not.toContainText(main.name);
  await expectAccessible(visitor, '/aanbod/[slug] (chosen location)');
});
