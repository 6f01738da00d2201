import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { buttonClass, secondaryButtonClass } from '@/components/ui/Button';

// The catalog of offers for pass holders comes here (issue "Public site for pass holders").
export default function HomePage() {
  return (
    <PageMain>
      <h1 className="text-3xl font-bold">Dordtpas</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Met de Dordtpas besteden inwoners van Dordrecht met een laag inkomen hun tegoed bij clubs, winkels en musea in de
        stad, en krijgen ze korting. Het overzicht van al het aanbod staat hier binnenkort.
      </p>
      <h2 className="mt-10 text-2xl font-bold">Voor organisaties</h2>
      <p className="mt-2 max-w-2xl">
        Heb je een winkel, club, museum of cursus in Dordrecht? Word partner, zodat pashouders bij jou hun tegoed kunnen
        besteden of korting krijgen.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/aanmelden" className={buttonClass}>
          Aanmelden als partner
        </Link>
        <Link href="/inloggen" className={secondaryButtonClass}>
          Inloggen
        </Link>
      </div>
    </PageMain>
  );
}
