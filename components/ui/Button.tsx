'use client';

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import { buttonClass, secondaryButtonClass } from './classes';

export { buttonClass, secondaryButtonClass };

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
