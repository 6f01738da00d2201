import { PageMain } from '@/components/layout/SiteHeader';
import { buttonClass } from '@/components/ui/classes';
import { nl } from '@/lib/i18n/nl';

// An offer that has ended, was taken offline or never existed.
export default function NotFound() {
  return (
    <PageMain narrow>
      <OfferGone />
    </PageMain>
  );
}

export function OfferGone() {
  return (
    <>
      <h1 className="text-3xl font-bold">{nl.catalog.gone}</h1>
      <p className="mt-3 text-lg">{nl.catalog.goneText}</p>
      <p className="mt-6">
        <a href="/" className={buttonClass}>
          {nl.catalog.showAll}
        </a>
      </p>
    </>
  );
}
