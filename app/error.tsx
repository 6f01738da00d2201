'use client';

import { PageMain } from '@/components/layout/SiteHeader';

// Never a stack trace for the user: a Dutch sentence and the error's digest to quote.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p className="mt-4">
        Er ging iets mis aan onze kant. Probeer het opnieuw. Lukt het dan nog niet? Noem deze code als je contact opneemt:{' '}
        {error.digest ?? 'onbekend'}.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-5 py-2 font-semibold text-white">
        Opnieuw proberen
      </button>
    </PageMain>
  );
}
