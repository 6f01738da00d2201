'use client';

import { ERROR_TEXT_NL } from '@/lib/i18n/error-text-nl';
import { ERROR_TEXTS } from '@/lib/i18n/error-texts';
import { usePortalLocale } from '@/components/i18n/PortalLocale';
import { ErrorContent } from './ErrorContent';

/** The error boundary of the portal's route groups (their error.tsx): in the portal's language (issue 21). */
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = usePortalLocale() === 'en' ? ERROR_TEXTS.en : ERROR_TEXT_NL;
  return <ErrorContent texts={texts} digest={error.digest} reset={reset} />;
}
