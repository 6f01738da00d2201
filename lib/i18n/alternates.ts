import type { Metadata } from 'next';
import { PUBLIC_LOCALES, localePath, type Locale } from './locales';

/**
 * A public page's canonical URL in its language and its `hreflang` alternates in every language
 * (Dutch also as `x-default`: the language of a reader we know nothing about, in Dordrecht).
 * `path` is the Dutch one: `/`, `/aanbod/x`, `/?categorie=sport`.
 */
export function languageAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = Object.fromEntries(PUBLIC_LOCALES.map((l) => [l, localePath(l, path)]));
  languages['x-default'] = path;
  return { canonical: localePath(locale, path), languages };
}
