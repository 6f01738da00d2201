import type { ReactNode } from 'react';
import { requireEditor } from '@/lib/auth/session';
import { isEditorAdmin } from '@/lib/auth/roles';
import { requestLocale } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { changeEditorLocaleAction } from '@/lib/accounts/own-account-actions';
import { SiteFooter } from '@/components/layout/SiteHeader';
import { PortalLocaleProvider } from '@/components/i18n/PortalLocale';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

export async function generateMetadata() {
  return rootMetadata(await requestLocale());
}
export const viewport = rootViewport;

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  const locale = await requestLocale();
  const t = portalMessages(locale);
  // The editors' pages beside their home (the workspace's dashboard), in the header's order.
  const links = [
    { href: '/redactie/partners', label: t.workspace.nav.partners },
    { href: '/redactie/aanbod', label: t.workspace.nav.offers },
    { href: '/redactie/taken', label: t.jobs.nav },
    // Editor accounts and the log are the editors' beheerder's (issue 18).
    ...(isEditorAdmin(user) ? [{ href: '/redactie/beheer', label: t.editors.nav }] : []),
  ];
  return (
    <RootDocument locale={locale}>
      <PortalLocaleProvider locale={locale}>
        {/* The editors' area is a desktop work tool: its pages use the screen's width (form beside preview). */}
        <PortalHeader
          subtitle={t.nav.editorHome}
          home="/redactie"
          homeLabel={t.workspace.nav.home}
          links={links}
          userName={user.name}
          languageAction={changeEditorLocaleAction}
          wide
        />
        {children}
        <SiteFooter locale={locale} />
      </PortalLocaleProvider>
    </RootDocument>
  );
}
