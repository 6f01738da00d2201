import { expect, expectAccessible, formAnswer, runDailyJob, sql, submitLogin, test, uniq } from './fixtures';
import { MAIL_API } from '../support/e2e-env';
import type { CaughtMail } from '../support/smtp-catcher';
import { credit } from '../support/content';
import { todayInDordrecht } from '../../lib/i18n/format';
import { isWorkingDay } from '../../lib/workdays';

// Issue 18, the partner record ("Dossier", ADR 0028): an editor opens it from the partner's page,
// keeps an internal note, sees an approval request that has waited too long marked "Te laat"; the
// reminder job runs twice and the partner gets the reminder once; the editor deactivates the partner
// (its login is refused with its own message, its page is off the site) and makes it active again.

const REMINDER = 'Herinnering: je akkoord is nodig';

/** The SMTP catcher's mails to `to` with this subject since `after`. */
async function caught(to: string, subject: string, after: string): Promise<CaughtMail[]> {
  const response = await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as CaughtMail[]).filter((m) => m.subject === subject && m.receivedAt > after);
}

test('an editor keeps the record of a partner: a note, an overdue approval reminded once, deactivated and back', async ({
  page,
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  test.setTimeout(120_000);
  const started = new Date().toISOString();
  const n = uniq();
  const name = `Zwembad Dossier ${n}`;
  const partner = await insertPartner({ legalName: name, partnerType: 'CREDIT', name: 'Sanne de Vries' });

  // A published listing whose new version was sent for approval four weeks ago and never answered.
  const slug = `zwembad-dossier-${n}`;
  const content = { ...credit(), title: `Zwemmen bij Dossier ${n}` };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, "publishedContent", "publishedAt", version, "sentVersion", "statusSince", "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'AWAITING_PARTNER', $3, $4, $4, now() - interval '60 days', 2, 2, now() - interval '28 days', now())`,
    [`e2edossier${n}`, partner.organisationId, slug, JSON.stringify(content)],
  );
  const visitor = await newPage();
  expect((await visitor.goto(`/aanbod/${slug}`))?.status()).toBe(200);

  // The record, from the top of the partner's page.
  await loginAs('editor');
  await page.goto(`/redactie/partners/${partner.organisationId}`);
  await page.getByRole('link', { name: 'Dossier van deze partner' }).click();
  await expect(page).toHaveURL(new RegExp(`/redactie/partners/${partner.organisationId}/dossier$`));
  await expect(page.getByRole('heading', { level: 1, name: `Dossier: ${name}` })).toBeVisible();
  const offers = page.getByRole('region', { name: 'Aanbod' });
  await expect(offers.getByText(content.title)).toBeVisible();
  await expect(offers.getByText('Te laat', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gebruikers' }).getByText('Sanne de Vries')).toBeVisible();
  await expectAccessible(page, 'dossier');

  // An internal note: not without text, then saved and listed.
  const notes = page.getByRole('region', { name: 'Interne notities' });
  await notes.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.locator('#note-text-error')).toHaveText('Schrijf een notitie.');
  await expect(notes.getByLabel('Nieuwe notitie')).toHaveAttribute('aria-describedby', /note-text-error/);
  const note = `Belde op maandag ${n}: komt na de zomer terug.`;
  await notes.getByLabel('Nieuwe notitie').fill(note);
  await notes.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(formAnswer(page).filter({ hasText: 'De notitie is opgeslagen.' })).toBeVisible();
  await expect(notes.getByText(note)).toBeVisible();
  await expect(notes.getByLabel('Nieuwe notitie')).toHaveValue('');

  // The hourly job, twice (as two runs, or two instances): one reminder. Reminders wait for a working day (ADR 0028).
  await runDailyJob();
  await runDailyJob();
  if (isWorkingDay(todayInDordrecht())) {
    const mail = await inbox.waitFor(partner.email, REMINDER);
    expect(mail.html).toContain(`/partner/aanbod/e2edossier${n}`);
    // Give a second mail the time to arrive, should there be one.
    await page.waitForTimeout(3_000);
    expect(await caught(partner.email, REMINDER, started)).toHaveLength(1);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByText('herinnering gestuurd aan de partner')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Verstuurde e-mails' }).getByText(REMINDER)).toBeVisible();
    await expect(offers.getByText('1 herinnering gestuurd')).toBeVisible();
  } else {
    await page.waitForTimeout(3_000);
    expect(await caught(partner.email, REMINDER, started)).toEqual([]);
  }

  // Deactivating: behind its disclosure, not without a reason.
  const status = page.getByRole('region', { name: 'Deactiveren' });
  await status.locator('summary', { hasText: 'Partner deactiveren' }).click();
  await status.getByLabel('Ik weet zeker dat ik deze partner wil deactiveren').check();
  await status.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(page.locator('#deactivate-reason-error')).toHaveText('Schrijf waarom je de partner deactiveert.');
  await expect(status.getByLabel(/^Reden/)).toHaveAttribute('aria-describedby', /deactivate-reason-error/);
  await expectAccessible(page, 'dossier (deactivation refused)');
  await status.getByLabel(/^Reden/).fill('Het zwembad is dicht voor een verbouwing.');
  await status.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(formAnswer(page).filter({ hasText: 'De partner is gedeactiveerd.' })).toBeVisible();
  await expect(page.getByText(/Gedeactiveerd op .* door /).first()).toBeVisible();
  await expectAccessible(page, 'dossier (deactivated)');
  await inbox.waitFor(partner.email, 'Je account bij Dordtpas is gedeactiveerd');

  // Off the site, and the partner is told why it cannot log in.
  expect((await visitor.goto(`/aanbod/${slug}`))?.status()).toBe(404);
  const partnerPage = await newPage();
  await submitLogin(partnerPage, partner.username, partner.password);
  await expect(partnerPage.getByText('Je organisatie is door de redactie van Dordtpas gedeactiveerd.')).toBeVisible();
  await expect(partnerPage).toHaveURL(/\/inloggen/);
  await expectAccessible(partnerPage, '/inloggen (deactivated)');

  // The partner's page says so too, and links back to the record.
  await page.goto(`/redactie/partners/${partner.organisationId}`);
  await expect(page.getByText(/Gedeactiveerd op .* door /)).toBeVisible();
  await page.getByRole('link', { name: 'Weer actief maken' }).click();

  // Active again: the page is back, the partner logs in and sees no internal note anywhere.
  const again = page.getByRole('region', { name: 'Weer actief maken' });
  await again.locator('summary', { hasText: 'Partner weer actief maken' }).click();
  await again.getByRole('button', { name: 'Weer actief maken' }).click();
  await expect(formAnswer(page).filter({ hasText: 'De partner is weer actief.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deactiveren' })).toBeVisible();
  await inbox.waitFor(partner.email, 'Je account bij Dordtpas is weer actief');
  expect((await visitor.goto(`/aanbod/${slug}`))?.status()).toBe(200);
  await loginAs(partner, partnerPage);
  await partnerPage.goto('/partner');
  await expect(partnerPage.getByRole('heading', { name: 'Welkom, Sanne de Vries' })).toBeVisible();
  expect(await partnerPage.content()).not.toContain(note);
  const exported = await partnerPage.request.get('/partner/gegevens.json');
  expect(exported.status()).toBe(200);
  expect(await exported.text()).not.toContain(note);
});
