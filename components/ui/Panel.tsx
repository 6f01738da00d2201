import type { ReactNode } from 'react';

/** A titled part of a page: a <section> named by its own <h2> (so it is a landmark a screen reader lists). */
export function Panel({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
