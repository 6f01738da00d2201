import type { Metadata } from 'next';
import { PageMain } from './PageMain';
import { PublicShell } from './SiteHeader';
import { languageAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';

type Page = 'accessibility' | 'terms';
const PATHS: Record<Page, string> = { accessibility: '/toegankelijkheid', terms: '/voorwaarden' };

export function dutchOnlyMetadata(page: Page, locale: Locale): Metadata {
  // The Dutch page is the one to index; this one only leads there.
  return { title: publicMessages(locale).site[page], alternates: languageAlternates('nl', PATHS[page]), robots: { index: false } };
}

/**
 * A page that exists in Dutch only (the partners' terms; the accessibility statement, after the
 * government's Dutch model), in another language: its title, that it is in Dutch, and the link.
 */
export function DutchOnly({ page, locale }: { page: Page; locale: Locale }) {
  const t = publicMessages(locale).site;
  return (
    <PublicShell locale={locale} path={PATHS[page]}>
      <PageMain narrow>
        <h1 className="text-3xl font-bold">{t[page]}</h1>
        <p className="mt-4 text-lg">{t.dutchOnly}</p>
        <p className="mt-4">
          <a href={PATHS[page]} hrefLang="nl">
            {t.toDutchPage}
          </a>
        </p>
      </PageMain>
    </PublicShell>
  );
}
