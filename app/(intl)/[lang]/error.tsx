'use client';

import { useParams } from 'next/navigation';
import { ErrorContent } from '@/components/layout/ErrorContent';
import { ERROR_TEXTS } from '@/lib/i18n/error-texts';

// Never a stack trace for the user: a sentence in the page's language and the error's digest to quote.
// Only the words themselves travel with the pages' JavaScript (not lib/i18n/locales.ts).
export default function LanguageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>();
  const texts = Object.hasOwn(ERROR_TEXTS, lang) ? ERROR_TEXTS[lang as keyof typeof ERROR_TEXTS] : ERROR_TEXTS.en;
  return <ErrorContent texts={texts} digest={error.digest} reset={reset} />;
}
