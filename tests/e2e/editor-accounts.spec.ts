import { alert, expect, expectAccessible, linkIn, sql, submitLogin, test, uniq } from './fixtures';

// Issue 18, editor accounts: the editors' beheerder (the demo editor) invites a second editor, who
// makes an account from the link and saves a credit listing; the log says so; the beheerder
// disables the editor, whose open page's next request is refused, and whose login is refused with
// its own message.

test('a second editor is invited, acts, is disabled and refused', async ({ newPage, loginAs, insertPartner, inbox }) => {
  test.setTimeout(120_000);
  const n = uniq();
  const partnerRow = await insertPartner({ legalName: `Muziekschool Redactie ${n}`, partnerType: 'CREDIT' });
  const email = `eva${n}@dordtpas.example`;
  const name = `Eva de Boer ${n}`;
  const username = `eva${n}`;
  const password = 'een lang wachtwoord voor de redactie';
  try {
    // The beheerder's page, from the header.
    const admin = await loginAs('editor', await newPage());
    await admin.getByRole('link', { name: 'Beheer' }).click();
    await expect(admin.getByRole('heading', { name: 'Beheer', level: 1 })).toBeVisible();
    await expectAccessible(admin, '/redactie/beheer');
    await admin.getByRole('link', { name: 'Redacteuren' }).click();
    await expect(admin.getByRole('heading', { name: 'Redacteuren', level: 1 })).toBeVisible();
    await expect(admin.getByText('Demo-account: kan niet uitgeschakeld worden en blijft beheerder.')).toBeVisible();
    await expectAccessible(admin, '/redactie/beheer/redacteuren');

    // A refused invitation: the message next to the field, what was typed kept.
    await admin.getByLabel('Naam van de redacteur').fill(name);
    await admin.getByLabel('E-mailadres van de redacteur').fill('redactie@dordtpas.example');
    await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(admin.locator('#email-error')).toContainText('Er is al een account met dit e-mailadres.');
    await expect(admin.getByLabel('Naam van de redacteur')).toHaveValue(name);
    await expectAccessible(admin, '/redactie/beheer/redacteuren (refused invitation)');

    await admin.getByLabel('E-mailadres van de redacteur').fill(email);
    await expect(admin.getByRole('radio', { name: /^Redacteur/ })).toBeChecked();
    await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(admin.getByText(`De uitnodiging is verstuurd naar ${email}.`)).toBeVisible();
    await expect(admin.getByRole('region', { name: 'Openstaande uitnodigingen' })).toContainText(email);

    // The new editor makes an account from the link.
    const mail = await inbox.waitFor(email, 'uitgenodigd voor de redactie');
    const eva = await newPage();
    await eva.goto(linkIn(mail, '/uitnodiging'));
    await expect(eva.getByText('nodigt je uit voor de redactie Dordtpas, als redacteur')).toBeVisible();
    await expectAccessible(eva, '/uitnodiging (editor)');
    await eva.getByLabel('Je naam').fill(name);
    await eva.getByLabel('Gebruikersnaam').fill(username);
    await eva.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await eva.getByLabel('Herhaal wachtwoord').fill(password);
    await eva.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(eva.getByText('Je account is klaar. Log in met je gebruikersnaam en wachtwoord.')).toBeVisible();
    await eva.goto(linkIn(mail, '/uitnodiging'));
    await expect(eva.getByText('Deze uitnodiging is al gebruikt.')).toBeVisible();

    // A redacteur: the editor area, no Beheer; saves a credit listing.
    await loginAs({ username, password }, eva);
    await expect(eva).toHaveURL(/\/redactie$/);
    await expect(eva.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
    await eva.goto('/redactie/beheer/redacteuren');
    await expect(eva).toHaveURL(/\/geen-toegang$/);
    await eva.goto(`/redactie/partners/${partnerRow.organisationId}`);
    await eva.getByLabel('Titel', { exact: true }).fill(`Muziekles ${n}`);
    await eva
      .getByLabel('Tekst voor de pashouder')
      .fill('Muziekles voor kinderen en volwassenen. Betaal het lesgeld met je Dordtpas-tegoed.');
    await eva.getByLabel('Openingstijden en andere informatie').fill('Lessen van maandag tot en met vrijdag, van 15.00 tot 21.00 uur.');
    await eva.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(eva.getByText('Het concept is opgeslagen.')).toBeVisible();

    // The log says who did it.
    await admin.goto('/redactie/beheer/logboek');
    await admin.getByLabel('Wie').selectOption({ label: name });
    await admin.getByRole('button', { name: 'Toon' }).click();
    await expect(admin).toHaveURL(/wie=/);
    const entries = admin.getByRole('listitem').filter({ hasText: 'Aanbod opgeslagen' });
    await expect(entries.first()).toContainText(name);
    await expect(entries.first().getByRole('link', { name: `Tegoed besteden: Muziekschool Redactie ${n}` })).toBeVisible();
    await expectAccessible(admin, '/redactie/beheer/logboek');

    // The beheerder disables the editor.
    await admin.goto('/redactie/beheer/redacteuren');
    const row = admin.getByRole('listitem').filter({ hasText: email });
    await row.getByText('Uitschakelen…').click();
    await expect(row.getByText(`${name} uitschakelen? ${name} wordt meteen uitgelogd`)).toBeVisible();
    await row.getByLabel('Reden (niet verplicht)').fill('Stage afgelopen');
    await expectAccessible(admin, '/redactie/beheer/redacteuren (disable open)');
    await row.getByRole('button', { name: `Uitschakelen: ${name}` }).click();
    await expect(admin.getByText(`${name} is uitgeschakeld en kan niet meer inloggen.`)).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole('listitem').filter({ hasText: email })).toContainText('Uitgeschakeld door Ruud Redacteur');
    await expect(admin.getByRole('button', { name: 'Weer inschakelen' })).toBeVisible();
    await expectAccessible(admin, '/redactie/beheer/redacteuren (disabled)');

    // Their open page's next request is refused; their login too, with its own message.
    await eva.reload();
    await expect(eva).toHaveURL(/\/inloggen/);
    await submitLogin(eva, username, password);
    await expect(alert(eva)).toContainText('Je account bij de redactie van Dordtpas is uitgeschakeld.');
    await expectAccessible(eva, '/inloggen (disabled)');
  } finally {
    await sql('DELETE FROM "User" WHERE email = $1', [email]);
    await sql('DELETE FROM "Invitation" WHERE email = $1', [email]);
  }
});
