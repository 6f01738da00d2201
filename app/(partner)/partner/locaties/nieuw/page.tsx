import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { requirePartnerAdmin } from '@/lib/auth/session';
import { portalText } from '@/lib/i18n/request';
import { LocationForm } from '../LocationForm';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.locations.form.addPageTitle };
}

/** "Locatie toevoegen": the beheerder's proposal of a new location (a medewerker gets the no-access page). */
export default async function NewLocationPage() {
  await requirePartnerAdmin('/partner/locaties/nieuw');
  const f = (await portalText()).locations.form;
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
