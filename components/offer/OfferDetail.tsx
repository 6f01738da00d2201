import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { arrowBack, buttonClass } from '@/components/ui/classes';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { startDay } from '@/components/catalog/Catalog';
import { OfferPage } from '@/components/offer/OfferPage';
import { siteUrl } from '@/lib/env';
import { languageAlternates } from '@/lib/i18n/alternates';
import { todayInDordrecht } from '@/lib/i18n/format';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/locales';
import { publicMessages } from '@/lib/i18n/messages';
import { cachedPublishedOffer } from '@/lib/offers/public';

// The public detail page in any language (app/(public)/aanbod/[slug], app/(intl)/[lang]/aanbod/[slug]):
// the published content only (never a draft), through the same OfferPage as every preview. Made on
// the first visit and cached; publishing, changing and withdrawing drop the cache in every language,
// and so does the end of the day (an action is gone the day after its last day).

export async function offerMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const offer = await cachedPublishedOffer(slug, locale);
  if (!offer) return { title: publicMessages(locale).catalog.gone, robots: { index: false } };
  const description = [offer.discount?.headline, offer.body].filter(Boolean).join('. ').replace(/\s+/g, ' ').slice(0, 160);
  const image = offer.photo ? new URL(offer.photo.src, siteUrl()).href : new URL(`/categories/${offer.category}.svg`, siteUrl()).href;
  const path = localePath(locale, `/aanbod/${slug}`);
  return {
    title: offer.title,
    description,
    alternates: languageAlternates(locale, `/aanbod/${slug}`),
    // A page's openGraph replaces the layout's: the site's name and the language again.
    openGraph: {
      type: 'website',
      siteName: 'Dordtpas',
      locale: LOCALES[locale].og,
      title: offer.title,
      description,
      url: path,
      images: offer.photo ? [{ url: image, width: 960, alt: offer.title }] : [{ url: image, alt: offer.title }],
    },
  };
}

// A gone offer answers 404 with "Dit aanbod is niet (meer) beschikbaar", also without JavaScript.
// Next.js 16 cannot do both for every render: a notFound() outside Suspense gives 404 but an empty
// HTML shell that only JavaScript fills (vercel/next.js#62228: error boundaries do not render on the
// server); inside Suspense the HTML has the fallback's text, but the status is whatever was sent
// with the first bytes. In production this page is cached (ISR) and rendered completely before it
// is sent, so inside Suspense gives 404 *and* the text. `next dev` streams every render, which made
// `/aanbod/bestaat-niet` answer 200 there: in development the notFound() comes before any output
// (the browser there has JavaScript). tests/e2e/catalog.spec.ts checks both in the production build.
export async function OfferDetail({ slug, locale }: { slug: string; locale: Locale }) {
  const offer = await cachedPublishedOffer(slug, locale);
  const t = publicMessages(locale).catalog;
  if (!offer) {
    if (process.env.NODE_ENV === 'development') notFound();
    return (
      <PublicShell locale={locale} path={`/aanbod/${slug}`}>
        <PageMain narrow>
          <Suspense fallback={<OfferGone locale={locale} />}>
            <Gone />
          </Suspense>
        </PageMain>
      </PublicShell>
    );
  }
  return (
    <PublicShell locale={locale} path={`/aanbod/${slug}`}>
      <PageMain narrow>
        <p className="mb-4">
          <a href={localePath(locale, '/')} className={arrowBack}>
            {t.backToAll}
          </a>
        </p>
        {offer.startsOn ? (
          <p className="mb-4 rounded-md border-s-4 border-rose-700 bg-rose-50 p-3 font-semibold text-rose-900">
            {t.startsOnDetail(startDay(offer.startsOn, todayInDordrecht(), locale))}
          </p>
        ) : null}
        <OfferPage offer={offer} locale={locale} />
      </PageMain>
    </PublicShell>
  );
}

/** Inside the Suspense boundary: the 404 page's text is the fallback, rendered into the HTML. */
function Gone(): never {
  notFound();
}

/** An offer that has ended, was taken offline or never existed. */
export function OfferGone({ locale }: { locale: Locale }) {
  const t = publicMessages(locale).catalog;
  return (
    <>
      <h1 className="text-3xl font-bold">{t.gone}</h1>
      <p className="mt-3 text-lg">{t.goneText}</p>
      <p className="mt-6">
        <a href={localePath(locale, '/')} className={buttonClass}>
          {t.showAll}
        </a>
      </p>
    </>
  );
}
