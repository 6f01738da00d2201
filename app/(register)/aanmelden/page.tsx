import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { RegistrationForm } from './RegistrationForm';

export const metadata: Metadata = { title: 'Aanmelden als partner' };

export default function RegistrationPage() {
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{nl.registration.title}</h1>
      <p className="mt-3">{nl.registration.intro}</p>
      <RegistrationForm />
    </PageMain>
  );
}
