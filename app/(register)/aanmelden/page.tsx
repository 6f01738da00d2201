import type { Metadata } from 'next';
import { connection } from 'next/server';
import { kvkRegister } from '@/lib/kvk';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { RegistrationForm } from './RegistrationForm';

export const metadata: Metadata = { title: 'Aanmelden als partner' };

export default async function RegistrationPage() {
  // Whether a KvK key is configured is read when the page is asked for, not when it was built.
  await connection();
  const kvkLookup = kvkRegister() !== null;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{nl.registration.title}</h1>
      <p className="mt-3">{nl.registration.intro}</p>
      <RegistrationForm kvkLookup={kvkLookup} />
    </PageMain>
  );
}
