import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { requirePartnerAdmin } from '@/lib/auth/session';
import { formatAddress } from '@/lib/i18n/format';
import { portalText } from '@/lib/i18n/request';
import { locationsOf } from '@/lib/locations/queries';
import { locationFormValues } from '@/lib/locations/schema';
import { LocationForm } from '../../LocationForm';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.locations.form.changePageTitle };
}

/** "Wijzigen": the beheerder's proposal to change one of the organisation's own locations (any other id is not found). */
export default async function ChangeLocationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePartnerAdmin(`/partner/locaties/${id}/wijzigen`);
  const location = (await locationsOf(user.organisationId)).find((l) => l.id === id);
  if (!location) notFound();
  const f = (await portalText()).locations.form;
  return (
    <PageMain narrow>
      <p>
        <Link href="/partner/locaties">← {f.cancel}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{f.changeTitle(location.name)}</h1>
      <p className="mt-2">{f.intro}</p>
      <LocationForm
        locationId={location.id}
        initial={locationFormValues(location)}
        mainAddress={location.position === 0 ? formatAddress(location) : undefined}
      />
    </PageMain>
  );
}
