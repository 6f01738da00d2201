import type { Page } from '@playwright/test';
import { formatIsoDate, todayInDordrecht } from '../../lib/i18n/format';
import { LOCALES, PUBLIC_LOCALES, localePath, type Locale } from '../../lib/i18n/locales';
import {
  addDays,
  expect,
  expectAccessible,
  expectReflow,
  insertPublishedAction,
  rebuildCatalog,
  test,
  uniq,
  type InsertPartner,
} from './fixtures';

// Issue 21 (ADR 0038): the public site in six languages. Dutch at `/`, the others under `/en`, `/ar`,
// `/tr`, `/pl`, `/uk`, with a switch of plain links on every page, `lang` and `dir` on <html>,
// hreflang alternates, dates and amounts as each language writes them, the editors' Dutch text
// marked as Dutch; Arabic right to left. On a phone of 360 px nothing scrolls sideways, and axe
// finds nothing, in every language.

/** One word only this spec's offer has: the catalog is searched with it, whatever else it holds. */
const WORD = 'taalproef';
const SMALL_PHONE = { width: 360, height: 740 };

/** A partner's published discount offer (50 %, from yesterday for a month), in the catalog. */
async function publishedAction(insertPartner: InsertPartner) {
  const partner = await insertPartner({ legalName: `Zwembad ${WORD} ${uniq()}`, displayName: `Zwembad ${WORD}`, category: 'sport' });
  const today = todayInDordrecht();
  const validFrom = addDays(today, -1);
  const validUntil = addDays(today, 30);
  const action = await insertPublishedAction(partner.organisationId, `Zwemles ${WORD}`, validFrom, validUntil);
  await rebuildCatalog([{ id: action.id, places: 0 }]);
  return { ...action, validFrom, validUntil };
}

async function expectDocumentLanguage(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', LOCALES[locale].dir);
}

test('a pass holder switches to English: the catalog, a search and an offer in English, with the Dutch text marked as Dutch', async ({
  newPage,
  insertPartner,
}) => {
  const action = await publishedAction(insertPartner);
  const page = await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
  await page.goto('/');
  await expectDocumentLanguage(page, 'nl');

  // 1. The switch: plain links, each name in its own language and marked with it.
  const languages = page.getByRole('navigation', { name: 'Taal' });
  for (const locale of PUBLIC_LOCALES) {
    const link = languages.getByRole('link', { name: LOCALES[locale].name });
    await expect(link).toHaveAttribute('lang', locale);
    await expect(link).toHaveAttribute('href', localePath(locale, '/'));
  }
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expectDocumentLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offers with your Dordtpas');
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'English' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // Search engines find each language's page: the alternates, Dutch also as the default.
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', /\/ar$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /:\d+\/?$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en$/);

  // 2. A search in English stays English (proxy.ts rewrites /en?zoek=… to the language's search page).
  await page.getByLabel('Search the offers').fill(WORD);
  await page.getByLabel('Search the offers').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en\\?zoek=${WORD}(&|$)`));
  await expect(page.getByRole('heading', { name: `1 result for ‘${WORD}’` })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: `Zwemles ${WORD}` });
  await expect(card).toContainText('50% discount');
  await expect(card).toContainText('Sports and exercise');
  await expectAccessible(page);

  // 3. The offer: the interface in English, the editors' text in Dutch and said to be.
  await card.getByRole('link', { name: `Zwemles ${WORD}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/aanbod/${action.slug}$`));
  await expectDocumentLanguage(page, 'en');
  const offer = page.locator('[data-offer]');
  await expect(offer).toContainText('Discount offer');
  await expect(offer.getByRole('heading', { name: '50% discount with your Dordtpas' })).toBeVisible();
  await expect(offer).toContainText(
    `Valid from ${formatIsoDate(action.validFrom, {}, 'en')} up to and including ${formatIsoDate(action.validUntil, {}, 'en')}.`,
  );
  expect(formatIsoDate(action.validUntil, {}, 'en')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(offer).toContainText('You can use this discount on every visit.');
  await expect(offer.getByRole('heading', { level: 1 })).toContainText('(in Dutch)');
  await expect(offer.locator('h1 [lang="nl"]')).toHaveText(`Zwemles ${WORD}`);
  await expect(offer.locator('.whitespace-pre-line.text-lg')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('link', { name: 'All offers' })).toHaveAttribute('href', '/en');
  // The switch leads to the same offer in the other languages.
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' })).toHaveAttribute(
    'href',
    `/aanbod/${action.slug}`,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute('href', new RegExp(`/uk/aanbod/${action.slug}$`));
  await expectAccessible(page);
  await expectReflow(page, `/en/aanbod/${action.slug}`);

  // 4. The filters, the map and a missing offer: English too.
  await page.goto('/en?categorie=sport&soort=korting');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offers with your Dordtpas');
  await expect(page.getByRole('article').filter({ hasText: `Zwemles ${WORD}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Show the offers as' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/en\/kaart\?categorie=sport&soort=korting$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offers on the map');
  const gone = await page.goto('/en/aanbod/bestaat-niet');
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This offer is not available (any more)');
  // A page that does not exist under a language: the 404 page in that language.
  const missing = await page.goto('/en/bestaat-niet');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  // Not a language: the site's own 404 page, in Dutch, as for any unknown URL; an offer or a list
  // under it is refused before anything renders (proxy.ts), so it is never a cached page of its own.
  for (const path of ['/xx', '/english', '/xx/aanbod/bestaat-niet', '/xx/overzicht/sport']) {
    const unknown = await page.goto(path);
    expect(unknown?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('banner'), path).toBeVisible();
  }
});

test('Arabic on a phone: right to left, the catalog and an offer, without JavaScript too', async ({ newPage, insertPartner }) => {
  test.setTimeout(120_000);
  const action = await publishedAction(insertPartner);
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true, javaScriptEnabled });
    await page.goto(`/ar?zoek=${WORD}`);
    await expectDocumentLanguage(page, 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('العروض مع بطاقة Dordtpas');
    await expect(page.getByRole('heading', { name: `نتيجة واحدة عن «${WORD}»` })).toBeVisible();
    const card = page.getByRole('article').filter({ hasText: `Zwemles ${WORD}` });
    await expect(card).toContainText('خصم 50');
    // Right to left: the card's photo is on the right of its text, the search button on the left of its field.
    const photo = await card.locator('img').boundingBox();
    const title = await card.getByRole('heading').boundingBox();
    expect(photo!.x).toBeGreaterThan(title!.x);
    await expectAccessible(page);
    await expectReflow(page, `/ar?zoek=${WORD} (JavaScript ${javaScriptEnabled})`);

    await card.getByRole('link', { name: `Zwemles ${WORD}` }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/aanbod/${action.slug}$`));
    await expectDocumentLanguage(page, 'ar');
    await expect(page.locator('[data-offer]')).toContainText('يمكنك استخدام هذا الخصم في كل زيارة.');
    await expect(page.locator('[data-offer] h1')).toContainText('(باللغة الهولندية)');
    // The editors' Dutch text runs left to right inside the Arabic page: its full stop stays at its end.
    await expect(page.locator('[data-offer] .text-lg[lang="nl"]')).toHaveAttribute('dir', 'ltr');
    await expectAccessible(page);
    await expectReflow(page, `/ar/aanbod/${action.slug} (JavaScript ${javaScriptEnabled})`);
    await page.screenshot({ path: test.info().outputPath(`ar-offer-${javaScriptEnabled ? 'js' : 'nojs'}.png`), fullPage: true });
  }
});

test('every language: the catalog, an offer and the Dutch-only pages have the right lang and dir, no sideways scroll at 360 px, axe finds nothing', async ({
  newPage,
  insertPartner,
}) => {
  test.setTimeout(180_000);
  const action = await publishedAction(insertPartner);
  const page = await newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
  for (const locale of PUBLIC_LOCALES) {
    for (const path of [`/?zoek=${WORD}`, `/aanbod/${action.slug}`, '/kaart', '/toegankelijkheid']) {
      const url = localePath(locale, path);
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      // The Dutch-only pages say so in the reader's language, and link the Dutch one.
      if (locale !== 'nl' && path === '/toegankelijkheid')
        await expect(page.locator('main a[hreflang="nl"]'), url).toHaveAttribute('href', '/toegankelijkheid');
      else await expectDocumentLanguage(page, locale);
      await expectAccessible(page, url);
      await expectReflow(page, url);
    }
  }
});
