import type { Metadata } from 'next';
import { connection } from 'next/server';
import { kvkRegister } from '@/lib/kvk';
import { PageMain } from '@/components/layout/SiteHeader';
import { portalText } from '@/lib/i18n/request';
import { RegistrationForm } from './RegistrationForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).nav.register };
}

export default async function RegistrationPage() {
  // Whether a KvK key is configured is read when the page is asked for, not when it was built.
  await connection();
  const kvkLookup = kvkRegister() !== null;
  const t = await portalText();
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.registration.title}</h1>
      <p className="mt-3">{t.registration.intro}</p>
      <RegistrationForm kvkLookup={kvkLookup} />
    </PageMain>
  );
}
