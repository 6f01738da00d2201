import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { requireEditor } from '@/lib/auth/session';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { SiteFooter } from '@/components/layout/SiteHeader';

/** The editors' pages beside their home (the workspace's dashboard), in the header's order. */
const EDITOR_LINKS = [
  { href: '/redactie/partners', label: nl.workspace.nav.partners },
  { href: '/redactie/aanbod', label: nl.workspace.nav.offers },
];

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  return (
    <>
      {/* The editors' area is a desktop work tool: its pages use the screen's width (form beside preview). */}
      <PortalHeader
        subtitle={nl.nav.editorHome}
        home="/redactie"
        homeLabel={nl.workspace.nav.home}
        links={EDITOR_LINKS}
        userName={user.name}
        wide
      />
      {children}
      <SiteFooter />
    </>
  );
}
