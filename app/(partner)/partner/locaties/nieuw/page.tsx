import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { requirePartnerAdmin } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { LocationForm } from '../LocationForm';

export const metadata: Metadata = { title: nl.locations.form.addPageTitle };

const f = nl.locations.form;

/** "Locatie toevoegen": the beheerder's proposal of a new location (a medewerker gets the no-access page). */
export default async function NewLocationPage() {
  await requirePartnerAdmin('/partner/locaties/nieuw');
  return (
    <PageMain narrow>
      <p>
        <Link href="/partner/locaties">← {f.cancel}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{f.addTitle}</h1>
      <p className="mt-2">{f.intro}</p>
      <LocationForm initial={{ city: 'Dordrecht' }} />
    </PageMain>
  );
}
