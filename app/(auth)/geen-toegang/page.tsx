import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';

export const metadata: Metadata = { title: 'Geen toegang' };

export default function NoAccessPage() {
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">Geen toegang</h1>
      <p className="mt-4">{nl.app.noAccess}</p>
      <p className="mt-4">
        <Link href="/">Naar de startpagina</Link>
      </p>
    </PageMain>
  );
}
