import Link from 'next/link';
import { PageMain, SiteHeader } from '@/components/layout/SiteHeader';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <PageMain narrow>
        <h1 className="text-3xl font-bold">Deze pagina bestaat niet</h1>
        <p className="mt-4">Misschien is de link oud of zit er een typfout in.</p>
        <p className="mt-4">
          <Link href="/">Naar de startpagina</Link>
        </p>
      </PageMain>
    </>
  );
}
