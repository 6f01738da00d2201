'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from '@/lib/forms';
import { LOCALES, PORTAL_LOCALES, type PortalLocale } from '@/lib/i18n/locales';

/**
 * The other portal language in the header of every portal page (issue 21): one button with the
 * language's name in that language ("English", "Nederlands"). It changes the account's choice, as
 * the form on Home does, and the page turns to that language.
 */
export function HeaderLanguage({
  locale,
  action,
}: {
  locale: PortalLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [, formAction, pending] = useActionState(action, initialFormState);
  const other = PORTAL_LOCALES.find((l) => l !== locale) ?? 'nl';
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-disabled={pending}
        className="text-white underline underline-offset-4 hover:text-white disabled:opacity-70"
      >
        {LOCALES[other].name}
      </button>
    </form>
  );
}
