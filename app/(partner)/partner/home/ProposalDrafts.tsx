import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { formatDateTime } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';
import type { HomeDraft } from '@/lib/partners/queries';
import { Panel } from '@/components/ui/Panel';

/** The discount proposals the partner is still writing, each with the step to go on at. */
export async function ProposalDrafts({ drafts }: { drafts: HomeDraft[] }) {
  const t = await portalText();
  const locale = await requestLocale();
  const d = t.discount;
  return (
    <Panel id="drafts-title" title={d.drafts.title} className="mt-6 rounded-lg bg-white p-5">
      <p className="mt-1 text-muted">{d.drafts.intro}</p>
      <ul className="mt-3 space-y-3">
        {drafts.map((o) => {
          const name = o.changeOf
            ? t.offer.change.draftLabel(o.changeOf)
            : o.subject || d.drafts.untitledStarted(formatDateTime(o.createdAt, locale));
          return (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-3">
              <span>
                <span className="block font-semibold">{name}</span>
                <span className="block text-sm text-muted">
                  {d.drafts.lastSaved(formatDateTime(o.updatedAt, locale))} · {d.drafts.resumeAt(o.stepNumber, d.steps[o.resumeAt])}
                </span>
              </span>
              <Link href={`/partner/acties/${o.id}/${o.resumeAt}`} className={buttonClass} aria-label={`${d.drafts.resume}: ${name}`}>
                {d.drafts.resume}
              </Link>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
