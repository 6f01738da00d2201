import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { shape, texts } from '../support/messages';
import { PREFIXED_LOCALES, PUBLIC_LOCALES, localePath, splitLocalePath, type Locale } from '@/lib/i18n/locales';
import { publicMessages, publicNl } from '@/lib/i18n/messages';
import { ERROR_TEXTS } from '@/lib/i18n/error-texts';
import { ERROR_TEXT_NL } from '@/lib/i18n/error-text-nl';

// Issue 21: a missing text in any language is an error, never a Dutch fallback nobody notices. The
// language modules are typed with the Dutch shape (tsc refuses a missing or extra key, or a function
// with other parameters); this walks them at run time too, for what a type cannot see: an empty text,
// a Dutch text left in, a function that gives nothing.

const root = path.resolve(__dirname, '../..');

// Where a language writes the same as Dutch on purpose: names, international words, a format.
const SAME_AS_DUTCH: Partial<Record<Locale, string[]>> = {
  en: [
    'app.name',
    'catalog.filters',
    'near.fromPostcode(n)',
    'near.fromPostcode(s)',
    'offerPage.contact',
    'offerPage.tips',
    'near.postcodeHint',
    'places.openInMapsOf(n)',
    'places.openInMapsOf(s)',
  ],
  ar: ['app.name', 'places.openInMapsOf(n)', 'places.openInMapsOf(s)'],
  tr: ['app.name', 'places.heading(n)', 'places.openInMapsOf(n)', 'places.openInMapsOf(s)'],
  pl: ['app.name', 'places.openInMapsOf(n)', 'places.openInMapsOf(s)'],
  uk: ['app.name', 'places.openInMapsOf(n)', 'places.openInMapsOf(s)'],
};

describe('every language has every text of the public site', () => {
  const dutch = new Map(texts(publicNl));

  test.each(PREFIXED_LOCALES)('%s: the same keys and function parameters as Dutch', (locale) => {
    expect(shape(publicMessages(locale))).toEqual(shape(publicNl));
  });

  test.each(PREFIXED_LOCALES)('%s: no text is empty, none is Dutch left in', (locale) => {
    const allowed = new Set(SAME_AS_DUTCH[locale]);
    const found = texts(publicMessages(locale));
    expect(found.length).toBe(dutch.size);
    for (const [at, text] of found) {
      expect(text.trim(), `${locale} ${at}`).not.toBe('');
      if (!allowed.has(at)) expect(text, `${locale} ${at} is the Dutch text`).not.toBe(dutch.get(at));
    }
  });

  test.each(PREFIXED_LOCALES)('%s: a function puts its arguments in its text', (locale) => {
    const t = publicMessages(locale);
    expect(t.catalog.resultsFor(12, 'zwembad')).toContain('zwembad');
    expect(t.catalog.resultsFor(12, 'zwembad')).toContain('12');
    expect(t.near.notFound('9999 ZZ')).toContain('9999 ZZ');
    expect(t.discountPage.validity('1 X', '9 Y')).toMatch(/1 X[^]*9 Y/);
  });

  test('plurals follow each language (Intl.PluralRules), not one form for every number', () => {
    expect(publicMessages('en').catalog.results(1)).toBe('1 result');
    expect(publicMessages('en').catalog.results(1234)).toBe('1,234 results');
    expect(publicMessages('pl').catalog.results(1)).toBe('1 wynik');
    expect(publicMessages('pl').catalog.results(3)).toBe('3 wyniki');
    expect(publicMessages('pl').catalog.results(5)).toBe('5 wyników');
    expect(publicMessages('pl').catalog.results(22)).toBe('22 wyniki');
    expect(publicMessages('uk').catalog.results(21)).toBe('21 результат');
    expect(publicMessages('uk').catalog.results(3)).toBe('3 результати');
    expect(publicMessages('uk').catalog.results(11)).toBe('11 результатів');
    expect(publicMessages('ar').catalog.results(2)).toBe('نتيجتان');
    expect(publicMessages('ar').catalog.results(5)).toBe('5 نتائج');
    expect(publicMessages('ar').catalog.results(15)).toBe('15 نتيجة');
    expect(publicMessages('tr').catalog.results(5)).toBe('5 sonuç');
    expect(publicMessages('pl').discountPage.ages(2, 4)).toBe('od 2 do 4 lat');
    expect(publicMessages('pl').discountPage.ages(2, 2)).toBe('2 lata');
  });

  test('the error page has its words in every language too', () => {
    for (const locale of PREFIXED_LOCALES) {
      const t = ERROR_TEXTS[locale];
      expect(shape(t)).toEqual(shape(ERROR_TEXT_NL));
      expect(t.text('abc')).toContain('abc');
      for (const key of ['title', 'unknown', 'retry'] as const) expect(t[key], `${locale} ${key}`).not.toBe(ERROR_TEXT_NL[key]);
    }
  });
});

describe('public paths per language', () => {
  test('Dutch has no prefix; the others put theirs in front of the same Dutch path', () => {
    expect(localePath('nl', '/aanbod/x')).toBe('/aanbod/x');
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/?categorie=sport')).toBe('/en?categorie=sport');
    expect(localePath('ar', '/aanbod/x')).toBe('/ar/aanbod/x');
    expect(localePath('tr', '/kaart?zoek=a')).toBe('/tr/kaart?zoek=a');
  });

  test('splitLocalePath undoes localePath for every language and path', () => {
    for (const locale of PUBLIC_LOCALES)
      for (const path of ['/', '/?categorie=sport&pagina=2', '/aanbod/zwembad-de-wielen', '/kaart'])
        expect(splitLocalePath(localePath(locale, path))).toEqual([locale, path]);
    // Not a language: a path of its own.
    expect(splitLocalePath('/english')).toEqual(['nl', '/english']);
    expect(splitLocalePath('/de/aanbod/x')).toEqual(['nl', '/de/aanbod/x']);
  });

  test('proxy.ts and deploy/nginx.conf list exactly these languages', () => {
    const list = PREFIXED_LOCALES.join('|');
    const proxy = readFileSync(path.join(root, 'proxy.ts'), 'utf8');
    expect(proxy).toContain(`/^\\/(${list})$/`);
    expect(proxy.match(/:lang\(([a-z|]+)\)/g)?.every((m) => m === `:lang(${list})`)).toBe(true);
    expect(proxy).toContain(`(?!(?:${list}|partner|redactie)\\/)`);
    expect(proxy).toContain(`(?!(?:${list}|partner|redactie)/)`);
    expect(readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')).toContain(`^/(${list})(/aanbod/.*)?$`);
  });
});
