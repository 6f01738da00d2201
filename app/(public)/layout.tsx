import type { ReactNode } from 'react';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

// The public site in Dutch, at `/` (the other languages: app/(intl)/[lang]). Each page puts itself in
// PublicShell with its own path, for the language switch's links to the same page.
export const metadata = rootMetadata('nl');
export const viewport = rootViewport;

export default function PublicRootLayout({ children }: { children: ReactNode }) {
  return <RootDocument locale="nl">{children}</RootDocument>;
}
