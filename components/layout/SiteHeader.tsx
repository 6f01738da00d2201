import Link from 'next/link';
import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';

/** The bar on top of every page: the Dordtpas name, and whatever the section puts beside it. */
/** `wide`: as wide as the pages below it (the editors' area, see PageMain). */
export function SiteHeader({ subtitle, children, wide }: { subtitle?: string; children?: ReactNode; wide?: boolean }) {
  return (
    <header className="bg-brand text-white">
      <div className={`mx-auto flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${wide ? 'max-w-7xl' : 'max-w-5xl'}`}>
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
          {nl.app.name}
          {subtitle ? <span className="ml-2 text-base font-normal">{subtitle}</span> : null}
        </Link>
        {children ? (
          <nav aria-label="Hoofdmenu" className="flex flex-wrap items-center gap-3">
            {children}
          </nav>
        ) : null}
      </div>
    </header>
  );
}

/** `wide`: the editors' form beside its preview uses a desktop's whole width. */
export function PageMain({ children, narrow, wide }: { children: ReactNode; narrow?: boolean; wide?: boolean }) {
  return (
    <main id="inhoud" tabIndex={-1} className={`mx-auto px-4 py-6 sm:py-10 ${narrow ? 'max-w-2xl' : wide ? 'max-w-7xl' : 'max-w-5xl'}`}>
      {children}
    </main>
  );
}

/** The way back to the partner's Home, above a page's heading. */
export function BackHome() {
  return (
    <p>
      <Link href="/partner">← {nl.nav.home}</Link>
    </p>
  );
}

/** A partner page's heading with the way back to Home above it. */
export function PartnerPageTitle({ children }: { children: ReactNode }) {
  return (
    <>
      <BackHome />
      <h1 className="mt-2 text-3xl font-bold">{children}</h1>
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line/40 px-4 py-6 text-center text-sm text-muted">
      <p>Dordtpas is een product van Gemeente Dordrecht.</p>
      <p className="mt-2">
        <Link href="/toegankelijkheid" className="underline underline-offset-4">
          Toegankelijkheid
        </Link>
      </p>
    </footer>
  );
}

export const headerLinkClass = 'text-white underline-offset-4 hover:text-white';
