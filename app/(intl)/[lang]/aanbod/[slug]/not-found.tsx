import { lang } from 'next/root-params';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { OfferGone } from '@/components/offer/OfferDetail';
import { isPrefixedLocale } from '@/lib/i18n/locales';

// An offer that has ended, was taken offline or never existed, in the page's language (a not-found
// page has no params: the root parameter tells it).
export default async function NotFound() {
  const value: unknown = await lang();
  // Another first segment than a language (/iets/aanbod/x): the Dutch page, as for any unknown URL.
  const locale = isPrefixedLocale(value) ? value : 'nl';
  return (
    <PublicShell locale={locale} path="/">
      <PageMain narrow>
        <OfferGone locale={locale} />
      </PageMain>
    </PublicShell>
  );
}
