import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { requireEditor } from '@/lib/auth/session';
import { PortalHeader } from '@/components/layout/PortalHeader';
import { SiteFooter } from '@/components/layout/SiteHeader';

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireEditor();
  return (
    <>
      {/* The editors' area is a desktop work tool: its pages use the screen's width (form beside preview). */}
      <PortalHeader subtitle={nl.nav.editorHome} home="/redactie" userName={user.name} wide />
      {children}
      <SiteFooter />
    </>
  );
}
