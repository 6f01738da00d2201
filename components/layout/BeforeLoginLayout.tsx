import type { ReactNode } from 'react';
import { requestLocale } from '@/lib/i18n/request';
import { RootDocument, rootMetadata, rootViewport } from './RootDocument';
import { PublicShell } from './SiteHeader';
import { PortalLocaleProvider } from '@/components/i18n/PortalLocale';

// The root layout of the pages before logging in: registration and the login pages (issue 21).

export async function beforeLoginMetadata() {
  return rootMetadata(await requestLocale());
}
export const beforeLoginViewport = rootViewport;

export async function BeforeLoginLayout({ children }: { children: ReactNode }) {
  // The language chosen with the switch on these pages (the `taal` cookie), or the logged-in user's.
  const locale = await requestLocale();
  return (
    <RootDocument locale={locale}>
      <PortalLocaleProvider locale={locale}>
        <PublicShell locale={locale} portal>
          {children}
        </PublicShell>
      </PortalLocaleProvider>
    </RootDocument>
  );
}
