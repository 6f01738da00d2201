// Screenshots of pages at phone (390×844) and desktop (1280×800) width, to look at.
// Usage: tsx scripts/screenshots.ts <baseUrl> <outDir> /path [/path …] (LOGIN=user:pass to log in, TAAL=en for English before logging in, OPEN=summary,… to open disclosures)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://localhost:3000', out = 'test-results/screens', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
});
for (const [label, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  // As the portal's users see it: Dutch dates in the date fields, Dordrecht's clock.
  const page = await browser.newPage({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // TAAL=en: the pages before logging in in English (the `taal` cookie that /taal/en sets).
  if (process.env.TAAL) await page.context().addCookies([{ name: 'taal', value: process.env.TAAL, url: base }]);
  // LOGIN=username:password logs in first, for the portal pages.
  if (process.env.LOGIN) {
    const [username, password] = process.env.LOGIN.split(':');
    await page.goto(base + '/inloggen');
    await page.getByLabel(/^(Gebruikersnaam of e-mailadres|Username or email address)$/).fill(username);
    await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
    await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  }
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(base + path);
    // OPEN='Postadres wijzigen,Wachtwoord wijzigen' opens the <details> with these summaries, to show their forms.
    for (const summary of (process.env.OPEN ?? '').split(',').filter(Boolean)) {
      const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
      if (await details.count()) await details.first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    }
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}${process.env.LOGIN ? '-' + process.env.LOGIN.split(':')[0] : ''}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
