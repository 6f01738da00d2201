import { lang } from 'next/root-params';
import { PublicShell } from '@/components/layout/SiteHeader';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import { isPrefixedLocale } from '@/lib/i18n/locales';

// "This page does not exist" in the page's language (a not-found page has no params: the root parameter tells it).
export default async function NotFound() {
  const value: unknown = await lang();
  // Another first segment than a language (/iets/aanbod/x): the Dutch page, as for any unknown URL.
  const locale = isPrefixedLocale(value) ? value : 'nl';
  return (
    <PublicShell locale={locale} path="/">
      <NotFoundContent locale={locale} />
    </PublicShell>
  );
}
