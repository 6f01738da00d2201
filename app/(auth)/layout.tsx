import type { ReactNode } from 'react';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';
import { PublicShell } from '@/components/layout/SiteHeader';

export const metadata = rootMetadata('nl');
export const viewport = rootViewport;

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <RootDocument locale="nl">
      <PublicShell locale="nl">{children}</PublicShell>
    </RootDocument>
  );
}
