import type { ReactNode } from 'react';

/** A message for a whole form or page. Errors are announced at once; confirmations politely. */
export function Alert({ kind, children, id }: { kind: 'error' | 'success' | 'info'; children: ReactNode; id?: string }) {
  const styles = {
    error: 'border-danger bg-danger-light text-danger',
    success: 'border-ok bg-ok-light text-ok',
    info: 'border-brand bg-brand-light text-brand-dark',
  }[kind];
  return (
    <div id={id} role={kind === 'error' ? 'alert' : 'status'} className={`rounded-md border-l-4 p-4 font-semibold ${styles}`}>
      {children}
    </div>
  );
}

// The answer to a form is no live region: focus moves to it (see FormMessage).
export { FormMessage } from './FormMessage';
