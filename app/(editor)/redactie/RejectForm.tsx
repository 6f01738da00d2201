'use client';

import Link from 'next/link';
import type { PortalMessages } from '@/lib/i18n/portal';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { rejectProposalAction, rejectRegistrationAction } from '@/lib/rejections/actions';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { RadioGroup, TextArea, fieldBinder } from '@/components/ui/Field';
import { Panel } from '@/components/ui/Panel';

/** What is refused: a discount proposal, a change of what is online, or a registration. */
export type RejectKind = 'proposal' | 'change' | 'registration';

const textsOf = (t: PortalMessages['reject']) =>
  ({
    proposal: { title: t.proposalTitle, explain: t.explainProposal, form: { open: t.open, button: t.button, pending: t.pending } },
    change: { title: t.changeTitle, explain: t.explainChange, form: { open: t.open, button: t.button, pending: t.pending } },
    registration: {
      title: t.registrationTitle,
      explain: t.explainRegistration,
      form: { open: t.openRegistration, button: t.buttonRegistration, pending: t.pending },
    },
  }) as const;

/**
 * "Afwijzen": a reason from the editors' list and/or a free text the partner reads, behind a
 * disclosure. `id` and `version` are the offer's (or, for a registration, the organisation's) as the
 * editor saw them: a change in between is refused as stale.
 */
export function RejectForm({
  kind,
  id,
  version,
  reasons,
}: {
  kind: RejectKind;
  id: string;
  version: number;
  reasons: { id: string; text: string }[];
}) {
  const t = usePortalText().reject;
  const c = textsOf(t)[kind];
  const registration = kind === 'registration';
  return (
    <Panel id={`reject-${kind}-title`} title={c.title} className="rounded-lg bg-white p-5">
      <p className="mt-2">{c.explain}</p>
      <div className="mt-3">
        <DisclosureForm
          action={registration ? rejectRegistrationAction : rejectProposalAction}
          texts={c.form}
          formClassName="mt-3 max-w-2xl space-y-4"
        >
          {(state) => (
            <>
              <input type="hidden" name={registration ? 'organisationId' : 'offerId'} value={id} />
              <input type="hidden" name="version" value={version} />
              <RadioGroup
                {...fieldBinder(state.values, state.fieldErrors)('reasonId')}
                label={t.reason}
                layout="cards"
                options={[...reasons.map((r) => ({ value: r.id, label: r.text })), { value: '', label: t.noReason }]}
              />
              <p className="text-sm">
                <Link href="/redactie/redenen">{t.manageReasons}</Link>
              </p>
              <TextArea
                id="rejectText"
                label={t.text}
                hint={t.textHint}
                rows={4}
                maxLength={1000}
                {...fieldBinder(state.values, state.fieldErrors)('text')}
              />
            </>
          )}
        </DisclosureForm>
      </div>
    </Panel>
  );
}
