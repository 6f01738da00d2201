import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';
import { formatDateTime, formatIsoDate } from '@/lib/i18n/format';
import type { HistoryEntry } from '@/lib/offers/queries';
import { Panel } from '@/components/ui/Panel';

/** Who did what, when, with which text, and which fields changed — for editor and partner alike. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  const t = nl.offer.history;
  return (
    <Panel id="history-title" title={t.title} className="rounded-lg bg-white p-5">
      {entries.length === 0 ? (
        <p className="mt-2 text-muted">{t.empty}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((e) => (
            <HistoryItem key={e.id} entry={e} />
          ))}
        </ol>
      )}
    </Panel>
  );
}

/** One entry of a history list (an offer's, or the partner record's, which names the offer above it). */
export function HistoryItem({ entry: e, about }: { entry: HistoryEntry; about?: ReactNode }) {
  const t = nl.offer.history;
  return (
    <li className="border-l-4 border-brand-light pl-3">
      {about ? <p className="text-sm text-muted">{about}</p> : null}
      <p>
        <span className="font-semibold">{e.actorName}</span> {t.actions[e.action] ?? e.action}{' '}
        <span className="text-sm text-muted">· {formatDateTime(e.at)}</span>
        {e.proposal ? (
          <span className="ml-2 inline-block rounded-full bg-brand-light px-2 text-sm font-semibold text-brand-dark">
            {t.proposal(e.proposal)}
          </span>
        ) : null}
      </p>
      {e.lastDay ? <p className="mt-1">{t.endedOn(formatIsoDate(e.lastDay))}</p> : null}
      {e.comment ? <blockquote className="mt-1 whitespace-pre-line rounded-md bg-paper p-3">{e.comment}</blockquote> : null}
      {e.changes.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm font-semibold text-brand">
            {t.changes}: {e.changes.map((c) => c.field).join(', ')}
          </summary>
          <dl className="mt-2 space-y-2 text-sm">
            {e.changes.map((c) => (
              <div key={c.field}>
                <dt className="font-semibold">{c.field}</dt>
                {c.before ? (
                  <dd>
                    <del className="text-danger">{c.before}</del>
                  </dd>
                ) : null}
                <dd>
                  <ins className="text-ok no-underline">{c.after}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </li>
  );
}
