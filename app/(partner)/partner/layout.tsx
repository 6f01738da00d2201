import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { requirePartner } from '@/lib/auth/session';
import { isOrgAdmin } from '@/lib/auth/roles';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { SiteFooter } from '@/components/layout/SiteHeader';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

export const metadata = rootMetadata('nl');
export const viewport = rootViewport;

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const user = await requirePartner();
  return (
    <RootDocument locale="nl">
      <PortalHeader
        subtitle={nl.app.portal}
        home="/partner"
        userName={user.name}
        // Every partner user sees the locations; the colleagues are the beheerder's to manage.
        links={[
          { href: '/partner/locaties', label: nl.locations.nav },
          ...(isOrgAdmin(user) ? [{ href: '/partner/collegas', label: nl.colleagues.nav }] : []),
        ]}
      />
      {children}
      <SiteFooter />
    </RootDocument>
  );
}
