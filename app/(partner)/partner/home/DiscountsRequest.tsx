import { ActionForm } from '@/components/ui/ActionForm';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { requestDiscountsAction } from '@/lib/partners/actions';
import { Panel } from '@/components/ui/Panel';

/** For a credit-only partner, "Ook korting geven": how to get "Actievoorstel toevoegen" instead of hiding it without a word. */
export async function DiscountsRequest({ requestedAt }: { requestedAt: Date | null }) {
  const t = (await portalText()).partnerHome;
  const locale = await requestLocale();
  return (
    <Panel id="discounts-title" title={t.discounts.title} className="mt-6 rounded-lg border-l-4 border-brand bg-white p-5">
      {requestedAt ? (
        <p className="mt-2">{t.discounts.requested(formatDate(requestedAt, locale))}</p>
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
    </Panel>
  );
}
