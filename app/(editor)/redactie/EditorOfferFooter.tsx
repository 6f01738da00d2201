import type { ReactNode } from 'react';
import { History } from '@/components/offer/History';
import type { HistoryEntry } from '@/lib/offers/queries';
import { WithdrawForm } from './WithdrawForm';

/**
 * The bottom of an editor's offer page: its history, and taking it off the site while it is online;
 * `children` go under that (refusing it, issue 18).
 */
export function EditorOfferFooter({
  offerId,
  online,
  history,
  children,
}: {
  offerId: string;
  online: boolean;
  history: HistoryEntry[];
  children?: ReactNode;
}) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <History entries={history} />
      <div className="space-y-8">
        <WithdrawForm offerId={offerId} online={online} />
        {children}
      </div>
    </div>
  );
}
