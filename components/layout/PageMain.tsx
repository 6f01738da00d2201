import type { ReactNode } from 'react';

// Its own module, without texts: the error pages (client components) use it too.

/** `wide`: the editors' form beside its preview uses a desktop's whole width. */
export function PageMain({ children, narrow, wide }: { children: ReactNode; narrow?: boolean; wide?: boolean }) {
  return (
    <main id="inhoud" tabIndex={-1} className={`mx-auto px-4 py-6 sm:py-10 ${narrow ? 'max-w-2xl' : wide ? 'max-w-7xl' : 'max-w-5xl'}`}>
      {children}
    </main>
  );
}
