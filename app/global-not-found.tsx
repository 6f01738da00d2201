import type { Metadata } from 'next';
import { RootDocument, rootViewport } from '@/components/layout/RootDocument';
import { PublicShell } from '@/components/layout/SiteHeader';
import { NotFoundContent, notFoundMetadata } from '@/components/layout/NotFoundContent';

// A URL that is no page at all (there is one root layout per route group, so no layout of theirs
// applies): the site's header, the languages and the way back to the start, in Dutch.
export const metadata: Metadata = notFoundMetadata('nl');
export const viewport = rootViewport;

export default function GlobalNotFound() {
  return (
    <RootDocument locale="nl">
      <PublicShell locale="nl" path="/">
        <NotFoundContent locale="nl" />
      </PublicShell>
    </RootDocument>
  );
}
