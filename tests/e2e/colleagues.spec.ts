import { PHONE, expect, expectAccessible, linkIn, sql, test, uniq } from './fixtures';
import { credit } from '../support/content';

// Issue 17, "Collega's", on a phone: a beheerder invites a colleague, who makes an account from the
// link, logs in and approves an offer as medewerker (and cannot manage colleagues); the beheerder
// removes the colleague, whose open session is refused at once.

test('a beheerder invites a colleague who approves an offer, then removes them; their open session is refused', async ({
  newPage,
  loginAs,
  insertPartner,
  inbox,
}) => {
  test.setTimeout(90_000);
  const n = uniq();
  const partnerRow = await insertPartner({ legalName: `Sportschool Collega ${n}`, partnerType: 'CREDIT' });
  const phone = { viewport: PHONE, isMobile: true, hasTouch: true };
  const admin = await loginAs(partnerRow, await newPage(phone));

  // The beheerder's page, from the header.
  await admin.getByRole('link', { name: "Collega's" }).click();
  await expect(admin.getByRole('heading', { name: "Collega's", level: 1 })).toBeVisible();
  await expect(admin.getByText('Er staan geen uitnodigingen open.')).toBeVisible();
  await expectAccessible(admin, '/partner/collegas');

  const email = `joost${n}@sportschool.example`;
  await admin.getByLabel('Naam van je collega').fill('Joost Jansen');
  await admin.getByLabel('E-mailadres van je collega').fill(email);
  await expect(admin.getByRole('radio', { name: 'Medewerker' })).toBeChecked();
  await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(admin.getByText(`De uitnodiging is verstuurd naar ${email}.`)).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Openstaande uitnodigingen' })).toContainText(email);

  // The same address again: the message next to the field, what was typed kept.
  await admin.getByLabel('Naam van je collega').fill('Joost Jansen');
  await admin.getByLabel('E-mailadres van je collega').fill(email);
  await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(admin.locator('#email-error')).toContainText('al een openstaande uitnodiging');
  await expect(admin.getByLabel('E-mailadres van je collega')).toHaveValue(email);
  await expectAccessible(admin, '/partner/collegas (refused invitation)');

  // The colleague makes an account from the link.
  const mail = await inbox.waitFor(email, 'Je bent uitgenodigd');
  const colleague = await newPage(phone);
  await colleague.goto(linkIn(mail, '/uitnodiging'));
  await expect(
    colleague.getByText(`nodigt je uit voor het Dordtpas-partnerportaal van Sportschool Collega ${n}, als medewerker`),
  ).toBeVisible();
  await expect(colleague.getByLabel('Je naam')).toHaveValue('Joost Jansen');
  await expectAccessible(colleague, '/uitnodiging');
  const username = `joost${n}`;
  const password = 'een lang wachtwoord voor de sportschool';
  await colleague.getByLabel('Gebruikersnaam').fill(username);
  await colleague.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await colleague.getByLabel('Herhaal wachtwoord').fill(password);
  await colleague.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(colleague.getByText('Je account is klaar. Log in met je gebruikersnaam en wachtwoord.')).toBeVisible();
  // The link is used up.
  await colleague.goto(linkIn(mail, '/uitnodiging'));
  await expect(colleague.getByText('Deze uitnodiging is al gebruikt.')).toBeVisible();

  // An offer waits for approval; the medewerker approves it.
  const offerId = `e2ecolleague${n}`;
  const listing = { ...credit(), title: `Fitness bij Collega ${n}` };
  await sql(
    `INSERT INTO "Offer" (id, kind, "organisationId", status, slug, content, version, "sentVersion", "updatedAt")
     VALUES ($1, 'CREDIT_LISTING', $2, 'AWAITING_PARTNER', $3, $4, 2, 2, now())`,
    [offerId, partnerRow.organisationId, `fitness-collega-${n}`, JSON.stringify(listing)],
  );
  await loginAs({ username, password }, colleague);
  await expect(colleague.getByRole('link', { name: "Collega's" })).toHaveCount(0);
  await colleague.getByRole('link', { name: `behandel: ${listing.title}` }).click();
  await colleague.getByRole('button', { name: 'Akkoord, publiceer mijn aanbod' }).click();
  await expect(colleague.getByText('Bedankt! Je aanbod staat nu op de Dordtpas-website.')).toBeVisible();
  const [approved] = await sql<{ actorName: string }>(`SELECT "actorName" FROM "OfferEvent" WHERE "offerId" = $1 AND action = 'approved'`, [
    offerId,
  ]);
  expect(approved.actorName).toBe('Joost Jansen');
  // Not the medewerker's page.
  await colleague.goto('/partner/collegas');
  await expect(colleague).toHaveURL(/\/geen-toegang$/);
  await colleague.goto('/partner');

  // The beheerder removes the colleague; the colleague's next request is refused.
  await admin.reload();
  await admin.getByRole('listitem').filter({ hasText: email }).getByText('Verwijderen…').click();
  await expect(admin.getByText('Joost Jansen verwijderen? Joost Jansen kan daarna meteen niet meer inloggen.')).toBeVisible();
  await expectAccessible(admin, '/partner/collegas (remove open)');
  await admin.getByRole('button', { name: 'Verwijderen: Joost Jansen' }).click();
  await expect(admin.getByText('Je collega is verwijderd en kan niet meer inloggen.')).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Wie kan inloggen' })).not.toContainText(email);
  await inbox.waitFor(email, 'geen toegang meer');
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/inloggen/);
});
