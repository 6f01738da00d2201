import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { requireEditor } from '@/lib/auth/session';
import { isEditorAdmin } from '@/lib/auth/roles';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { SiteFooter } from '@/components/layout/SiteHeader';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

/** The editors' pages beside their home (the workspace's dashboard), in the header's order. */
const EDITOR_LINKS = [
  { href: '/redactie/partners', label: nl.workspace.nav.partners },
  { href: '/redactie/aanbod', label: nl.workspace.nav.offers },
  { href: '/redactie/taken', label: nl.jobs.nav },
];

export const metadata = rootMetadata('nl');
export const viewport = rootViewport;

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  return (
    <RootDocument locale="nl">
      {/* The editors' area is a desktop work tool: its pages use the screen's width (form beside preview). */}
      <PortalHeader
        subtitle={nl.nav.editorHome}
        home="/redactie"
        homeLabel={nl.workspace.nav.home}
        // Editor accounts and the log are the editors' beheerder's (issue 18).
        links={isEditorAdmin(user) ? [...EDITOR_LINKS, { href: '/redactie/beheer', label: nl.editors.nav }] : EDITOR_LINKS}
        userName={user.name}
        wide
      />
      {children}
      <SiteFooter />
    </RootDocument>
  );
}
