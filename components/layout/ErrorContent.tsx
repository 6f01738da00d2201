import type { ErrorTexts } from '@/lib/i18n/error-text-nl';
import { PageMain } from './PageMain';

/** Never a stack trace for the user: a sentence in the page's language and the error's digest to quote. */
export function ErrorContent({ texts, digest, reset }: { texts: ErrorTexts; digest?: string; reset: () => void }) {
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-4">{texts.text(digest ?? texts.unknown)}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-5 py-2 font-semibold text-white">
        {texts.retry}
      </button>
    </PageMain>
  );
}
