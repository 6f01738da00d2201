import { ActionForm } from '@/components/ui/ActionForm';
import { formatDate } from '@/lib/i18n/format';
import { nl } from '@/lib/i18n/nl';
import { requestDiscountsAction } from '@/lib/partners/actions';

/** For a credit-only partner, "Ook korting geven": how to get "Actievoorstel toevoegen" instead of hiding it without a word. */
export function DiscountsRequest({ requestedAt }: { requestedAt: Date | null }) {
  const t = nl.partnerHome;
  return (
    <section aria-labelledby="discounts-title" className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
      <h2 id="discounts-title" className="text-xl font-bold">
        {t.discounts.title}
      </h2>
      {requestedAt ? (
        <p className="mt-2">{t.discounts.requested(formatDate(requestedAt))}</p>
      ) : (
        <>
          <p className="mt-2">{t.discounts.body}</p>
          <ActionForm
            action={requestDiscountsAction}
            fields={[]}
            submit={t.discounts.request}
            pending={t.discounts.requesting}
            secondary
            hideAfterSuccess
          />
        </>
      )}
    </section>
  );
}
