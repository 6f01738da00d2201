'use client';

import { ERROR_TEXT_NL } from '@/lib/i18n/error-text-nl';
import { ErrorContent } from './ErrorContent';

/** The error boundary of every Dutch route group (their error.tsx). */
export default function DutchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent texts={ERROR_TEXT_NL} digest={error.digest} reset={reset} />;
}
