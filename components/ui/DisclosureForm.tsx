'use client';

import { useActionState, type ReactNode } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import { FormMessage } from './FormMessage';
import { SubmitButton } from './Button';

/**
 * A form behind a disclosure, so that one stray press never does something final ("Voorstel
 * intrekken", "Actie beëindigen", "Afwijzen"): open again after a refusal, with the answer at its top;
 * the fields are the caller's, given the form's last answer (what was typed, the errors).
 */
export function DisclosureForm({
  action,
  texts,
  about,
  className = 'w-full',
  formClassName = 'mt-3 space-y-3',
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The summary that opens it, the button and the button while sending. */
  texts: { open: string; button: string; pending: string };
  /** Which item of a list it is for (a title): a screen reader hears it with the summary. */
  about?: string;
  className?: string;
  formClassName?: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const failed = !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);
  return (
    <details className={className} open={failed}>
      <summary className="cursor-pointer font-semibold text-brand" aria-label={about ? `${texts.open} ${about}` : undefined}>
        {texts.open}
      </summary>
      <form action={formAction} noValidate className={formClassName}>
        <FormMessage state={state} />
        {children(state)}
        <SubmitButton pendingText={texts.pending} secondary>
          {texts.button}
        </SubmitButton>
      </form>
    </details>
  );
}
