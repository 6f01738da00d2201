import { notFound } from 'next/navigation';
import { isPrefixedLocale, type PrefixedLocale } from '@/lib/i18n/locales';

/** The page's language from its `[lang]` segment (the layout only lets the five through). */
export async function pageLocale(params: Promise<{ lang: string }>): Promise<PrefixedLocale> {
  const { lang } = await params;
  if (!isPrefixedLocale(lang)) notFound();
  return lang;
}
