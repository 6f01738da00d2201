import type { Page } from '@playwright/test';
import { PHONE, expect, expectAccessible, expectReflow, test, uniq, type InsertPartner, type NewPage } from './fixtures';

// WCAG 2.2 AA beyond what axe checks: every page reflows at 320 px (1.4.10), also with the text
// spacing of 1.4.12; the focus ring stands out (1.4.11); after a form answer focus is on the message
// (2.4.3), which is announced once; a refused form starts with a summary of its errors.

const NARROW = { width: 320, height: 640 };

const PASSWORD = 'fietsenmaker-demo-2026';

/** A confirmed partner of type beide, as if registered and confirmed (registration has its own spec). */
function createPartner(insertPartner: InsertPartner) {
  const n = uniq();
  const username = `jansen${n}`;
  return insertPartner({
    username,
    password: PASSWORD,
    email: `${username}@fietsenmakerij.example`,
    name: 'Jan Jansen',
    phone: '0781234567',
    legalName: `Stichting Fietsenmakerij Jansen ${n}`,
    displayName: 'Fietsenmakerij Jansen',
    kvkNumber: `66${n}1`,
    visitStreet: 'Sumatraplantsoen',
    visitHouseNumber: '120',
    visitPostcode: '3312 ZZ',
    description: 'Reparatie en onderhoud van fietsen, ook bakfietsen en scootmobielen.',
    partnerType: 'BOTH',
    category: 'winkel',
  });
}

/** A page in a browser of its own at this width: a phone below 500 px. */
function pageAt(newPage: NewPage, viewport = NARROW) {
  return newPage({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
}

/** An editor writes the credit listing of the partner and asks for approval. */
async function sendListing(editor: Page, organisationId: string): Promise<void> {
  await editor.goto(`/redactie/partners/${organisationId}`);
  await editor.getByLabel('Titel', { exact: true }).fill('Fietsreparatie met korting');
  await editor
    .getByLabel('Tekst voor de pashouder')
    .fill('Een lekke band of een slot dat klemt: Fietsenmakerij Jansen maakt het, met je Dordtpas-tegoed.');
  await editor.getByLabel('Website', { exact: true }).fill('fietsenmakerjansen.nl');
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(editor.getByText('Het aanbod is ter akkoord naar de partner gestuurd.')).toBeVisible();
}

test('every page reflows at 320 px wide, also with WCAG 1.4.12 text spacing', async ({ newPage, loginAs, insertPartner }) => {
  test.setTimeout(240_000);
  const jansen = await createPartner(insertPartner);
  const { organisationId } = jansen;

  // Public, registration and login pages.
  const visitor = await pageAt(newPage);
  for (const path of [
    '/',
    '/?zoek=zwemmen',
    '/voorwaarden',
    '/toegankelijkheid',
    '/aanbod/bestaat-niet',
    '/deze-pagina-bestaat-niet',
    '/aanmelden',
    '/aanmelden/bedankt',
    '/aanmelden/bevestigen?token=ongeldig',
    '/inloggen',
    '/wachtwoord-vergeten',
    '/wachtwoord-herstellen?token=ongeldig',
    '/geen-toegang',
  ]) {
    await visitor.goto(path);
    await expectReflow(visitor, path);
  }
  await visitor.goto('/aanmelden');
  await visitor.getByRole('button', { name: 'Registreren' }).click();
  await expect(visitor.locator('#legalName-error')).toBeVisible();
  await expectReflow(visitor, '/aanmelden with errors');

  // The editors write the partner's listing, so that the partner has one to handle ("behandel").
  const editor = await loginAs('editor', await pageAt(newPage));
  await expect(editor).toHaveURL(/\/redactie$/);
  await expectReflow(editor, '/redactie');
  await editor.goto(`/redactie/partners/${organisationId}`);
  await expectReflow(editor, '/redactie/partners/[id]');
  await sendListing(editor, organisationId);
  await expectReflow(editor, '/redactie/partners/[id] (sent)');

  // The partner portal: Home, the listing to handle, and every step of the wizard.
  const partner = await loginAs(jansen, await pageAt(newPage));
  await expect(partner).toHaveURL(/\/partner$/);
  await expectReflow(partner, '/partner');
  await partner.getByRole('link', { name: 'behandel: Fietsreparatie met korting' }).click();
  await expect(partner.getByRole('heading', { name: 'Fietsreparatie met korting' })).toBeVisible();
  await expectReflow(partner, '/partner/aanbod/[id]');

  await partner.goto('/partner/acties/nieuw');
  await expectReflow(partner, '/partner/acties/nieuw');
  await partner.getByRole('button', { name: 'Begin met een nieuw voorstel' }).click();
  await expect(partner).toHaveURL(/\/partner\/acties\/[^/]+\/onderwerp$/);
  const wizard = partner.url().replace(/\/onderwerp$/, '');
  for (const step of ['onderwerp', 'looptijd', 'beschrijving', 'foto', 'financieel', 'contact', 'indienen']) {
    await partner.goto(`${wizard}/${step}`);
    await expect(partner.getByRole('heading', { level: 1 })).toBeVisible();
    await expectReflow(partner, `wizard step ${step}`);
  }

  // Filled in and submitted: the editors' page of the action.
  await partner.goto(`${wizard}/onderwerp`);
  await partner.getByLabel('Waarop geef je korting?').fill('fietsreparatie en onderhoud');
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.getByRole('heading', { name: /Looptijd/, level: 1 })).toBeVisible();
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await partner
    .getByLabel('Beschrijving voor op de website')
    .fill('Met je Dordtpas betaal je de helft voor reparatie en onderhoud van je fiets.');
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.getByRole('heading', { name: /Foto en tips/, level: 1 })).toBeVisible();
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.getByRole('heading', { name: /Financiële informatie/, level: 1 })).toBeVisible();
  await partner.getByLabel(/Als percentage/).check();
  await partner.getByLabel('Kortingspercentage').fill('50');
  await partner.getByLabel('Vaker (bij elk bezoek)').check();
  await partner.getByRole('button', { name: /Volgende/ }).click();
  await expect(partner.getByRole('heading', { name: /Contactinformatie/, level: 1 })).toBeVisible();
  await partner.getByRole('button', { name: /Naar controleren/ }).click();
  await expect(partner.getByRole('heading', { name: /Controleren en indienen/, level: 1 })).toBeVisible();
  await expectReflow(partner, 'wizard step indienen (filled in)');
  await partner.getByLabel('Ik ga akkoord met de samenwerkingsvoorwaarden').check();
  await partner.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(partner.getByText('Bedankt! Je actievoorstel is ingediend.')).toBeVisible();
  await expectReflow(partner, '/partner (submitted)');

  const offerId = wizard.split('/').pop();
  await editor.goto(`/redactie/acties/${offerId}`);
  await expect(editor.getByLabel('Titel', { exact: true })).toBeVisible();
  await expectReflow(editor, '/redactie/acties/[id]');
});

/** Relative luminance and contrast ratio (WCAG 2). */
function contrast(a: number[], b: number[]): number {
  const lum = ([r, g, b]: number[]) => {
    const [R, G, B] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

type Ring = { element: string; background: number[]; rings: number[][] };

/** Tabs through the page and reads, for each focused element, its ring colours and what is behind. */
async function focusRings(page: Page, presses = 60): Promise<Ring[]> {
  const seen = new Map<string, Ring>();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rgb = (color: string) => {
        const m = color.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const [r, g, b, a = 1] = m[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number);
        return a === 0 ? null : [r, g, b];
      };
      // The ring: the element's outline, or that of the card around it (:focus-within).
      const outlined = (e: Element) => {
        const s = getComputedStyle(e);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      };
      let ringed: Element = el;
      for (let up = 0; up < 4 && !outlined(ringed) && ringed.parentElement; up++) ringed = ringed.parentElement;
      const style = getComputedStyle(ringed);
      const rings: number[][] = [];
      if (outlined(ringed)) {
        const c = rgb(style.outlineColor);
        if (c) rings.push(c);
        // A box-shadow ring: the second colour of a two-colour indicator.
        for (const m of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) {
          const c2 = rgb(m[0]);
          if (c2) rings.push(c2);
        }
      }
      // The ring is drawn around the element: what is behind it is the first ancestor with a background.
      let parent = ringed.parentElement;
      let background = [255, 255, 255];
      while (parent) {
        const c = rgb(getComputedStyle(parent).backgroundColor);
        if (c) {
          background = c;
          break;
        }
        parent = parent.parentElement;
      }
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 30)}"`;
      return { element: name, background, rings };
    });
    if (ring && !seen.has(ring.element)) seen.set(ring.element, ring);
  }
  return [...seen.values()];
}

test('the focus ring has a contrast of at least 3:1 against every background it is drawn on', async ({ newPage, loginAs }) => {
  const desktop = await pageAt(newPage, { width: 1280, height: 800 });
  const partner = await loginAs('partner2', await pageAt(newPage, { width: 1280, height: 800 }));
  await expect(partner).toHaveURL(/\/partner$/);
  const checked: Ring[] = [];
  for (const [page, path] of [
    [desktop, '/aanmelden'],
    [desktop, '/inloggen'],
    [desktop, '/'],
    [partner, '/partner'],
  ] as const) {
    await page.goto(path);
    const rings = await focusRings(page);
    expect(rings.length, `focusable elements on ${path}`).toBeGreaterThan(3);
    for (const ring of rings) {
      const best = Math.max(0, ...ring.rings.map((c) => contrast(c, ring.background)));
      expect(best, `focus ring of ${ring.element} on ${path} against rgb(${ring.background})`).toBeGreaterThanOrEqual(3);
      checked.push(ring);
    }
  }
  // White, off-white and the brand colour of the header are all among the backgrounds.
  const backgrounds = new Set(checked.map((r) => r.background.join(',')));
  expect([...backgrounds]).toEqual(expect.arrayContaining(['255,255,255', '247,247,243', '11,94,84']));
});

/** Elements around (and including) the message that a screen reader announces by themselves. */
async function announcers(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    for (let el = document.activeElement; el; el = el.parentElement) {
      if (el.getAttribute('aria-live') && el.getAttribute('aria-live') !== 'off') count++;
      if (['status', 'alert', 'log'].includes(el.getAttribute('role') ?? '')) count++;
    }
    return count;
  });
}

test('after a form answer focus is on the message, which is announced once', async ({ newPage, loginAs, insertPartner }) => {
  const { organisationId } = await createPartner(insertPartner);
  const editor = await loginAs('editor', await pageAt(newPage, { width: 1280, height: 800 }));
  await expect(editor).toHaveURL(/\/redactie$/);
  await editor.goto(`/redactie/partners/${organisationId}`);
  await editor.getByLabel('Titel', { exact: true }).fill('Fietsreparatie met korting');
  await editor
    .getByLabel('Tekst voor de pashouder')
    .fill('Een lekke band of een slot dat klemt: Fietsenmakerij Jansen maakt het, met je Dordtpas-tegoed.');
  const save = editor.getByRole('button', { name: 'Opslaan als concept' });
  await save.click();
  // The page has more forms (the refusal of the registration); the answer is the rewrite form's.
  const answer = editor.locator('form', { has: save }).locator('[data-form-answer]');
  await expect(answer).toHaveText('Het concept is opgeslagen.');
  await expect(answer).toBeFocused();
  expect(await announcers(editor)).toBeLessThanOrEqual(1);
  await editor.getByRole('button', { name: 'Ter akkoord naar partner' }).click();
  await expect(answer).toContainText('Het aanbod is ter akkoord naar de partner gestuurd.');
  await expect(answer).toBeFocused();
  expect(await announcers(editor)).toBeLessThanOrEqual(1);
  await expectAccessible(editor, '/redactie/partners/[id] (sent, focus on the message)');

  // The short forms (ActionForm) too: a new-link request on the thank-you page.
  const visitor = await pageAt(newPage, PHONE);
  await visitor.goto('/wachtwoord-vergeten');
  await visitor.getByLabel('E-mailadres').fill('niemand@voorbeeld.nl');
  await visitor.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(visitor.locator('[data-form-answer]')).toBeFocused();
  expect(await announcers(visitor)).toBeLessThanOrEqual(1);
});

test('registration: one submit shows every error, summarised at the top with links in page order', async ({ newPage }) => {
  const page = await pageAt(newPage, PHONE);
  await page.goto('/aanmelden');
  // Required radio groups are required for assistive technology too.
  await expect(page.getByLabel('Man', { exact: true })).toHaveAttribute('required', '');
  await expect(page.getByLabel(/Beide: tegoed besteden/)).toHaveAttribute('required', '');

  const id = uniq();
  await page.getByLabel('Bedrijfsnaam (zoals bekend bij de KvK)').fill(`Fietsenmakerij Jansen ${id}`);
  await page.getByLabel('KvK-nummer').fill('1234');
  await page.getByLabel('Straat', { exact: true }).fill('Sumatraplantsoen');
  await page.getByLabel('Huisnummer').first().fill('120');
  await page.getByLabel('Postcode').first().fill('0123 AB');
  await page.getByLabel('Omschrijving organisatie').fill('x'.repeat(501));
  await page.getByLabel('Naam', { exact: true }).fill('Jan Jansen');
  await page.getByLabel('Man', { exact: true }).check();
  await page.getByLabel('Telefoonnummer').fill('078 123 4567');
  await page.getByLabel('E-mailadres').fill(`jan${id}@fietsenmakerij.example`);
  await page.getByLabel('Gebruikersnaam').fill(`jansen${id}`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('band plakken op zaterdag');
  await page.getByLabel('Herhaal wachtwoord').fill('band plakken op zaterdag');
  await page.getByLabel('Soort aanbieder').selectOption('winkel');
  await page.getByLabel(/Ik ga akkoord met de/).check();
  await page.getByRole('button', { name: 'Registreren' }).click();

  // Every error at once, and a summary at the top with focus on it.
  await expect(page.locator('#kvkNumber-error')).toBeVisible();
  await expect(page.locator('#visitPostcode-error')).toBeVisible();
  await expect(page.locator('#description-error')).toHaveText('Beschrijf je organisatie in maximaal 500 tekens.');
  const summary = page.getByRole('group', { name: /Verbeter/ }).or(page.locator('[data-form-answer]'));
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveText([
    'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678.',
    'Vul een postcode in zoals 3311 AB: 4 cijfers en 2 letters.',
    'Beschrijf je organisatie in maximaal 500 tekens.',
  ]);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#kvkNumber', '#visitPostcode', '#description']);
  await expectAccessible(page, '/aanmelden with the error summary');
  await links.nth(2).click();
  await expect(page.getByLabel('Omschrijving organisatie')).toBeFocused();

  // A description at the limit with line breaks: the counter says 500, and the server agrees.
  const lines = ['Fietsen repareren', 'x'.repeat(482)];
  await page.getByLabel('Omschrijving organisatie').fill(lines.join('\n').slice(0, 500));
  await expect(page.locator('#description-counter')).toHaveText('500 van 500 tekens');
  await page.getByLabel('Postcode').first().fill('3312 ZZ');
  await page.getByLabel('KvK-nummer').fill(`660${id}`);
  await page.getByRole('button', { name: 'Registreren' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);

  // The thank-you page: a new link goes to the address just typed, prefilled.
  await expect(page.getByLabel('E-mailadres')).toHaveValue(`jan${id}@fietsenmakerij.example`);
  await expectAccessible(page, '/aanmelden/bedankt');
});

test('the 404 page has its own title and the site header and footer', async ({ page }) => {
  const response = await page.goto('/deze-pagina-bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Pagina niet gevonden — Dordtpas');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deze pagina bestaat niet', level: 1 })).toBeVisible();
  await expectAccessible(page, '404');
});

test('the accessibility statement is linked from every footer, says its status and how to reach us', async ({ page, newPage, loginAs }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Status: eerste maatregelen genomen' })).toBeVisible();
  // The contact address is a mail link, with a subject that says what it is about.
  const mail = page.getByRole('main').getByRole('link', { name: /@/ });
  await expect(mail).toHaveAttribute('href', /^mailto:[^@]+@[^?]+\?subject=Toegankelijkheid/);
  await expectAccessible(page, '/toegankelijkheid');
  // The portal's and the editors' footers link to it too.
  for (const who of ['partner', 'editor'] as const) {
    const portal = await loginAs(who, await newPage());
    await expect(portal.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' })).toHaveAttribute(
      'href',
      '/toegankelijkheid',
    );
  }
});
