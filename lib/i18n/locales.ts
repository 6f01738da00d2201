// The languages (issue 21, ADR 0038). The public site has six: Dutch at `/`, the others under
// `/<code>/…`. The partner portal and the editors' area have Dutch and English.

export const PUBLIC_LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Locale = (typeof PUBLIC_LOCALES)[number];

/** The languages with a URL prefix of their own (Dutch has none). */
export const PREFIXED_LOCALES = PUBLIC_LOCALES.filter((l): l is Exclude<Locale, 'nl'> => l !== 'nl');
export type PrefixedLocale = (typeof PREFIXED_LOCALES)[number];

export const PORTAL_LOCALES = ['nl', 'en'] as const;
export type PortalLocale = (typeof PORTAL_LOCALES)[number];

type LocaleInfo = {
  /** The language's name in that language: what the switch shows, so a reader finds their own. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * The tag for Intl. Arabic with Western digits (`nu-latn`): prices, postcodes and house numbers on
   * Dutch signs and letters are written that way, and a pass holder compares them.
   */
  intl: string;
  /** Open Graph's form (language_TERRITORY). */
  og: string;
};

export const LOCALES: Record<Locale, LocaleInfo> = {
  nl: { name: 'Nederlands', dir: 'ltr', intl: 'nl-NL', og: 'nl_NL' },
  en: { name: 'English', dir: 'ltr', intl: 'en-GB', og: 'en_GB' },
  ar: { name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', og: 'ar_AR' },
  tr: { name: 'Türkçe', dir: 'ltr', intl: 'tr-TR', og: 'tr_TR' },
  pl: { name: 'Polski', dir: 'ltr', intl: 'pl-PL', og: 'pl_PL' },
  uk: { name: 'Українська', dir: 'ltr', intl: 'uk-UA', og: 'uk_UA' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (PUBLIC_LOCALES as readonly string[]).includes(value);
}

export function isPrefixedLocale(value: unknown): value is PrefixedLocale {
  return value !== 'nl' && isLocale(value);
}

/**
 * A public path in a language: `/aanbod/x` → `/en/aanbod/x`; `/` → `/en`; Dutch unchanged. The
 * path segments stay Dutch in every language, so a link works whatever language it is shared in.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'nl') return path;
  if (path === '/') return `/${locale}`;
  return path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The language of a public path and the path without its prefix: `/ar/kaart` → ['ar', '/kaart']. */
export function splitLocalePath(path: string): [Locale, string] {
  const match = /^\/([a-z]{2})(?=\/|\?|$)(.*)$/.exec(path);
  if (match && isPrefixedLocale(match[1])) {
    const rest = match[2] || '/';
    return [match[1], rest.startsWith('?') ? `/${rest}` : rest];
  }
  return ['nl', path];
}
