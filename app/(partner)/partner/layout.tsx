import type { ReactNode } from 'react';
import { requirePartner } from '@/lib/auth/session';
import { isOrgAdmin } from '@/lib/auth/roles';
import { requestLocale } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { changeLocaleAction } from '@/lib/accounts/own-account-actions';
import { SiteFooter } from '@/components/layout/SiteHeader';
import { PortalLocaleProvider } from '@/components/i18n/PortalLocale';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

export async function generateMetadata() {
  return rootMetadata(await requestLocale());
}
export const viewport = rootViewport;

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const user = await requirePartner();
  const locale = await requestLocale();
  const t = portalMessages(locale);
  return (
    <RootDocument locale={locale}>
      <PortalLocaleProvider locale={locale}>
        <PortalHeader
          subtitle={t.app.portal}
          home="/partner"
          userName={user.name}
          languageAction={changeLocaleAction}
          // Every partner user sees the locations; the colleagues are the beheerder's to manage.
          links={[
            { href: '/partner/locaties', label: t.locations.nav },
            ...(isOrgAdmin(user) ? [{ href: '/partner/collegas', label: t.colleagues.nav }] : []),
          ]}
        />
        {children}
        <SiteFooter locale={locale} />
      </PortalLocaleProvider>
    </RootDocument>
  );
}
