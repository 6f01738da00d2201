import type { Metadata } from 'next';
import { PageMain } from './PageMain';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';

/** A title of its own (the tab and the history say what happened). */
export function notFoundMetadata(locale: Locale): Metadata {
  return { title: { absolute: `${publicMessages(locale).site.notFoundTitle} — Dordtpas` } };
}

/** "Deze pagina bestaat niet", with the way on: the start page in the same language. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = publicMessages(locale).site;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.notFound}</h1>
      <p className="mt-4">{t.notFoundText}</p>
      <p className="mt-4">
        <a href={localePath(locale, '/')}>{t.toStart}</a>
      </p>
    </PageMain>
  );
}
