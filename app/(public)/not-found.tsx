import { PublicShell } from '@/components/layout/SiteHeader';
import { NotFoundContent, notFoundMetadata } from '@/components/layout/NotFoundContent';

export const metadata = notFoundMetadata('nl');

export default function NotFound() {
  return (
    <PublicShell locale="nl" path="/">
      <NotFoundContent locale="nl" />
    </PublicShell>
  );
}
