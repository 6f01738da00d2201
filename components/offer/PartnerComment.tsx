import { portalText, requestLocale } from '@/lib/i18n/request';
import { formatDateTime } from '@/lib/i18n/format';
import type { HistoryEntry } from '@/lib/offers/queries';
import { Panel } from '@/components/ui/Panel';

/** The partner's reaction the editors still have to answer, on top of their page (not only in the history). */
export async function PartnerComment({ entry }: { entry: HistoryEntry }) {
  const t = (await portalText()).offer.editor;
  const locale = await requestLocale();
  return (
    <Panel
      id="partner-comment-title"
      title={t.partnerComment}
      className="rounded-lg border-l-4 border-brand-dark bg-brand-light p-5 text-brand-dark"
    >
      <p className="mt-1">{t.partnerCommentOn(entry.actorName, formatDateTime(entry.at, locale), entry.proposal)}</p>
      <blockquote className="mt-2 whitespace-pre-line rounded-md bg-white p-3 text-lg text-ink">{entry.comment}</blockquote>
      <p className="mt-2 font-semibold">{t.partnerCommentTodo}</p>
    </Panel>
  );
}
