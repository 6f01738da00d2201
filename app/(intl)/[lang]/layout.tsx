import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';
import { PREFIXED_LOCALES, isPrefixedLocale } from '@/lib/i18n/locales';

// The public site in the other languages (issue 21, ADR 0038): /en, /ar, /tr, /pl, /uk, each with
// the same pages as Dutch at `/` (the pages render the same components with the language). Only
// these five exist. A page with no params of its own refuses any other first segment before it
// renders (`dynamicParams = false` on the page; on this layout it would also refuse every offer and
// filter below, whose params are only known on their first visit); an offer or filter under another
// first segment is refused by its page (pageLocale), which shows the 404 page in Dutch.
type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { lang } = await params;
  return isPrefixedLocale(lang) ? rootMetadata(lang) : {};
}

export const viewport = rootViewport;

export default async function LanguageRootLayout({ children, params }: Props) {
  const { lang } = await params;
  return <RootDocument locale={isPrefixedLocale(lang) ? lang : 'nl'}>{children}</RootDocument>;
}
