import type { Metadata } from 'next';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { Catalog } from '@/components/catalog/Catalog';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { categoryName, publicMessages } from '@/lib/i18n/messages';
import { filtersQuery, type CatalogFilters } from '@/lib/offers/filters';
import { cachedCatalogPage } from '@/lib/offers/public';
import { languageAlternates } from '@/lib/i18n/alternates';

// The cached catalog without a search, for `/` (app/(public)/page.tsx) and for a combination of
// filters (app/(public)/overzicht/[filter], where proxy.ts rewrites `/?categorie=…`), ADR 0009.

/**
 * The page's title says what it shows: "Aanbod met je Dordtpas - Sport en bewegen, Korting -
 * pagina 2", "Zoeken: museum". Plain ASCII separators: the cached pages' HTML stays ASCII (ADR 0009).
 */
export function catalogTitle(filters: CatalogFilters, locale: Locale = 'nl'): string {
  const m = publicMessages(locale);
  const t = m.catalog;
  const shown = [
    filters.categorie ? categoryName(filters.categorie, locale) : '',
    filters.soort ? t.kinds[filters.soort] : '',
    filters.kinderen ? t.forChildrenTitle : '',
    filters.near ? m.near.titlePart : '',
  ].filter(Boolean);
  const parts = [
    filters.zoek ? t.searchTitle(filters.zoek) : t.title,
    shown.join(', '),
    filters.pagina > 1 ? t.pageTitle(filters.pagina) : '',
  ];
  return `${parts.filter(Boolean).join(' - ')} | Dordtpas`;
}

export function catalogMetadata(filters: CatalogFilters, locale: Locale = 'nl'): Metadata {
  const t = publicMessages(locale).catalog;
  return {
    title: { absolute: catalogTitle(filters, locale) },
    description: t.metaDescription,
    alternates: languageAlternates(locale, filtersQuery(filters)),
    // A page's openGraph replaces the layout's: the site's name and the language again.
    openGraph: { title: t.title, description: t.metaDescription, type: 'website', siteName: 'Dordtpas', locale: LOCALES[locale].og },
  };
}

export async function CachedCatalog({ filters, locale = 'nl' }: { filters: CatalogFilters; locale?: Locale }) {
  return (
    <PublicShell locale={locale} path={filtersQuery(filters)}>
      <PageMain>
        <Catalog filters={filters} result={await cachedCatalogPage(filters)} locale={locale} />
      </PageMain>
    </PublicShell>
  );
}
