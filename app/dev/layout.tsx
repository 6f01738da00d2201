import type { ReactNode } from 'react';
import { RootDocument, rootMetadata, rootViewport } from '@/components/layout/RootDocument';

export const metadata = rootMetadata('nl');
export const viewport = rootViewport;

export default function DevLayout({ children }: { children: ReactNode }) {
  return <RootDocument locale="nl">{children}</RootDocument>;
}
