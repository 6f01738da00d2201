import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import PublicLayout from './(public)/layout';

// A title of its own (the tab and the history say what happened), and the site's header and footer
// so a visitor can go on from here.
export const metadata: Metadata = { title: { absolute: 'Pagina niet gevonden — Dordtpas' } };

export default function NotFound() {
  return (
    <PublicLayout>
      <PageMain narrow>
        <h1 className="text-3xl font-bold">Deze pagina bestaat niet</h1>
        <p className="mt-4">Misschien is de link oud of zit er een typfout in.</p>
        <p className="mt-4">
          <Link href="/">Naar de startpagina</Link>
        </p>
      </PageMain>
    </PublicLayout>
  );
}
