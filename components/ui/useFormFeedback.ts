'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf, formDataToObject, type FieldErrors, type FormState } from '@/lib/forms';
import { translateFieldErrors } from '@/lib/i18n/translate';
import { usePortalLocale } from '@/components/i18n/PortalLocale';
import { hasFormAnswer } from './FormMessage';

/**
 * Instant feedback with the same schema the server uses, before the form is sent. After a server
 * answer or a refused submit, focus moves to the form's answer (FormMessage: the error summary), or
 * to the first error in a form without one.
 */
export function useFormFeedback(
  schema: z.ZodType,
  state: FormState,
  /** Whether this submit button's press is checked first (a wizard's "Vorige" is not). */
  checks: (submitter: HTMLElement | null) => boolean = () => true,
) {
  const locale = usePortalLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);

  const check = (form: HTMLFormElement): FieldErrors => {
    const result = schema.safeParse(formDataToObject(new FormData(form)));
    // The schema's messages are the Dutch texts, said in the page's language (as the server does).
    return result.success ? {} : translateFieldErrors(fieldErrorsOf(result.error), locale);
  };

  // A new answer from the server replaces what the browser found (reset during render, so the
  // effect below already sees the server's errors in the page).
  // The form is mounted anew with each answer (formKey), so every field — selects included, which
  // React's automatic form reset would empty — shows what was sent back; passwords are not.
  const [answered, setAnswered] = useState(state);
  const [formKey, setFormKey] = useState(0);
  if (answered !== state) {
    setAnswered(state);
    setClientErrors(null);
    setFormKey(formKey + 1);
  }
  useEffect(() => focusFirstError(formRef.current), [state]);

  // Errors appear when the form is sent (as GOV.UK advises), never while moving between fields:
  // a message popping up on blur shifts the page under the user's finger. While the user corrects
  // a field, its message goes away as soon as the value is right.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as unknown as HTMLInputElement;
    const shown = clientErrors ?? state.fieldErrors;
    if (!target.name || !formRef.current || !shown[target.name]) return;
    if (!check(formRef.current)[target.name]) {
      const next = { ...shown };
      delete next[target.name];
      setClientErrors(next);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!checks((event.nativeEvent as SubmitEvent).submitter)) return;
    const errors = check(event.currentTarget);
    if (Object.keys(errors).length) {
      event.preventDefault();
      setClientErrors(errors);
      requestAnimationFrame(() => focusFirstError(formRef.current));
    }
  };

  return { formRef, formKey, errors: clientErrors ?? state.fieldErrors, onChange, onSubmit };
}

/** Without a FormMessage in the form (which takes focus itself), focus the first field in error. */
function focusFirstError(form: HTMLFormElement | null) {
  if (hasFormAnswer(form)) return;
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
