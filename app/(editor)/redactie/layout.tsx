import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { requireEditor } from '@/lib/auth/session';
import { isEditorAdmin } from '@/lib/auth/roles';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { SiteFooter } from '@/components/layout/SiteHeader';

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  return (
    <>
      {/* The editors' area is a desktop work tool: its pages use the screen's width (form beside preview). */}
      <PortalHeader
        subtitle={nl.nav.editorHome}
        home="/redactie"
        userName={user.name}
        wide
        // Editor accounts and the log are the editors' beheerder's (issue 18).
        links={isEditorAdmin(user) ? [{ href: '/redactie/beheer', label: nl.editors.nav }] : []}
      />
      {children}
      <SiteFooter />
    </>
  );
}
