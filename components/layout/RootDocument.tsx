import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/env';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { htmlAttributes, publicMessages } from '@/lib/i18n/messages';
import '@/app/globals.css';

// The document around every page. There is one root layout per route group (the public site in
// Dutch, the same in the other languages under app/(intl)/[lang], the portal's groups), so that
// `<html lang dir>` is right in the HTML itself, without client code (ADR 0038).

export function rootMetadata(locale: Locale): Metadata {
  return {
    // Canonical and Open Graph links are made absolute with the site's address.
    metadataBase: siteUrl(),
    title: { default: 'Dordtpas', template: '%s | Dordtpas' },
    description: publicMessages(locale).app.description,
    openGraph: { siteName: 'Dordtpas', locale: LOCALES[locale].og },
  };
}

export const rootViewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5e54' };

export function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html {...htmlAttributes(locale)}>
      <body>
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3"
        >
          {publicMessages(locale).app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
