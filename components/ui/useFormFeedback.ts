'use client';

import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf, formDataToObject, type FieldErrors, type FormState } from '@/lib/forms';

/**
 * Instant feedback with the same schema the server uses: a field is checked when the user leaves
 * it, the whole form before sending. After a server answer, focus moves to the first error.
 */
export function useFormFeedback(schema: z.ZodType, state: FormState) {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());

  const check = (form: HTMLFormElement): FieldErrors => {
    const result = schema.safeParse(formDataToObject(new FormData(form)));
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  useEffect(() => {
    setClientErrors(null);
    focusFirstError(formRef.current);
  }, [state]);

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const name = (event.target as unknown as HTMLInputElement).name;
    if (!name || !formRef.current) return;
    const nextTouched = new Set(touched).add(name);
    setTouched(nextTouched);
    const all = check(formRef.current);
    const shown: FieldErrors = {};
    for (const key of nextTouched) if (all[key]) shown[key] = all[key];
    // Keep server errors for fields the user has not touched again.
    for (const [key, value] of Object.entries(state.fieldErrors)) if (!nextTouched.has(key)) shown[key] = value;
    setClientErrors(shown);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const errors = check(event.currentTarget);
    if (Object.keys(errors).length) {
      event.preventDefault();
      setClientErrors(errors);
      requestAnimationFrame(() => focusFirstError(formRef.current));
    }
  };

  return { formRef, errors: clientErrors ?? state.fieldErrors, onBlur, onSubmit };
}

function focusFirstError(form: HTMLFormElement | null) {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
}
