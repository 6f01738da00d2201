import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { OfferGone } from '@/components/offer/OfferDetail';

// An offer that has ended, was taken offline or never existed (in development: notFound() directly).
export default function NotFound() {
  return (
    <PublicShell locale="nl" path="/">
      <PageMain narrow>
        <OfferGone locale="nl" />
      </PageMain>
    </PublicShell>
  );
}
