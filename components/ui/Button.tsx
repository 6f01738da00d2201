'use client';

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white disabled:opacity-70';
export const secondaryButtonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand no-underline hover:bg-brand-light';

/** Submit button that says what is happening while the form is being sent. */
export function SubmitButton({
  children,
  pendingText,
  secondary,
  ...rest
}: { children: ReactNode; pendingText: string; secondary?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={secondary ? secondaryButtonClass : buttonClass} aria-disabled={pending} {...rest}>
      {pending ? (
        <>
          <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
          <span role="status">{pendingText}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
