import { PHONE, expect, expectAccessible, formAnswer, sql, submitLogin, test, uniq } from './fixtures';
import { discount } from '../support/content';

// Issue 18, "Afwijzen": an editor refuses a discount proposal with a reason from the list and a few
// words of their own; the partner reads why in a mail and on a phone, and copies it into a new
// proposal. And a refused registration: its login says when and why, with the way to register anew.

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** One of the reasons the migration put on the editors' list. */
const LISTED = 'De korting is minder dan 25%.';

test('an editor refuses a proposal with a reason; the partner reads it on a phone and copies it into a new proposal', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  const partner = await insertPartner({ legalName: `Sportschool Afwijs ${uniq()}`, partnerType: 'BOTH' });
  const offerId = `e2ereject${uniq()}`;
  const content = {
    ...discount({ subject: 'fitness', validFrom: isoDay(0), validUntil: isoDay(90), percent: 20 }),
    title: 'Fitness met korting',
  };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, version, "updatedAt") VALUES ($1, 'DISCOUNT_ACTION', $2, 'SUBMITTED', $3, $4, 3, now())`,
    [offerId, partner.organisationId, `voorstel-${offerId}`, JSON.stringify(content)],
  );

  // 1. The editor: behind a disclosure; without a reason nothing happens and the list says why.
  const editor = await loginAs('editor', await newPage({ viewport: { width: 1280, height: 800 } }));
  await editor.goto(`/redactie/acties/${offerId}`);
  const panel = editor.getByRole('region', { name: 'Actievoorstel afwijzen' });
  await panel.getByText('Afwijzen…').click();
  await panel.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(panel.getByText('Kies een reden uit de lijst of schrijf een toelichting.')).toHaveCount(2); // the summary and the list
  await expect(panel.locator('[data-form-answer]')).toBeFocused();
  await expect(panel.getByRole('group', { name: 'Reden uit de lijst' })).toHaveAccessibleDescription(
    'Kies een reden uit de lijst of schrijf een toelichting.',
  );
  await expectAccessible(editor, '/redactie/acties/[id] with a refused refusal');
  await panel.getByLabel(LISTED).check();
  await panel.getByRole('textbox', { name: 'Toelichting' }).fill('Met 20% korting is de actie niet aantrekkelijk genoeg.');
  await panel.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(editor.getByText('Het voorstel is afgewezen. De partner krijgt een e-mail met de reden.')).toBeVisible();
  await expect(editor.getByText('De redactie heeft dit voorstel afgewezen.')).toBeVisible();
  await expect(editor.getByRole('region', { name: 'Actievoorstel afwijzen' })).toHaveCount(0);
  await expect(editor.getByRole('region', { name: 'Geschiedenis' })).toContainText('Met 20% korting');
  await expectAccessible(editor, '/redactie/acties/[id] refused');

  // 2. The mail to the partner.
  const mail = await inbox.waitFor(partner.email, 'is afgewezen');
  expect(mail.text).toContain(LISTED);
  expect(mail.text).toContain('Met 20% korting is de actie niet aantrekkelijk genoeg.');

  // 3. On the partner's phone: Home says it, with the reason; so does the proposal's own page.
  const phone = await loginAs(partner, await newPage({ viewport: PHONE, isMobile: true, hasTouch: true }));
  await phone.goto('/partner');
  const item = phone.getByRole('listitem').filter({ hasText: 'Fitness met korting' });
  await expect(item).toContainText('Afgewezen door de redactie');
  await expect(item).toContainText(LISTED);
  await expect(item).toContainText('Met 20% korting is de actie niet aantrekkelijk genoeg.');
  await expectAccessible(phone, '/partner with a refused proposal');
  await phone.goto(`/partner/aanbod/${offerId}`);
  await expect(phone.getByText('De reden van de redactie:')).toBeVisible();
  await expect(phone.getByRole('region', { name: 'Geschiedenis' })).toContainText('afgewezen');
  await expectAccessible(phone, '/partner/aanbod/[id] refused');

  // 4. The copy: a new proposal in the wizard, prefilled; the refused one stays as it is.
  await phone.getByRole('button', { name: 'Kopiëren naar een nieuw voorstel' }).click();
  await expect(phone).toHaveURL(/\/partner\/acties\/[^/]+\/onderwerp$/);
  await expect(phone.getByLabel('Waarop geef je korting?')).toHaveValue('fitness');
  const [row] = await sql<{ status: string }>('SELECT status FROM "Offer" WHERE id = $1', [offerId]);
  expect(row.status).toBe('REJECTED');
});

test('a refused registration: the login says when and why, and links to registering anew', async ({ newPage, loginAs, insertPartner }) => {
  const partner = await insertPartner({ legalName: `Kapper Buiten ${uniq()}`, partnerType: 'CREDIT' });
  const editor = await loginAs('editor', await newPage({ viewport: { width: 1280, height: 800 } }));
  await editor.goto(`/redactie/partners/${partner.organisationId}`);
  const panel = editor.getByRole('region', { name: 'Aanmelding afwijzen' });
  await panel.getByText('Aanmelding afwijzen…').click();
  await panel.getByLabel('Uw organisatie is niet gevestigd in Dordrecht.').check();
  await expectAccessible(editor, '/redactie/partners/[id] with the refusal open');
  await panel.getByRole('button', { name: 'Aanmelding afwijzen' }).click();
  await expect(editor.getByText('De aanmelding is afgewezen. De partner krijgt een e-mail met de reden.')).toBeVisible();
  await expect(editor.getByText('Deze aanmelding is afgewezen. Niemand van deze organisatie kan inloggen.')).toBeVisible();

  const phone = await newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await submitLogin(phone, partner.username, partner.password);
  const answer = formAnswer(phone);
  await expect(answer).toContainText('Je aanmelding als partner is op');
  await expect(answer).toContainText('Uw organisatie is niet gevestigd in Dordrecht.');
  await expect(answer.getByRole('link', { name: 'Opnieuw aanmelden' })).toHaveAttribute('href', '/aanmelden');
  await expect(phone).toHaveURL(/\/inloggen/);
  await expectAccessible(phone, '/inloggen refused registration');
});
