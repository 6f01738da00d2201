'use client';

import { useParams } from 'next/navigation';
import { ErrorContent } from '@/components/layout/ErrorContent';
import { ERROR_TEXTS } from '@/lib/i18n/error-texts';
import { isPrefixedLocale } from '@/lib/i18n/locales';

// Never a stack trace for the user: a sentence in the page's language and the error's digest to quote.
export default function LanguageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>();
  return <ErrorContent texts={ERROR_TEXTS[isPrefixedLocale(lang) ? lang : 'en']} digest={error.digest} reset={reset} />;
}
