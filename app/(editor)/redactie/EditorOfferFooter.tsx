import { History } from '@/components/offer/History';
import type { HistoryEntry } from '@/lib/offers/queries';
import { WithdrawForm } from './WithdrawForm';

/** The bottom of an editor's offer page: its history, and taking it off the site while it is online. */
export function EditorOfferFooter({ offerId, online, history }: { offerId: string; online: boolean; history: HistoryEntry[] }) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <History entries={history} />
      <WithdrawForm offerId={offerId} online={online} />
    </div>
  );
}
