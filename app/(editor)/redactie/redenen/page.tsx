import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { Panel } from '@/components/ui/Panel';
import { requireEditor } from '@/lib/auth/session';
import { portalText } from '@/lib/i18n/request';
import { allRejectionReasons } from '@/lib/rejections/reasons';
import { REJECTION_KINDS } from '@/lib/rejections/schema';
import { AddReasonForm, ReasonItem } from './ReasonForms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.workspace.pageTitle(t.reject.reasons.title) };
}

/** The editors' list of refusal reasons (issue 18): add, change the text, reorder, archive. */
export default async function RejectionReasonsPage() {
  // Checked here, in the query and in every action.
  const editor = await requireEditor('/redactie/redenen');
  const lists = await allRejectionReasons(editor);
  if (!lists) notFound();
  const r = (await portalText()).reject.reasons;
  return (
    <PageMain>
      <p>
        <Link href="/redactie">← {r.back}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{r.title}</h1>
      <p className="mt-3 max-w-3xl">{r.intro}</p>
      {REJECTION_KINDS.map((kind) => (
        <Panel key={kind} id={`reasons-${kind}`} title={r.kinds[kind]} className="mt-6 rounded-lg bg-white p-5">
          {lists[kind].length ? (
            <ol className="mt-3 divide-y divide-line/30">
              {lists[kind].map((reason, i) => (
                <li key={reason.id} className="py-4">
                  <ReasonItem id={reason.id} text={reason.text} first={i === 0} last={i === lists[kind].length - 1} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3">{r.empty}</p>
          )}
        </Panel>
      ))}
      <Panel id="reasons-new" title={r.newTitle} className="mt-6 rounded-lg bg-white p-5">
        <AddReasonForm />
      </Panel>
    </PageMain>
  );
}
