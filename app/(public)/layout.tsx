import Link from 'next/link';
import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { SiteFooter, SiteHeader, headerLinkClass } from '@/components/layout/SiteHeader';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader>
        <Link href="/aanmelden" className={headerLinkClass}>
          {nl.nav.register}
        </Link>
        <Link href="/inloggen" className={headerLinkClass}>
          {nl.nav.login}
        </Link>
      </SiteHeader>
      {children}
      <SiteFooter />
    </>
  );
}
