import { PHONE, expect, expectAccessible, sql, test, uniq } from './fixtures';
import { discount } from '../support/content';

// Issue 17, "Voorstel intrekken", on a phone: a partner takes back a submitted proposal the editors
// have not started on (as it is), and one they are working on (with a reason, which the editors read
// in their mail and in the history); the editors' page says it is final; the partner copies it into
// a new proposal.

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A discount offer of the organisation as the wizard and the editors leave it, in `status`. */
async function proposal(organisationId: string, status: 'SUBMITTED' | 'DRAFT', subject: string): Promise<string> {
  const id = `e2eretract${uniq()}`;
  const content = {
    ...discount({ subject, validFrom: isoDay(0), validUntil: isoDay(90), percent: 50 }),
    title: subject === 'toegang zwembad' ? 'Toegang zwembad' : 'Zwemles',
  };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, version, "updatedAt") VALUES ($1, 'DISCOUNT_ACTION', $2, $3::"OfferStatus", $4, $5, 3, now())`,
    [id, organisationId, status, `voorstel-${id}`, JSON.stringify(content)],
  );
  return id;
}

test('a partner retracts two proposals on a phone, the editors are told, and a copy starts a new one', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const partnerRow = await insertPartner({ legalName: `Zwemschool Intrek ${uniq()}`, partnerType: 'BOTH' });
  const untouched = await proposal(partnerRow.organisationId, 'SUBMITTED', 'toegang zwembad');
  const started = await proposal(partnerRow.organisationId, 'DRAFT', 'zwemles');
  const page = await loginAs(partnerRow, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await page.goto('/partner');

  // 1. Not started by the editors: behind a disclosure (no retraction by one stray tap), no reason needed.
  const first = page.getByRole('listitem').filter({ hasText: 'Toegang zwembad' });
  await expect(first).toContainText('Ingediend, de redactie gaat ermee aan de slag');
  await first.getByText('Voorstel intrekken…').click();
  await expect(first.getByLabel('Waarom trek je het voorstel in? (niet verplicht)')).toBeVisible();
  await expectAccessible(page, '/partner with a retraction form open');
  await first.getByRole('button', { name: 'Voorstel intrekken' }).click();
  await expect(page.getByText('Je voorstel is ingetrokken. De redactie is op de hoogte gebracht.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Toegang zwembad' })).toContainText('Ingetrokken');
  const mail = await inbox.waitFor('redactie@dordtpas.example', 'heeft een actievoorstel ingetrokken');
  expect(mail.text).toContain('korting op toegang zwembad');

  // 2. The editors are working on it: without a reason the message stands next to the field, focus on the answer.
  const secondStarted = new Date().toISOString();
  const second = page.getByRole('listitem').filter({ hasText: 'Zwemles' });
  await expect(second).toContainText('De redactie werkt aan de tekst');
  await second.getByText('Voorstel intrekken…').click();
  await second.getByRole('button', { name: 'Voorstel intrekken' }).click();
  await expect(second.getByText('Schrijf in een paar woorden waarom je het voorstel intrekt')).toHaveCount(2); // the summary and the field
  await expect(second.locator('[data-form-answer]')).toBeFocused();
  const reason = second.getByLabel('Waarom trek je het voorstel in?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, '/partner with a refused retraction');
  await reason.fill('We geven dit jaar geen zwemles.');
  await second.getByRole('button', { name: 'Voorstel intrekken' }).click();
  await expect(page.getByText('Je voorstel is ingetrokken.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Zwemles' })).toContainText('Ingetrokken');
  const withReason = await inbox.waitFor('redactie@dordtpas.example', 'heeft een actievoorstel ingetrokken', secondStarted);
  expect(withReason.text).toContain('We geven dit jaar geen zwemles.');
  const [row] = await sql<{ status: string }>('SELECT status FROM "Offer" WHERE id = $1', [started]);
  expect(row.status).toBe('RETRACTED');

  // 3. The editors' page: final, no form to rewrite it; the reason in the history.
  const editor = await loginAs('editor', await newPage());
  await editor.goto(`/redactie/acties/${started}`);
  await expect(editor.getByText('De partner heeft dit voorstel ingetrokken.')).toBeVisible();
  await expect(editor.getByRole('button', { name: /Opslaan/ })).toHaveCount(0);
  await expect(editor.getByRole('region', { name: 'Geschiedenis' })).toContainText('We geven dit jaar geen zwemles.');
  await expectAccessible(editor, '/redactie/acties/[id] retracted');

  // 4. The partner goes on with a copy: a new proposal, prefilled.
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Toegang zwembad' })
    .getByRole('button', { name: 'Kopiëren naar een nieuw voorstel' })
    .click();
  await expect(page).toHaveURL(/\/partner\/acties\/[^/]+\/onderwerp$/);
  await expect(page.getByLabel('Waarop geef je korting?')).toHaveValue('toegang zwembad');
  const [copies] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Offer" WHERE "organisationId" = $1 AND status = 'PROPOSAL'`, [
    partnerRow.organisationId,
  ]);
  expect(Number(copies.n)).toBe(1);
  const [kept] = await sql<{ status: string }>('SELECT status FROM "Offer" WHERE id = $1', [untouched]);
  expect(kept.status).toBe('RETRACTED');
});
