import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { siteUrl } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  // Canonical and Open Graph links are made absolute with the site's address.
  metadataBase: siteUrl(),
  title: { default: 'Dordtpas', template: '%s | Dordtpas' },
  description: 'Dordtpas: tegoed besteden en korting voor inwoners van Dordrecht met een laag inkomen.',
  openGraph: { siteName: 'Dordtpas', locale: 'nl_NL' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5e54' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
          {nl.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
