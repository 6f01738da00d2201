import { PHONE, addDays, expect, expectAccessible, insertPublishedAction, sql, test, uniq } from './fixtures';
import { formatIsoDate, todayInDordrecht } from '../../lib/i18n/format';

// Issue 17, "Actie beëindigen" (ADR 0020), on a phone: a partner ends a published discount offer
// with today as its last day. A day outside the allowed range is refused next to the date field;
// then the end, the confirmation and the new last day on Home; the public page still shows it today,
// with that last day; the editors get a mail and read it in the history. That it is gone the day
// after is the public query's `today` (tests/unit/discount-end.test.ts): this server's clock is real.

test('a partner ends a running action on a phone: a wrong day is refused beside the field, then it runs until today and the editors are told', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const today = todayInDordrecht();
  const until = addDays(today, 30);
  const title = 'Zwemles voor de halve prijs';
  const partnerRow = await insertPartner({ legalName: `Zwemschool Einde ${uniq()}`, partnerType: 'BOTH' });
  const action = await insertPublishedAction(partnerRow.organisationId, title, addDays(today, -10), until);
  const page = await loginAs(partnerRow, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await page.goto('/partner');

  // 1. Behind a disclosure: a date field from today to the last day, today chosen, and what happens.
  const item = page.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(`Loopt tot en met ${formatIsoDate(until)}`);
  await item.getByText('Actie beëindigen…').click();
  const lastDay = item.getByLabel('Laatste dag van de actie');
  await expect(lastDay).toHaveValue(today);
  await expect(lastDay).toHaveAttribute('type', 'date');
  await expect(lastDay).toHaveAttribute('min', today);
  await expect(lastDay).toHaveAttribute('max', until);
  await expect(item.getByText(`Kies een dag van ${formatIsoDate(today)} tot en met ${formatIsoDate(until)}.`)).toBeVisible();
  await expect(item.getByText('De actie staat tot en met de laatste dag op de website. De redactie krijgt een bericht.')).toBeVisible();
  await expectAccessible(page, '/partner with the end form open');

  // 2. A day after the last day: the Dutch message beside the field, focus on the answer, what was typed kept.
  const reason = 'We stoppen eerder met de zwemlessen.';
  await lastDay.fill(addDays(until, 1));
  await item.getByLabel('Waarom beëindig je de actie? (niet verplicht)').fill(reason);
  await item.getByRole('button', { name: 'Actie beëindigen' }).click();
  const error = item.locator(`#lastDay-${action.id}-error`);
  await expect(error).toHaveText(`Deze dag kan niet. Kies een dag van ${formatIsoDate(today)} tot en met ${formatIsoDate(until)}.`);
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
  await expect(lastDay).toHaveAttribute('aria-describedby', new RegExp(`lastDay-${action.id}-error`));
  await expect(item.locator('form', { has: page.getByLabel('Laatste dag van de actie') }).locator('[data-form-answer]')).toBeFocused();
  await expect(lastDay).toHaveValue(addDays(until, 1));
  await expect(item.getByLabel('Waarom beëindig je de actie? (niet verplicht)')).toHaveValue(reason);
  await expectAccessible(page, '/partner with a refused last day');
  const [unchanged] = await sql<{ validUntil: string; version: number }>(
    `SELECT "validUntil"::text AS "validUntil", version FROM "Offer" WHERE id = $1`,
    [action.id],
  );
  expect(unchanged).toEqual({ validUntil: until, version: 4 });

  // 3. Today: done, and Home shows the new last day.
  await lastDay.fill(today);
  await item.getByRole('button', { name: 'Actie beëindigen' }).click();
  await expect(page).toHaveURL(/\/partner\?beeindigd=1$/);
  await expect(page.getByText('De actie is beëindigd. Ze staat tot en met de laatste dag op de website.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText(`Loopt tot en met ${formatIsoDate(today)}`);
  const [row] = await sql<{ validUntil: string; entryUntil: string; status: string }>(
    `SELECT o."validUntil"::text AS "validUntil", c."validUntil"::text AS "entryUntil", o.status::text AS status
       FROM "Offer" o JOIN "CatalogEntry" c ON c."offerId" = o.id WHERE o.id = $1`,
    [action.id],
  );
  expect(row).toEqual({ validUntil: today, entryUntil: today, status: 'PUBLISHED' });

  // 4. Pass holders still see it today, with the new last day, on its page and in the catalog.
  const visitor = await newPage({ viewport: PHONE });
  expect((await visitor.goto(`/aanbod/${action.slug}`))?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(visitor.getByText(`Geldig van ${formatIsoDate(addDays(today, -10))} tot en met ${formatIsoDate(today)}.`)).toBeVisible();
  await visitor.goto('/?zoek=zwemles+halve+prijs');
  await expect(visitor.locator('#resultaten + ul h3', { hasText: title })).toBeVisible();

  // 5. The editors: a mail with the reason and the last day, and the history entry on the action's page.
  const mail = await inbox.waitFor('redactie@dordtpas.example', 'heeft een kortingsactie beëindigd');
  expect(mail.text).toContain(`"${title}" beëindigd. De laatste dag is ${formatIsoDate(today)}.`);
  expect(mail.text).toContain(reason);
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/acties/${action.id}`);
  await expect(
    editor.getByText(`De partner heeft deze actie beëindigd. De laatste dag op de website is ${formatIsoDate(today)}.`),
  ).toBeVisible();
  const history = editor.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).toContainText('heeft de actie beëindigd');
  await expect(history).toContainText(`Laatste dag: ${formatIsoDate(today)}.`);
  await expect(history).toContainText(reason);
  await expectAccessible(editor, '/redactie/acties/[id] ended');
});
