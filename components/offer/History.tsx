import type { ReactNode } from 'react';
import { requestLocale } from '@/lib/i18n/request';
import { portalMessages } from '@/lib/i18n/portal';
import type { PortalLocale } from '@/lib/i18n/locales';
import { translateFixed, translateMessage } from '@/lib/i18n/translate';
import { formatDateTime, formatIsoDate } from '@/lib/i18n/format';
import type { HistoryEntry } from '@/lib/offers/queries';
import { Panel } from '@/components/ui/Panel';

/** Who did what, when, with which text, and which fields changed — for editor and partner alike. */
export async function History({ entries }: { entries: HistoryEntry[] }) {
  return <HistoryList entries={entries} locale={await requestLocale()} />;
}

/** The history in a language (History reads the request's). */
export function HistoryList({ entries, locale }: { entries: HistoryEntry[]; locale: PortalLocale }) {
  const t = portalMessages(locale).offer.history;
  return (
    <Panel id="history-title" title={t.title} className="rounded-lg bg-white p-5">
      {entries.length === 0 ? (
        <p className="mt-2 text-muted">{t.empty}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((e) => (
            <HistoryItem key={e.id} entry={e} locale={locale} />
          ))}
        </ol>
      )}
    </Panel>
  );
}

/** One entry of a history list (an offer's, or the partner record's, which names the offer above it). */
export function HistoryItem({ entry: e, about, locale }: { entry: HistoryEntry; about?: ReactNode; locale: PortalLocale }) {
  const t = portalMessages(locale).offer.history;
  // The changed fields' names and the texts lib/offers/diff.ts chose ('een foto', 'Alle locaties') come
  // in Dutch; a field's values are mostly what someone typed, so only a fixed text of ours is translated.
  const say = (text: string) => translateMessage(text, locale);
  const value = (text: string) => translateFixed(text, locale);
  return (
    <li className="border-l-4 border-brand-light pl-3">
      {about ? <p className="text-sm text-muted">{about}</p> : null}
      <p>
        <span className="font-semibold">{value(e.actorName)}</span> {t.actions[e.action] ?? e.action}{' '}
        <span className="text-sm text-muted">· {formatDateTime(e.at, locale)}</span>
        {e.proposal ? (
          <span className="ml-2 inline-block rounded-full bg-brand-light px-2 text-sm font-semibold text-brand-dark">
            {t.proposal(e.proposal)}
          </span>
        ) : null}
      </p>
      {e.lastDay ? <p className="mt-1">{t.endedOn(formatIsoDate(e.lastDay, {}, locale))}</p> : null}
      {e.comment ? <blockquote className="mt-1 whitespace-pre-line rounded-md bg-paper p-3">{e.comment}</blockquote> : null}
      {e.changes.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm font-semibold text-brand">
            {t.changes}: {e.changes.map((c) => say(c.field)).join(', ')}
          </summary>
          <dl className="mt-2 space-y-2 text-sm">
            {e.changes.map((c) => (
              <div key={c.field}>
                <dt className="font-semibold">{say(c.field)}</dt>
                {c.before ? (
                  <dd>
                    <del className="text-danger">{value(c.before)}</del>
                  </dd>
                ) : null}
                <dd>
                  <ins className="text-ok no-underline">{value(c.after)}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </li>
  );
}
