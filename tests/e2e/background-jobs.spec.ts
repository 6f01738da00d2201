import { randomUUID } from 'node:crypto';
import { expect, expectAccessible, sql, test } from './fixtures';

// Issue 19, background jobs: the editors' page "Achtergrondtaken" shows per job its last run, its last
// error and its failures of the last day. The catalog job runs when the server's worker starts; a
// failed photo clean-up is put in as a failing run leaves it. A partner is refused.

test('the editors see the background jobs with their runs and errors; a partner is refused', async ({ newPage, loginAs }) => {
  const id = randomUUID();
  // The real clean-up runs at a quarter past every hour (lib/jobs/definitions.ts): the failed run put in
  // here must be the last one, so not while a real one is due (it once ran, and succeeded, just before).
  const now = new Date();
  const seconds = now.getUTCMinutes() * 60 + now.getUTCSeconds();
  if (seconds >= 14 * 60 + 30 && seconds < 15 * 60 + 30) await new Promise((r) => setTimeout(r, (15 * 60 + 30 - seconds) * 1000));
  await sql(
    `INSERT INTO "JobRun" (id, job, attempt, instance, "startedAt", "finishedAt", outcome, error)
     VALUES ($1, 'photos', 2, 'e2e:1', now(), now() + interval '2 seconds', 'FAILED', $2)`,
    [id, `Opslag niet bereikbaar ${id.slice(0, 8)}`],
  );
  try {
    const editor = await loginAs('editor', await newPage());
    await editor.getByRole('link', { name: 'Achtergrondtaken' }).click();
    await expect(editor.getByRole('heading', { name: 'Achtergrondtaken', level: 1 })).toBeVisible();

    const card = (title: string) => editor.getByRole('listitem').filter({ has: editor.getByRole('heading', { name: title }) });
    // The catalog was brought up to date when the server's job worker started.
    await expect(async () => {
      await editor.reload();
      await expect(card('Catalogus bijwerken')).toContainText('Gelukt');
    }).toPass({ timeout: 30_000 });
    await expect(card('Catalogus bijwerken')).toContainText('Geen fouten');

    const photos = card('Ongebruikte foto’s verwijderen');
    await expect(photos).toContainText('Mislukt');
    await expect(photos).toContainText('poging 2');
    await expect(photos).toContainText(`Opslag niet bereikbaar ${id.slice(0, 8)}`);
    await expect(photos.getByText('Mislukt in de laatste 24 uur').locator('xpath=following-sibling::dd[1]')).toHaveText('1');
    await expect(card('Aanbod vernieuwen na middernacht')).toContainText('om 00:00');
    await expectAccessible(editor, '/redactie/taken');

    const partner = await loginAs('partner', await newPage());
    await partner.goto('/redactie/taken');
    await expect(partner).toHaveURL(/\/geen-toegang$/);
    await expect(partner.getByText(`Opslag niet bereikbaar ${id.slice(0, 8)}`)).toHaveCount(0);
  } finally {
    await sql(`DELETE FROM "JobRun" WHERE id = $1`, [id]);
  }
});
